// Runs jobs on a pool of worker threads. Works from source (tsx: the worker is a .ts file
// started with the tsx loader) and from the esbuild bundle (dist/cli.js next to dist/worker.js).
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.ts';
import type { ArticleSimilarity, Corpus } from '../types.ts';
import type { BatchMessage, SimilarityMessage } from './analyze-worker.ts';

type WorkerReply = { type: 'result'; result: JobResult } | { type: 'done' };

function workerSpec(): { url: URL; workerData?: { entry: string } } {
  const here = import.meta.url;
  if (here.endsWith('.ts') || here.endsWith('.tsx')) {
    // Running from source: the worker needs the same TypeScript loader as we do; a tiny
    // .mjs shim registers tsx in the worker, then imports the .ts entry.
    return { url: new URL('./tsx-shim.mjs', here), workerData: { entry: new URL('./analyze-worker.ts', here).href } };
  }
  // Bundled: this code lives in dist/cli.js (or another dist entry); the worker is dist/worker.js.
  return { url: new URL('./worker.js', here) };
}

export interface PoolOptions {
  workers: number;
  cacheDir: string | null;
  onResult: (result: JobResult) => void;
}

/** Analyses every job on `workers` threads; resolves when all results have been delivered. */
export function runInWorkers(jobs: Job[], options: PoolOptions): Promise<void> {
  const count = Math.max(1, Math.min(options.workers, jobs.length));
  // Small batches keep both threads busy to the end; not so small that messaging dominates.
  const batchSize = Math.max(1, Math.min(32, Math.ceil(jobs.length / (count * 16))));
  const spec = workerSpec();
  let next = 0;
  let pending = jobs.length;
  const workers: Worker[] = [];

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      // Wait for the threads to go: their heaps are freed before the merge and linking,
      // which keeps the peak memory of a cold run down.
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve()));
    };
    const feed = (w: Worker): void => {
      if (next >= jobs.length) return;
      const batch = jobs.slice(next, next + batchSize);
      next += batch.length;
      const msg: BatchMessage = { jobs: batch, cacheDir: options.cacheDir };
      w.postMessage(msg);
    };
    if (!jobs.length) return finish();
    for (let i = 0; i < count; i++) {
      const w = new Worker(spec.url, { workerData: spec.workerData });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        if (settled) return;
        if (reply.type === 'done') return feed(w);
        try {
          options.onResult(reply.result);
        } catch (error) {
          return finish(error instanceof Error ? error : new Error(String(error)));
        }
        if (--pending === 0) finish();
      });
      w.on('error', (error) => finish(error));
      w.on('exit', (code) => {
        if (!settled) finish(new Error(`analysis worker stopped (exit code ${code}) before finishing`));
      });
      // Two batches in flight per worker so it never waits for the main thread.
      feed(w);
      feed(w);
    }
  });
}

export interface Comparison {
  similarity: ArticleSimilarity[];
  rewrites: NonNullable<Corpus['rewrites']>;
}

/**
 * compareArticles and detectRewrites on a worker thread, given each article's id and story
 * text (storyText): they then run beside the main thread's statement linking. Rejects if the worker fails.
 */
export function compareInWorker(docs: SimilarityMessage['similarity']): Promise<Comparison> {
  const spec = workerSpec();
  return new Promise<Comparison>((resolve, reject) => {
    const w = new Worker(spec.url, { workerData: spec.workerData });
    let settled = false;
    const finish = (error: Error | null, result?: Comparison): void => {
      if (settled) return;
      settled = true;
      void w.terminate().then(() => (error ? reject(error) : resolve(result!)));
    };
    w.on('message', (reply: { type: string; result: Comparison }) => {
      if (reply.type === 'similarity') finish(null, reply.result);
    });
    w.on('error', (error) => finish(error));
    w.on('exit', (code) => finish(new Error(`similarity worker stopped (exit code ${code})`)));
    const msg: SimilarityMessage = { similarity: docs };
    w.postMessage(msg);
  });
}
