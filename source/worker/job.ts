// One unit of per-file work, shared by the worker threads and the in-thread path so both
// produce identical results.
import type { AnalyzedArticle } from '../types.ts';
import { readEntrySync, writeEntrySync } from '../cache/store.ts';
import { analyzeBytes, textOf } from './files.ts';

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
  | { index: number; ok: true; article: AnalyzedArticle; cached: boolean }
  | { index: number; ok: false; reason: string };

/** The cached analysis of one file, when the cache holds a trusted entry for these bytes. */
export function cachedResult(job: Job, cacheDir: string): JobResult | null {
  try {
    const hit = readEntrySync(cacheDir, job.hash, job.rel, () => textOf(job.bytes));
    // The id can depend on sibling files (a.txt next to a.md), so it must match too.
    return hit && hit.id === job.id ? { index: job.index, ok: true, article: hit, cached: true } : null;
  } catch {
    return null;
  }
}

/** Decodes, cleans and extracts one file, then stores the result when cacheDir is given. Never throws. */
export function runJob(job: Job, cacheDir: string | null): JobResult {
  try {
    const article = analyzeBytes(job.id, job.rel, job.bytes);
    if (!('quotes' in article)) return { index: job.index, ok: false, reason: article.reason };
    if (cacheDir) writeEntrySync(cacheDir, job.hash, job.rel, article);
    return { index: job.index, ok: true, article, cached: false };
  } catch (error) {
    // One article that trips the extractor must not sink a 10,000-article corpus.
    const message = error instanceof Error ? error.message : String(error);
    return { index: job.index, ok: false, reason: `could not be analysed: ${message}` };
  }
}
