// One unit of cold analysis, shared by the worker threads and the in-thread fallback so
// both paths produce byte-identical results.
import type { AnalyzedArticle } from '../types.ts';
import { writeEntrySync } from '../cache/store.ts';
import { analyzeBytes } from './files.ts';

export interface Job {
  /** Position in the sorted file list, so results can be put back in order. */
  index: number;
  /** Article id as the listing assigned it. */
  id: string;
  rel: string;
  bytes: Uint8Array;
  /** sha256 of bytes (the cache key). */
  hash: string;
}

export type JobResult =
  | { index: number; ok: true; article: AnalyzedArticle }
  | { index: number; ok: false; reason: string };

/** Analyses one file; stores the result in the cache when cacheDir is given. Never throws. */
export function runJob(job: Job, cacheDir: string | null): JobResult {
  try {
    const article = analyzeBytes(job.id, job.rel, job.bytes);
    if (!('quotes' in article)) return { index: job.index, ok: false, reason: article.reason };
    if (cacheDir) writeEntrySync(cacheDir, job.hash, job.rel, article);
    return { index: job.index, ok: true, article };
  } catch (error) {
    // One article that trips the extractor must not sink a 10,000-article corpus.
    const message = error instanceof Error ? error.message : String(error);
    return { index: job.index, ok: false, reason: `could not be analysed: ${message}` };
  }
}
