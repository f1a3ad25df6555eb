// The per-file half of corpus loading, as workers and the warm path use it. Listing,
// decoding and cleaning are source/corpus's (listArticleFiles, decodeBytes,
// articleFromBytes); this adds the extraction step and a fast synchronous read.
import { readFileSync } from 'node:fs';
import type { AnalyzedArticle, Skipped } from '../types.ts';
import { MAX_ARTICLE_BYTES, articleFromBytes, isSkipped, type FileRef } from '../corpus/load.ts';
import { decodeBytes } from '../corpus/decode.ts';
import { analyzeArticle } from '../extract/index.ts';

export { listArticleFiles, skipMessage, assertHasArticles, type FileRef } from '../corpus/load.ts';

/**
 * Reads a listed file synchronously. For thousands of small files this is several times
 * faster than fs/promises (one thread-pool round trip per open/stat/read/close each);
 * the listing has already refused non-regular files and sizes over the limit.
 */
export function readBytesSync(ref: FileRef): Uint8Array | Skipped {
  try {
    const bytes = readFileSync(ref.abs);
    if (bytes.length > MAX_ARTICLE_BYTES) return { path: ref.rel, reason: `over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
    return bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    return { path: ref.rel, reason: `unreadable (${code})` };
  }
}

/** The decoded text of a file (what Article.text is), or null when the loader would skip it. */
export function textOf(bytes: Uint8Array): string | null {
  const d = decodeBytes(bytes);
  return d.ok ? d.text : null;
}

/** Read-side pipeline for one file: decode, clean, extract. Pure given the bytes. */
export function analyzeBytes(id: string, rel: string, bytes: Uint8Array): AnalyzedArticle | Skipped {
  const article = articleFromBytes(id, rel, bytes);
  return isSkipped(article) ? article : analyzeArticle(article);
}
