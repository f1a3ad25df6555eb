// Search for the TUI: the worker-thread index when it starts, the in-thread one otherwise
// (or as soon as the worker fails), so a broken worker never leaves search dead.
import type { SearchHit } from '../search/index.ts';
import type { Searcher } from './app.tsx';

export interface LazySearcher extends Searcher {
  prepare(): void;
}

/**
 * The primary searcher is created lazily: starting a worker and copying the statements to
 * it would otherwise compete with the first frame.
 */
export function withFallback(primary: () => Searcher | null, fallback: () => Searcher): LazySearcher {
  let started = false;
  let current: Searcher | null = null;
  let backup: Searcher | null = null;
  const start = (): void => {
    if (started) return;
    started = true;
    try {
      current = primary();
    } catch {
      current = null;
    }
  };
  const degrade = (): Searcher => {
    if (current && current !== backup) void Promise.resolve(current.close?.()).catch(() => undefined);
    backup ??= fallback();
    current = backup;
    return backup;
  };
  return {
    prepare: start,
    async search(query: string, limit?: number): Promise<SearchHit[] | null> {
      start();
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

/**
 * A searcher built on its first query: the partial corpora shown while the analysis runs
 * are replaced every few hundred milliseconds, and most are never searched.
 */
export function onFirstSearch(build: () => Searcher): Searcher {
  let built: Searcher | null = null;
  return {
    search(query: string, limit?: number) {
      built ??= build();
      return built.search(query, limit);
    },
    close() {
      return built?.close?.();
    },
  };
}
