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

/** A searcher built at its first query, which says when that was and how long the index took. */
export interface OnFirstSearch extends Searcher {
  /** When the first query came (ms, performance.now()), or null while none has. */
  startedAt(): number | null;
  /** Milliseconds from the first query to its answer (the index build), null until then. */
  buildMs(): number | null;
}

/**
 * A searcher built on its first query: the partial corpora shown while the analysis runs
 * are replaced every few hundred milliseconds, and most are never searched.
 */
export function onFirstSearch(build: () => Searcher): OnFirstSearch {
  let built: Searcher | null = null;
  let started: number | null = null;
  let took: number | null = null;
  return {
    search(query: string, limit?: number) {
      if (!built) {
        started = performance.now();
        built = build();
      }
      const answer = built.search(query, limit);
      if (took === null) void Promise.resolve(answer).then(() => (took ??= performance.now() - started!), () => undefined);
      return answer;
    },
    close() {
      return built?.close?.();
    },
    startedAt: () => started,
    buildMs: () => took,
  };
}

/**
 * Whether the next partial corpus deserves a new search index. Free while the current one
 * was never searched; otherwise once it is built and has served a while (4x its build time,
 * at least 2 s), so a user searching during a long analysis does not keep the machine busy
 * rebuilding indexes faster than they finish.
 */
export function renewSearch(current: OnFirstSearch | null, now = performance.now()): boolean {
  if (!current) return true;
  const started = current.startedAt();
  if (started === null) return true;
  const took = current.buildMs();
  return took !== null && now - started >= Math.max(2000, 4 * took);
}
