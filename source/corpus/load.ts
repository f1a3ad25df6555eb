// The corpus loader: walk a folder for .txt/.md articles, read and decode each one, and
// skip (with a one-line warning) anything that is not a readable text article. One bad
// file never stops the others; only a folder with no usable article is an error.
//
// The per-file steps (listArticleFiles, readArticleFile, articleFromBytes) are exported
// so a worker pool can run them in parallel; loadCorpus is the simple in-thread path.

import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Skipped } from '../types.ts';
import { UserError } from '../errors.ts';
import { parseArticle } from './clean.ts';
import { decodeBytes } from './decode.ts';

export interface LoadResult {
  articles: Article[];
  skipped: Skipped[];
}

export interface LoadOptions {
  /** Called once per skipped file, with a one-line message. */
  onWarning?: (message: string) => void;
}

export interface FileRef {
  /** Article id: rel without its extension (kept when two files would share an id). */
  id: string;
  /** Path relative to the corpus root, '/'-separated. */
  rel: string;
  abs: string;
  size: number;
}

/** Larger files are not news articles (dumps, logs), and are never read whole. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXT = /\.(txt|md)$/i;
const tooBig = `over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`;
/** Files read at once: enough to keep the disk busy without exhausting descriptors. */
const READ_CONCURRENCY = 32;

export const articleId = (rel: string): string => rel.replace(ARTICLE_EXT, '');

/** The one-line warning for a skipped file. */
export const skipMessage = (s: Skipped): string => `whosaid: skipped ${s.path}: ${s.reason}`;

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable (permission denied)';
  if (code === 'ENOENT') return 'unreadable (vanished or broken link)';
  if (code === 'ELOOP') return 'unreadable (symbolic link loop)';
  if (code === 'EISDIR') return 'not a file';
  return `unreadable (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/**
 * Lists the article files under dir, recursively, sorted by relative path. Hidden entries
 * are ignored; symlinks are followed, but each real folder is walked once, so link loops
 * end. Files over MAX_ARTICLE_BYTES and unreadable folders or links are reported in
 * `skipped` (never read). Throws UserError when dir is missing, not a folder, or holds no
 * article file at all; when every file was skipped, `files` is empty and the caller reports
 * it (after its warnings) with assertHasArticles.
 */
export async function listArticleFiles(dir: string): Promise<{ files: FileRef[]; skipped: Skipped[] }> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new UserError(`whosaid: no such folder: ${dir}`);
  if (!info.isDirectory()) throw new UserError(`whosaid: not a folder: ${dir} (give the folder that holds the articles)`);

  const files: FileRef[] = [];
  const skipped: Skipped[] = [];
  const seenDirs = new Set<string>();
  const rootReal = await realpath(dir).catch(() => null);

  const walk = async (abs: string, rel: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(abs);
    } catch (error) {
      skipped.push({ path: rel || '.', reason: describe(error) });
      return;
    }
    if (seenDirs.has(real)) return; // a symlink back into a folder already walked
    // A link to a folder that holds this one ("up -> ..") would pull in everything around it.
    if (rootReal && real !== rootReal && (rootReal + path.sep).startsWith(real.endsWith(path.sep) ? real : real + path.sep)) {
      skipped.push({ path: rel, reason: 'link to a folder that contains this one (not followed)' });
      return;
    }
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: rel || '.', reason: describe(error) });
      return;
    }
    // Stat the whole folder at once (libuv queues them), then recurse in order.
    const found = await Promise.all(
      entries.map(async (e) => {
        if (e.name.startsWith('.')) return null;
        const abs2 = path.join(abs, e.name);
        const rel2 = rel ? `${rel}/${e.name}` : e.name;
        const article = ARTICLE_EXT.test(e.name);
        if (!e.isSymbolicLink() && !(e.isFile() && article)) {
          // A pipe or device named like an article would block a read forever: report, never open.
          if (article && !e.isFile() && !e.isDirectory()) skipped.push({ path: rel2, reason: 'not a regular file' });
          return { abs: abs2, rel: rel2, dir: e.isDirectory(), file: false, size: -1 };
        }
        try {
          const target = await stat(abs2);
          if (article && !target.isFile() && !target.isDirectory()) skipped.push({ path: rel2, reason: 'not a regular file' });
          return { abs: abs2, rel: rel2, dir: target.isDirectory(), file: target.isFile() && article, size: target.size };
        } catch (error) {
          // Broken or looping link, or a file that vanished: worth a warning when it looks like an article.
          if (article) skipped.push({ path: rel2, reason: describe(error) });
          return null;
        }
      }),
    );
    for (const f of found) {
      if (!f) continue;
      if (f.dir) await walk(f.abs, f.rel);
      else if (f.file) {
        if (f.size > MAX_ARTICLE_BYTES) skipped.push({ path: f.rel, reason: tooBig });
        else files.push({ id: '', rel: f.rel, abs: f.abs, size: f.size });
      }
    }
  };
  await walk(dir, '');

  files.sort((a, b) => byCodeUnit(a.rel, b.rel));
  // "a.txt" and "a.md" would share the id "a": the second keeps its extension.
  const ids = new Set<string>();
  for (const f of files) {
    const id = articleId(f.rel);
    f.id = ids.has(id) ? f.rel : id;
    ids.add(f.id);
  }
  skipped.sort((a, b) => byCodeUnit(a.path, b.path));
  if (!files.length && !skipped.length) throw new UserError(`whosaid: no articles (.txt or .md) in ${dir}`);
  return { files, skipped };
}

/** Decodes and cleans one file's bytes: an Article, or the reason it is skipped. */
export function articleFromBytes(id: string, rel: string, bytes: Uint8Array): Article | Skipped {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { path: rel, reason: decoded.reason };
  return parseArticle(id, rel, decoded.text, bytes.length);
}

/**
 * Reads one listed file: its size is checked on the open descriptor before anything is
 * read, so a huge file is never loaded whole. Returns the raw bytes or why it is skipped.
 */
export async function readArticleBytes(ref: FileRef): Promise<Uint8Array | Skipped> {
  let handle;
  try {
    handle = await open(ref.abs, 'r');
  } catch (error) {
    return { path: ref.rel, reason: describe(error) };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { path: ref.rel, reason: 'not a regular file' };
    if (st.size > MAX_ARTICLE_BYTES) return { path: ref.rel, reason: tooBig };
    if (st.size === 0) return { path: ref.rel, reason: 'empty file' };
    ref.size = st.size;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    // Read at most the size checked above, even if the file grows meanwhile.
    while (off < st.size) {
      const { bytesRead } = await handle.read(buf, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } catch (error) {
    return { path: ref.rel, reason: describe(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads, decodes and cleans one listed file. */
export async function readArticleFile(ref: FileRef): Promise<Article | Skipped> {
  const bytes = await readArticleBytes(ref);
  return bytes instanceof Uint8Array ? articleFromBytes(ref.id, ref.rel, bytes) : bytes;
}

export const isSkipped = (x: Article | Skipped): x is Skipped => !('text' in x);

/**
 * The end-of-load check: a corpus needs at least one article. Says whether the folder had
 * no article files at all or every one was skipped.
 */
export function assertHasArticles(dir: string, articleCount: number, candidates: number, skipped: Skipped[]): void {
  if (articleCount > 0) return;
  if (candidates === 0 && skipped.length === 0) throw new UserError(`whosaid: no articles (.txt or .md) in ${dir}`);
  const n = Math.max(candidates, skipped.length);
  throw new UserError(
    `whosaid: no readable articles in ${dir}: all ${n} article file${n === 1 ? ' was' : 's were'} skipped (see the warnings above)`,
  );
}

/** Loads every article under dir, in sorted path order. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { files, skipped } = await listArticleFiles(dir);
  const results: (Article | Skipped)[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readArticleFile(files[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));

  const articles: Article[] = [];
  for (const r of results) {
    if (isSkipped(r)) skipped.push(r);
    else articles.push(r);
  }
  skipped.sort((a, b) => byCodeUnit(a.path, b.path));
  for (const s of skipped) options.onWarning?.(skipMessage(s));
  assertHasArticles(dir, articles.length, files.length, skipped);
  return { articles, skipped };
}
