// `_headers`, the file Netlify and Cloudflare Pages read: a path pattern on a line, its headers indented below.
import type { HeaderRule } from './hosting-rules.ts';

export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks: string[] = [];
  for (const rule of rules) {
    const lines = Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`);
    for (const pattern of rule.paths) blocks.push(`${pattern}\n${lines.join('\n')}\n`);
  }
  return blocks.join('');
}

/** Reads `_headers` back into rules, one per path pattern. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ paths: string[]; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const current = rules.at(-1);
    if (header?.[1] && header[2] && current) current.headers[header[1]] = header[2].trim();
    else if (/^\/\S*$/.test(line)) rules.push({ paths: [line], headers: {} });
  }
  return rules;
}
