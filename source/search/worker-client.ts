import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../types.ts';
import { searchDocs, type SearchHit } from './index.ts';

// Runs the search index in a worker thread so a keystroke never blocks the UI.
// Only the newest query matters: while one query runs, later ones wait in a
// one-slot queue where each replaces the previous, and replaced calls resolve null.

export interface StatementSearchWorker {
  /** Hits for the query, or null when a newer query superseded it. */
  search(query: string, limit?: number): Promise<SearchHit[] | null>;
  /** Resolves once the worker has built its index. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Where the worker script is: next to this module in source (through a tsx shim), or dist/search-worker.js when bundled. */
export function searchWorkerSpec(): { url: URL; entry?: string } {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.ts')) return { url: new URL('./tsx-shim.mjs', here), entry: new URL('./worker.ts', here).href };
  const bundled = new URL('./search-worker.js', here);
  if (!existsSync(fileURLToPath(bundled))) throw new Error(`whosaid: search worker not found at ${fileURLToPath(bundled)}`);
  return { url: bundled };
}

interface Pending { settled?: boolean; id: number; query: string; limit: number; resolve: (h: SearchHit[] | null) => void; reject: (e: Error) => void }

export function createSearchWorker(corpus: Pick<Corpus, 'statements' | 'articles'>, spec = searchWorkerSpec()): StatementSearchWorker {
  const statements = corpus.statements;
  const worker = new Worker(spec.url, { workerData: { entry: spec.entry, statements, docs: searchDocs(corpus) } });
  let nextId = 1;
  let running: Pending | null = null;
  let waiting: Pending | null = null;
  let readyResolve!: () => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => { readyResolve = res; readyReject = rej; });
  ready.catch(() => undefined); // reported through search() too

  const send = (p: Pending) => { running = p; worker.postMessage({ id: p.id, query: p.query, limit: p.limit }); };
  worker.on('message', (m: { ready?: boolean; id?: number; hits?: { i: number; score: number; matches: SearchHit['matches'] }[]; error?: string }) => {
    if (m.ready) { readyResolve(); return; }
    const done = running;
    running = null;
    if (done && done.id === m.id && !done.settled) {
      done.settled = true;
      if (m.error) done.reject(new Error(m.error));
      else done.resolve((m.hits ?? []).map((h) => ({ statement: statements[h.i]!, score: h.score, matches: h.matches })));
    }
    if (waiting) { const w = waiting; waiting = null; send(w); }
  });
  worker.on('error', (e) => {
    readyReject(e);
    for (const p of [running, waiting]) if (p && !p.settled) { p.settled = true; p.reject(e); }
    running = waiting = null;
  });

  return {
    ready,
    search(query, limit = 50) {
      return new Promise((resolve, reject) => {
        const p: Pending = { id: nextId++, query, limit, resolve, reject };
        // The running query is superseded too: it resolves null now, its answer is dropped.
        if (running && !running.settled) { running.settled = true; running.resolve(null); }
        if (waiting) waiting.resolve(null);
        if (running) { waiting = p; } else send(p);
      });
    },
    async close() { await worker.terminate(); },
  };
}
