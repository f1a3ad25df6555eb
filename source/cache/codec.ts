// Compact, exact encoding of an analysed article for the cache. A warm start is mostly
// JSON.parse, so the entry is made smaller where that is lossless and checkable:
//   - text is left out (the reader re-attaches the decoded file);
//   - quote texts that are the slice text[start, end) are left out and cut again;
//   - quotes are stored as rows under one key list (see rows.ts);
//   - blocks and spans that are plain {kind,start,end} / {start,end} become flat number
//     arrays (anything with other keys is stored as is).
// decodeArticle(encodeArticle(a), a.text) deep-equals a.
import type { AnalyzedArticle, Block, BlockKind, Quote, Span } from '../types.ts';
import { packRows, unpackRows } from './rows.ts';

const KINDS: BlockKind[] = ['frontmatter', 'title', 'byline', 'content', 'boilerplate', 'blank'];
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]));

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keysAre = (o: object, n: number): boolean => Object.keys(o).length === n;

function flatBlocks(blocks: Block[]): number[] | null {
  const out: number[] = [];
  for (const b of blocks) {
    const k = KIND_INDEX.get(b.kind);
    if (k === undefined || !keysAre(b, 3)) return null;
    out.push(k, b.start, b.end);
  }
  return out;
}

function flatSpans(spans: Span[]): number[] | null {
  const out: number[] = [];
  for (const s of spans) {
    if (!keysAre(s, 2) || typeof s.start !== 'number' || typeof s.end !== 'number') return null;
    out.push(s.start, s.end);
  }
  return out;
}

const isNums = (v: unknown, step: number): v is number[] => Array.isArray(v) && v.length % step === 0 && v.every((x) => typeof x === 'number');

// Quote fields that follow from the article are stored as 0 (their types never hold a number):
// id `${article}#q${n}` (n = position + 1), article, and a speakerMention that is the slice at
// speakerSpan; a plain speakerSpan becomes [start, end]; a text that is the slice becomes null.
function compactQuote(q: Quote, i: number, articleId: string, text: string): Record<string, unknown> {
  const span = q.speakerSpan;
  const flatSpan = span && keysAre(span, 2) && typeof span.start === 'number' && typeof span.end === 'number';
  return {
    ...q,
    id: q.id === `${articleId}#q${i + 1}` ? 0 : q.id,
    article: q.article === articleId ? 0 : q.article,
    text: text.slice(q.start, q.end) === q.text ? null : q.text,
    speakerMention: flatSpan && q.speakerMention !== null && text.slice(span.start, span.end) === q.speakerMention ? 0 : q.speakerMention,
    speakerSpan: flatSpan ? [span.start, span.end] : span,
  };
}

export function encodeArticle(a: AnalyzedArticle): Record<string, unknown> {
  const { text, blocks, quotes, actors, ...rest } = a;
  return {
    ...rest,
    // A flat number array under the same key: decoding replaces it in place (no copies).
    blocks: flatBlocks(blocks) ?? blocks,
    quotes: packRows(quotes.map((q, i) => compactQuote(q, i, a.id, text))),
    actors: actors.map((x) => {
      const fs = flatSpans(x.spans);
      return fs ? { ...x, spans: fs } : x;
    }),
  };
}

const isFlat = (v: unknown[]): boolean => v.length > 0 && typeof v[0] === 'number';

/**
 * Defines obj[key] as the array make() builds, built on first read (then a plain data
 * property). A warm start of 10,000 articles would otherwise create some 700,000 block and
 * span objects that nothing reads until an article is opened. Enumerable, so spreading,
 * JSON and structured clone see an ordinary property; assignable.
 */
function lazy<T>(obj: object, key: string, make: () => T[]): void {
  const settle = (value: T[]): T[] => {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(obj, key, { get: () => settle(make()), set: settle, enumerable: true, configurable: true });
}

function blocksFrom(flat: number[]): Block[] {
  const out: Block[] = new Array(flat.length / 3);
  for (let i = 0, j = 0; i < flat.length; i += 3, j++) out[j] = { kind: KINDS[flat[i]!]!, start: flat[i + 1]!, end: flat[i + 2]! };
  return out;
}

function spansFrom(flat: number[]): Span[] {
  const out: Span[] = new Array(flat.length / 2);
  for (let i = 0, j = 0; i < flat.length; i += 2, j++) out[j] = { start: flat[i]!, end: flat[i + 1]! };
  return out;
}

/** Inverse of encodeArticle; null when the shape is not what encodeArticle writes. Reuses the parsed objects. */
export function decodeArticle(e: unknown, text: string): AnalyzedArticle | null {
  if (!isObj(e) || !Array.isArray(e.blocks) || !Array.isArray(e.actors)) return null;
  const quotes = unpackRows(e.quotes);
  if (!quotes) return null;
  const blocks = e.blocks as unknown[];
  const flatB = isFlat(blocks);
  if (flatB) {
    // Checked now, built later: an entry is trusted or not as a whole.
    if (!isNums(blocks, 3)) return null;
    for (let i = 0; i < blocks.length; i += 3) if (KINDS[blocks[i] as number] === undefined) return null;
  }
  const articleId = e.id;
  if (typeof articleId !== 'string') return null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.id === 0) q.id = `${articleId}#q${i + 1}`;
    if (q.article === 0) q.article = articleId;
    const span = q.speakerSpan;
    if (Array.isArray(span)) {
      if (span.length !== 2 || typeof span[0] !== 'number' || typeof span[1] !== 'number' || span[1] > text.length) return null;
      q.speakerSpan = { start: span[0], end: span[1] };
      if (q.speakerMention === 0) q.speakerMention = text.slice(span[0], span[1]);
    }
    if (typeof q.speakerMention === 'number') return null;
    if (typeof q.start !== 'number' || typeof q.end !== 'number' || typeof q.id !== 'string') return null;
    if (q.text === null) {
      if (q.end > text.length) return null;
      q.text = text.slice(q.start, q.end);
    } else if (typeof q.text !== 'string') return null;
  }
  for (const x of e.actors as unknown[]) {
    if (!isObj(x) || typeof x.id !== 'string' || typeof x.name !== 'string' || !Array.isArray(x.spans)) return null;
    if (isFlat(x.spans)) {
      const f = x.spans;
      if (!isNums(f, 2)) return null;
      x.spans = spansFrom(f); // eager: a lazy property per actor costs more than it saves
    }
  }
  const article = { ...e, text, blocks, quotes };
  if (flatB) lazy(article, 'blocks', () => blocksFrom(blocks as number[]));
  return article as unknown as AnalyzedArticle;
}
