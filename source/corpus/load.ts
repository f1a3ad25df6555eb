import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Skipped } from '../types.ts';
import { UserError } from '../errors.ts';
import { parseArticle } from './clean.ts';

export interface LoadResult {
  articles: Article[];
  skipped: Skipped[];
}

export interface LoadOptions {
  /** Called once per skipped file, with a one-line message. */
  onWarning?: (message: string) => void;
}

// STUB: replaced by the corpus loader (decoding, size limits, recursion).
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UserError(`whosaid: no such folder: ${dir}`);
  const names = (await readdir(dir)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  const articles: Article[] = [];
  for (const name of names) {
    const buf = await readFile(path.join(dir, name));
    articles.push(parseArticle(name.replace(/\.(txt|md)$/i, ''), name, buf.toString('utf8').replace(/\r\n?/g, '\n'), buf.length));
  }
  if (!articles.length) throw new UserError(`whosaid: no articles (.txt or .md) in ${dir}`);
  void options;
  return { articles, skipped: [] };
}
