// Vite wraps every dynamic import in a preload helper (about 1 KB in every page's script) that fetches the
// chunk's CSS and dependencies first. With `build.modulePreload: false` only CSS would be fetched, and this
// site's lazy chunks have none (one stylesheet, inlined into every page; checked below), so each wrapper is
// turned back into a plain call, and the helper module itself is replaced by one line: unwrapping alone
// would leave its code in the entry chunk, unused.
import type { Plugin } from 'vite';

const HELPER_CALL = '__vitePreload(';
const HELPER_MODULE = '\0vite/preload-helper.js';

export function plainDynamicImports(): Plugin[] {
  return [
    {
      name: 'habari:plain-preload-helper',
      apply: 'build',
      enforce: 'pre',
      load(id) {
        // Never called once the wrappers are unwrapped; kept correct for any wrapper left in place.
        return id === HELPER_MODULE ? 'export const __vitePreload = (load) => load();' : null;
      },
    },
    {
      name: 'habari:plain-dynamic-imports',
      apply: 'build',
      enforce: 'post',
      renderChunk(code) {
        if (!code.includes(HELPER_CALL)) return null;
        return { code: unwrapPreloads(code), map: null };
      },
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && !chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0) {
            this.error(`${chunk.fileName} imports CSS, which a plain dynamic import would not load`);
          }
        }
      },
    },
  ];
}

/** `__vitePreload(() => import("./x.js"), __VITE_PRELOAD__)` becomes `(() => import("./x.js"))()`. */
export function unwrapPreloads(code: string): string {
  let result = '';
  let from = 0;
  for (let at = code.indexOf(HELPER_CALL, from); at !== -1; at = code.indexOf(HELPER_CALL, from)) {
    const open = at + HELPER_CALL.length;
    const close = matchingParen(code, open - 1);
    const args = code.slice(open, close);
    const comma = lastTopLevelComma(args);
    const deps = comma === -1 ? '' : args.slice(comma + 1).trim();
    result += code.slice(from, at);
    const noDependencies = deps === '[]' || deps === 'void 0' || deps === '__VITE_PRELOAD__';
    result += comma !== -1 && noDependencies ? `(${args.slice(0, comma)})()` : code.slice(at, close + 1);
    from = close + 1;
  }
  return result + code.slice(from);
}

function matchingParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const char = code[i];
    if (char === '"' || char === "'" || char === '`') i = code.indexOf(char, i + 1);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  throw new Error('unbalanced __vitePreload call');
}

function lastTopLevelComma(args: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < args.length; i++) {
    const char = args[i];
    if (char === '"' || char === "'" || char === '`') i = args.indexOf(char, i + 1);
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) last = i;
  }
  return last;
}
