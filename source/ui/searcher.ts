// Search for the TUI: the worker-thread index when it starts, the in-thread one otherwise
// (or as soon as the worker fails), so a broken worker never leaves search dead.
import type { SearchHit } from '../search/index.ts';
import type { Searcher } from './app.tsx';

export function withFallback(primary: Searcher | null, fallback: () => Searcher): Searcher {
  let current: Searcher | null = primary;
  let backup: Searcher | null = null;
  const degrade = (): Searcher => {
    if (current && current !== backup) void Promise.resolve(current.close?.()).catch(() => undefined);
    backup ??= fallback();
    current = backup;
    return backup;
  };
  return {
    async search(query: string, limit?: number): Promise<SearchHit[] | null> {
      const s = current ?? degrade();
      try {
        return await s.search(query, limit);
      } catch (error) {
        if (s === backup) throw error;
        return degrade().search(query, limit);
      }
    },
    close() {
      return Promise.all([current?.close?.(), backup && backup !== current ? backup.close?.() : undefined]);
    },
  };
}
