// Which script chunks each kind of page needs besides the entry, read from Vite's build manifest, so the
// prerendered page can ask for them at once (<link rel="modulepreload">) instead of after the entry has run.
import { VIEW_MODULES } from '../src/services/view-names.ts';
import type { RenderContext } from '../src/prerender/render-jobs.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

export type BuildManifest = Record<string, ManifestChunk>;

export function viewPreloads(manifest: BuildManifest): RenderContext['preloads'] {
  const entryFiles = new Set(
    Object.values(manifest)
      .filter((chunk) => chunk.isEntry)
      .map((chunk) => chunk.file),
  );
  const filesOf = (key: string, seen = new Set<string>()): string[] => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return [];
    seen.add(key);
    const own = entryFiles.has(chunk.file) ? [] : [chunk.file];
    return [...own, ...(chunk.imports ?? []).flatMap((imported) => filesOf(imported, seen))];
  };
  const preloads: RenderContext['preloads'] = {};
  for (const [kind, source] of Object.entries(VIEW_MODULES) as Array<[keyof typeof VIEW_MODULES, string]>) {
    if (!manifest[source]) throw new Error(`the build manifest has no chunk for ${source}`);
    preloads[kind] = filesOf(source);
  }
  return preloads;
}
