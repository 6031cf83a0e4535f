// TanStack Query's QueryClient makes a MutationCache whether or not the app changes anything on a server; this
// site never does (it reads the files of a static site). The client build puts this stand-in in the cache's place
// (vite.config.ts), which keeps the Mutation class and its cache (1.1 KB gzip) out of every page. It answers what
// QueryClient asks of its cache; a mutation would find none of it, and the app has none (no useMutation: lint).
export class MutationCache {
  findAll(): never[] {
    return [];
  }

  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }

  clear(): void {}
}
