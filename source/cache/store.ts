// Persistent per-article analysis cache.
//
// Layout: <root>/analysis/<ENGINE_VERSION>/<h0h1>/<sha256(content)>-<sha256(path)[0..12]>.json
// The path is part of the name because an article's id and quote ids derive from its path,
// so the same bytes under two names are two entries.
//
// Entry format: one header line, then a JSON body:
//   whosaid-cache <CACHE_FORMAT> <ENGINE_VERSION> <sha256(body)>\n{"hash":..,"path":..,"article":{..}}
// An entry is trusted only when the magic, format, engine version, body checksum, content
// hash, path and JSON shape all agree; anything else (corrupt, truncated, foreign) is a miss
// and is overwritten by the fresh result. Writes go to a temp file then rename, so a crash
// or a concurrent writer never leaves a half-written entry under the final name.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AnalyzedArticle } from '../types.ts';
import { CACHE_FORMAT, ENGINE_VERSION } from './version.ts';
import { parseEnvelope } from './envelope.ts';
import { decodeArticle, encodeArticle } from './codec.ts';

const MAGIC = 'whosaid-cache';

/** The user's cache folder for whosaid: $XDG_CACHE_HOME/whosaid or ~/.cache/whosaid. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'whosaid');
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const safeVersion = (v: string): string => v.replace(/[^A-Za-z0-9._-]/g, '_');

export function entryPath(root: string, hash: string, relPath: string, version = ENGINE_VERSION): string {
  const p = createHash('sha256').update(relPath).digest('hex').slice(0, 12);
  return path.join(root, 'analysis', safeVersion(version), hash.slice(0, 2), `${hash}-${p}.json`);
}

/**
 * Serialises one entry (header + body). Pure. The article text is left out: it is the
 * decoded file, which the reader has in hand (it hashed the bytes), and dropping it halves
 * what a warm start must parse. textLength guards the re-attachment.
 */
export function encodeEntry(hash: string, relPath: string, article: AnalyzedArticle, version = ENGINE_VERSION): string {
  const body = JSON.stringify({ hash, path: relPath, textLength: article.text.length, article: encodeArticle(article) });
  const sum = createHash('sha256').update(body).digest('hex');
  return `${MAGIC} ${CACHE_FORMAT} ${version} ${sum}\n${body}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Enough of a shape check to keep a foreign or hand-edited body from reaching the pipeline.
// The rest of the shape (blocks, quotes, actors and their spans) is checked by decodeArticle;
// reading blocks or spans here would build the arrays it leaves to be built lazily.
function looksLikeArticle(a: unknown): a is AnalyzedArticle {
  if (!isObj(a)) return false;
  return typeof a.id === 'string' && typeof a.path === 'string' && typeof a.text === 'string'
    && typeof a.title === 'string' && typeof a.bytes === 'number';
}

/** Parses and verifies one entry, re-attaching `text` (the decoded file); null when it cannot be trusted. Pure. */
export function decodeEntry(raw: string | Buffer, hash: string, relPath: string, text: string, version = ENGINE_VERSION): AnalyzedArticle | null {
  const parsed = parseEnvelope(raw, MAGIC, version);
  if (!isObj(parsed) || parsed.hash !== hash || parsed.path !== relPath || parsed.textLength !== text.length) return null;
  const article = decodeArticle(parsed.article, text);
  return looksLikeArticle(article) && article.path === relPath ? article : null;
}

/** Reads a trusted entry, or null on a miss (absent, corrupt, foreign, other version). */
export async function readEntry(root: string, hash: string, relPath: string, text: string): Promise<AnalyzedArticle | null> {
  let raw: string;
  try {
    raw = await readFile(entryPath(root, hash, relPath), 'utf8');
  } catch {
    return null;
  }
  return decodeEntry(raw, hash, relPath, text);
}

/**
 * Sync read for the warm path. `text` is asked for only when an entry exists, so a cold
 * run does not decode every file twice.
 */
export function readEntrySync(root: string, hash: string, relPath: string, text: () => string | null): AnalyzedArticle | null {
  let raw: Buffer;
  try {
    raw = readFileSync(entryPath(root, hash, relPath));
  } catch {
    return null;
  }
  const t = text();
  return t === null ? null : decodeEntry(raw, hash, relPath, t);
}

/** Writes an entry atomically. Failures (read-only home, full disk) are swallowed: the cache is an optimisation. */
export function writeEntrySync(root: string, hash: string, relPath: string, article: AnalyzedArticle): boolean {
  const file = entryPath(root, hash, relPath);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, encodeEntry(hash, relPath, article));
    renameSync(tmp, file);
    return true;
  } catch {
    try { unlinkSync(tmp); } catch { /* never created */ }
    return false;
  }
}
