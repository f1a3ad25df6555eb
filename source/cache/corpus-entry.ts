// Cache of the cross-article results (merged actors, statements, links, similarity) for
// one exact corpus state, so a warm start does not redo linking. The key is a digest of
// the engine version and every (path, content hash) pair in order: change, add or remove
// any file and it is a miss (the per-article entries still spare re-extraction).
//
// Same envelope as the per-article entries (magic, format, engine version, checksum;
// atomic write). Only a few corpus states are kept: each can be tens of megabytes.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AnalyzedArticle, ArticleSimilarity, Corpus, CorpusActor, DiffPart, Link, LinkMember, Statement } from '../types.ts';
import { decodeArticle, encodeArticle } from './codec.ts';
import { CACHE_FORMAT, ENGINE_VERSION } from './version.ts';
import { parseEnvelope } from './envelope.ts';
import { packRows, unpackRows } from './rows.ts';

const MAGIC = 'whosaid-corpus';
/** Corpus states kept per engine version; older ones are deleted on write. */
export const KEEP_CORPUS_ENTRIES = 3;

/** What one readable file came to: its analysed article (after the actor merge), or why it was skipped. */
export type SnapshotItem = { article: AnalyzedArticle } | { skip: string };

export interface CorpusEntry {
  /** Per article (in corpus order), the corpus actor id of each of its actors, in order. */
  actorIds: string[][];
  /**
   * Every readable file's result, in key order: with it a warm start reads one file instead
   * of one entry per article. Only written, never required, by bindCorpusEntry.
   */
  snapshot?: SnapshotItem[];
  actors: CorpusActor[];
  statements: Statement[];
  links: Link[];
  articleSimilarity: ArticleSimilarity[];
  /** Spun-copy verdicts (detectRewrites reads every article's text: ~1 s at 10k). Absent: recompute. */
  rewrites?: NonNullable<Corpus['rewrites']>;
}

/** Digest of one corpus state: engine version plus every (path, content hash), in order. */
export function corpusKey(files: readonly { rel: string; hash: string }[], version = ENGINE_VERSION): string {
  const h = createHash('sha256').update(`${version}\n${CACHE_FORMAT}\n`);
  for (const f of files) h.update(`${f.rel}\0${f.hash}\n`);
  return h.digest('hex');
}

const dirOf = (root: string, version: string): string => path.join(root, 'corpus', version.replace(/[^A-Za-z0-9._-]/g, '_'));
export const corpusEntryPath = (root: string, key: string, version = ENGINE_VERSION): string => path.join(dirOf(root, version), `${key}.json`);

type TextSource = readonly { id: string; text: string; actors: readonly unknown[] }[];

// Statement and link-member texts are usually slices of their article's text; those are
// stored as null and cut again on read, which keeps the entry (and its parse) small.
const textIndex = (articles: TextSource): Map<string, string> => new Map(articles.map((a) => [a.id, a.text]));

const CHUNK = 500;

// Link members are most of a corpus entry (40 of 100 MB at 10k articles): each repeats its
// statement's fields and a word diff whose texts are slices of two statement texts. A member
// that agrees with its statement is stored as [statement index, op, length, op, length, ...];
// the texts are cut again on read. Anything else is stored as is.
const OPS: DiffPart['op'][] = ['same', 'add', 'del'];
const OP_INDEX = new Map(OPS.map((o, i) => [o, i]));
const MEMBER_KEYS = 'statement,article,start,end,text,quote,speaker,diff';

/** Rebuilds a diff from (op, length) pairs: same/del walk the first text, same/add this one. */
function diffFrom(flat: readonly number[], from: number, first: string, text: string): DiffPart[] | null {
  const out: DiffPart[] = [];
  let i = 0, j = 0;
  for (let k = from; k < flat.length; k += 2) {
    const op = OPS[flat[k]!], n = flat[k + 1]!;
    if (op === undefined || !Number.isInteger(n) || n < 0) return null;
    if (op === 'add') { out.push({ op, text: text.slice(j, j + n) }); j += n; }
    else if (op === 'del') { out.push({ op, text: first.slice(i, i + n) }); i += n; }
    else { out.push({ op, text: text.slice(j, j + n) }); i += n; j += n; }
  }
  // Every part accounted for: the walk ends at both texts' ends.
  return out.length && (i !== first.length || j !== text.length) ? null : out;
}

function compactMember(m: LinkMember, s: Statement | undefined, index: number, first: string): number[] | null {
  if (!s || Object.keys(m).join() !== MEMBER_KEYS || m.article !== s.article || m.start !== s.start || m.end !== s.end
    || m.text !== s.text || m.quote !== s.quote || m.speaker !== s.speaker) return null;
  const flat = [index];
  for (const p of m.diff) {
    const op = OP_INDEX.get(p.op);
    if (op === undefined || Object.keys(p).length !== 2 || typeof p.text !== 'string') return null;
    flat.push(op, p.text.length);
  }
  const back = diffFrom(flat, 1, first, m.text);
  if (!back || back.length !== m.diff.length || back.some((p, k) => p.text !== m.diff[k]!.text)) return null;
  return flat;
}

/** JSON of an array, in pieces of CHUNK items, so no single huge string is ever built. */
function* arrayParts<T>(items: readonly T[], map: (x: T) => unknown = (x) => x): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i += CHUNK) {
    const json = JSON.stringify(items.slice(i, i + CHUNK).map(map));
    yield (i ? ',' : '') + json.slice(1, -1);
  }
  yield ']';
}

function* rowsParts(items: readonly object[]): Generator<string> {
  const packed = packRows(items);
  if (Array.isArray(packed)) yield* arrayParts(packed as readonly object[]);
  else {
    const { keys, rows } = packed as { keys: string[]; rows: unknown[][] };
    yield `{"keys":${JSON.stringify(keys)},"rows":`;
    yield* arrayParts(rows);
    yield '}';
  }
}

// Statements (200,000 at 10k articles) as rows [article index, id after "<article>#", kind,
// text (null: the slice), start, end, quote (1: same as id, 0: null), speaker, anonymous];
// any statement of another shape is stored as an (elided) object.
const STATEMENT_KEYS = 'id,article,kind,text,start,end,quote,speaker,anonymous';

function compactStatement(s: Statement, articleIndex: number | undefined, text: string | undefined): unknown[] | null {
  if (articleIndex === undefined || text === undefined || !s.id.startsWith(`${s.article}#`) || Object.keys(s).join() !== STATEMENT_KEYS) return null;
  if (s.quote !== null && s.quote !== s.id) return null;
  return [articleIndex, s.id.slice(s.article.length + 1), s.kind, text.slice(s.start, s.end) === s.text ? null : s.text, s.start, s.end,
    s.quote === null ? 0 : 1, s.speaker, s.anonymous];
}

function statementFrom(row: unknown[], articles: TextSource): Statement | null {
  const a = typeof row[0] === 'number' ? articles[row[0]] : undefined;
  const [, rest, kind, text, start, end, quote, speaker, anonymous] = row;
  if (!a || row.length !== 9 || typeof rest !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
  if (text !== null && typeof text !== 'string') return null;
  if (text === null && end > a.text.length) return null;
  const id = `${a.id}#${rest}`;
  return {
    id, article: a.id, kind: kind as Statement['kind'], text: text ?? a.text.slice(start, end), start, end,
    quote: quote === 1 ? id : null, speaker: speaker as string | null, anonymous: anonymous as boolean,
  };
}

// Non-ASCII characters are written as \u escapes: an all-ASCII body decodes as latin1 (a
// copy, not a UTF-8 decode) into a one-byte string, which JSON.parse also reads faster.
const NON_ASCII = /[\u0080-\uffff]/g;
const asciiOnly = (json: string): string => json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function* bodyParts(key: string, entry: CorpusEntry, articles: TextSource): Generator<string> {
  for (const part of jsonParts(key, entry, articles)) yield asciiOnly(part);
}

/** The entry body as JSON fragments (the statements and snapshot of 10,000 articles run to tens of MB). */
function* jsonParts(key: string, entry: CorpusEntry, articles: TextSource): Generator<string> {
  const texts = textIndex(articles);
  const statementIndex = new Map(entry.statements.map((s, i) => [s.id, i]));
  const member = (m: LinkMember, first: string): unknown => {
    const i = statementIndex.get(m.statement);
    return (i !== undefined && compactMember(m, entry.statements[i], i, first)) || elide(m);
  };
  const elide = <T extends { article: string; start: number; end: number; text: string }>(x: T): T =>
    texts.get(x.article)?.slice(x.start, x.end) === x.text ? { ...x, text: null } : x;
  yield `{"key":${JSON.stringify(key)},"actorIds":`;
  yield* arrayParts(entry.actorIds);
  yield ',"actors":';
  yield* rowsParts(entry.actors);
  yield ',"statements":';
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  yield* arrayParts(entry.statements, (s) => compactStatement(s, articleIndex.get(s.article), texts.get(s.article)) ?? elide(s));
  yield ',"links":';
  yield* arrayParts(entry.links, (l) => ({ ...l, members: l.members.map((m) => member(m, l.members[0]!.text)) }));
  yield ',"articleSimilarity":';
  yield* rowsParts(entry.articleSimilarity);
  if (entry.rewrites) yield `,"rewrites":${JSON.stringify(entry.rewrites)}`;
  if (entry.snapshot) {
    yield ',"snapshot":';
    yield* arrayParts(entry.snapshot, (x) => ('article' in x ? { t: x.article.text.length, a: encodeArticle(x.article) } : { s: x.skip }));
  }
  yield '}';
}

const header = (version: string, sum: string): string => `${MAGIC} ${CACHE_FORMAT} ${version} ${sum}\n`;

export function encodeCorpusEntry(key: string, entry: CorpusEntry, articles: TextSource, version = ENGINE_VERSION): string {
  const body = [...bodyParts(key, entry, articles)].join('');
  return header(version, createHash('sha256').update(body).digest('hex')) + body;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The verified, parsed body of an entry, not yet checked against the articles. */
export type ParsedCorpusEntry = Record<string, unknown> & { readonly __parsed: true };

/** Checks envelope, checksum and key, and parses; independent of the articles, so it can run early. */
export function parseCorpusEntry(raw: string | Buffer, key: string, version = ENGINE_VERSION): ParsedCorpusEntry | null {
  const v = parseEnvelope(raw, MAGIC, version);
  return isObj(v) && v.key === key ? (v as ParsedCorpusEntry) : null;
}

/** Shape checks against the articles it was made for, and re-cuts elided texts. */
export function bindCorpusEntry(v: ParsedCorpusEntry, articles: TextSource): CorpusEntry | null {
  const { actorIds, links } = v;
  const actors = unpackRows(v.actors), statements = v.statements, articleSimilarity = unpackRows(v.articleSimilarity);
  if (!Array.isArray(actorIds) || !actors || !Array.isArray(statements) || !Array.isArray(links) || !articleSimilarity) return null;
  if (actorIds.length !== articles.length) return null;
  for (let i = 0; i < actorIds.length; i++) {
    const ids: unknown = actorIds[i];
    if (!Array.isArray(ids) || ids.length !== articles[i]!.actors.length || !ids.every((x) => typeof x === 'string')) return null;
  }
  const texts = textIndex(articles);
  // Re-cut elided texts; anything pointing outside the corpus makes the entry untrustworthy.
  const restore = (x: unknown): boolean => {
    if (!isObj(x) || typeof x.article !== 'string' || typeof x.start !== 'number' || typeof x.end !== 'number') return false;
    if (x.text === null) {
      const t = texts.get(x.article);
      if (t === undefined || x.end > t.length) return false;
      x.text = t.slice(x.start, x.end);
    }
    return typeof x.text === 'string';
  };
  const stmts = statements as Statement[];
  for (let i = 0; i < statements.length; i++) {
    const x: unknown = statements[i];
    if (Array.isArray(x)) {
      const s = statementFrom(x, articles);
      if (!s) return null;
      stmts[i] = s;
    } else if (!restore(x) || typeof (x as { id?: unknown }).id !== 'string') return null;
  }
  // Members stored as [statement index, op, length, ...] are rebuilt from their statement;
  // the first member's text is what the others' diffs start from.
  const member = (x: unknown, first: string | null): LinkMember | null => {
    if (!Array.isArray(x)) return restore(x) ? (x as unknown as LinkMember) : null;
    const s = stmts[x[0] as number];
    if (!s || x.length % 2 !== 1 || !x.every((n) => typeof n === 'number')) return null;
    const diff = diffFrom(x as number[], 1, first ?? s.text, s.text);
    if (!diff) return null;
    return { statement: s.id, article: s.article, start: s.start, end: s.end, text: s.text, quote: s.quote, speaker: s.speaker, diff };
  };
  for (const l of links) {
    if (!isObj(l) || !Array.isArray(l.members)) return null;
    const ms = l.members as unknown[];
    let first: string | null = null;
    for (let k = 0; k < ms.length; k++) {
      const m = member(ms[k], first);
      if (!m) return null;
      ms[k] = m;
      if (k === 0) first = m.text;
    }
  }
  const rewrites = v.rewrites;
  const rewritesOk = Array.isArray(rewrites) && rewrites.every((r) => isObj(r) && typeof r.article === 'string'
    && typeof r.score === 'number' && Array.isArray(r.evidence) && r.evidence.every((e) => typeof e === 'string'));
  return {
    actorIds: actorIds as string[][], actors: actors as unknown as CorpusActor[], statements: stmts,
    links: links as Link[], articleSimilarity: articleSimilarity as unknown as ArticleSimilarity[],
    ...(rewritesOk ? { rewrites: rewrites as NonNullable<Corpus['rewrites']> } : {}),
  };
}

/**
 * The per-file results stored with the entry, given each readable file's decoded text (null
 * when it does not decode). Null when absent or inconsistent with those texts.
 */
export function snapshotOf(v: ParsedCorpusEntry, texts: readonly (string | null)[]): SnapshotItem[] | null {
  const snap = v.snapshot;
  if (!Array.isArray(snap) || snap.length !== texts.length) return null;
  const out: SnapshotItem[] = new Array(snap.length);
  for (let i = 0; i < snap.length; i++) {
    const x: unknown = snap[i];
    const text = texts[i];
    if (!isObj(x)) return null;
    if (typeof x.s === 'string') out[i] = { skip: x.s };
    else {
      if (text == null || x.t !== text.length) return null;
      const article = decodeArticle(x.a, text);
      if (!article) return null;
      out[i] = { article };
    }
  }
  return out;
}

/** Verifies and parses an entry; null unless it is intact, current and for this key and shape. */
export function decodeCorpusEntry(raw: string | Buffer, key: string, articles: TextSource, version = ENGINE_VERSION): CorpusEntry | null {
  const parsed = parseCorpusEntry(raw, key, version);
  return parsed ? bindCorpusEntry(parsed, articles) : null;
}

export function readCorpusEntrySync(root: string, key: string): ParsedCorpusEntry | null {
  let raw: Buffer;
  try {
    raw = readFileSync(corpusEntryPath(root, key));
  } catch {
    return null;
  }
  return parseCorpusEntry(raw, key);
}

/** Atomic write, then keep only the newest KEEP_CORPUS_ENTRIES states. Errors are swallowed. */
export function writeCorpusEntry(root: string, key: string, articles: TextSource, entry: CorpusEntry): boolean {
  const file = corpusEntryPath(root, key);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Streamed: the body goes after room for the header, which is written last, once the
    // checksum is known (it has a fixed length).
    const room = Buffer.byteLength(header(ENGINE_VERSION, '0'.repeat(64)));
    const fd = openSync(tmp, 'w');
    try {
      const sum = createHash('sha256');
      let at = room;
      // Parts are ASCII (bodyParts), so a string is its own bytes: no Buffer copy per part,
      // which kept a cold run's peak memory some 100s of MB higher at 10k articles.
      for (const part of bodyParts(key, entry, articles)) {
        sum.update(part, 'latin1');
        at += writeSync(fd, part, at, 'latin1');
      }
      writeSync(fd, Buffer.from(header(ENGINE_VERSION, sum.digest('hex'))), 0, room, 0);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    try { unlinkSync(tmp); } catch { /* never created */ }
    return false;
  }
  try {
    const dir = path.dirname(file);
    const entries = readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => ({ n, t: statSync(path.join(dir, n)).mtimeMs }));
    entries.sort((a, b) => b.t - a.t);
    for (const e of entries.slice(KEEP_CORPUS_ENTRIES)) unlinkSync(path.join(dir, e.n));
  } catch { /* pruning is best effort */ }
  return true;
}
