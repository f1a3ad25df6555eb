// The per-file half of corpus loading, usable from a worker thread: list the article files
// of a folder, then turn one file's bytes into an analysed article.
//
// source/corpus/load.ts only exposes the whole-folder loadCorpus(); until it exposes its
// per-file steps (listing + decoding), this module mirrors its conventions (.txt/.md,
// sorted, id = relative path without extension, BOM removed, CRLF/CR -> LF) and calls
// the shared parseArticle/analyzeArticle for everything else.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AnalyzedArticle, Article, Skipped } from '../types.ts';
import { UserError } from '../errors.ts';
import { parseArticle } from '../corpus/clean.ts';
import { analyzeArticle } from '../extract/index.ts';

export interface FileRef {
  /** Path relative to the corpus root, '/'-separated. */
  rel: string;
  abs: string;
  size: number;
}

const ARTICLE_EXT = /\.(txt|md)$/i;
/** Larger files are not news articles (dumps, logs); reading them would stall a worker. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Lists article files under dir (recursively, hidden entries skipped), sorted by relative path. */
export async function listArticleFiles(dir: string): Promise<{ files: FileRef[]; skipped: Skipped[] }> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UserError(`whosaid: no such folder: ${dir}`);
  const files: FileRef[] = [];
  const skipped: Skipped[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(childAbs, childRel);
      else if (e.isFile() && ARTICLE_EXT.test(e.name)) {
        const st = await stat(childAbs);
        if (st.size > MAX_ARTICLE_BYTES) skipped.push({ path: childRel, reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` });
        else files.push({ rel: childRel, abs: childAbs, size: st.size });
      }
    }
  };
  await walk(dir, '');
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  if (!files.length) throw new UserError(`whosaid: no articles (.txt or .md) in ${dir}`);
  return { files, skipped };
}

/** Decoded text per the data model: BOM removed (UTF-8 or UTF-16), CRLF/CR -> LF. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM itself
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export const articleId = (rel: string): string => rel.replace(ARTICLE_EXT, '');

export function articleFromBytes(rel: string, bytes: Uint8Array): Article {
  return parseArticle(articleId(rel), rel, decodeText(bytes), bytes.length);
}

/** Read-side pipeline for one file: decode, clean, extract. Pure given the bytes. */
export function analyzeBytes(rel: string, bytes: Uint8Array): AnalyzedArticle {
  return analyzeArticle(articleFromBytes(rel, bytes));
}
