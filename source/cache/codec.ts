// Compact, exact encoding of an analysed article for the cache. A warm start is mostly
// JSON.parse, so the entry is made smaller where that is lossless and checkable:
//   - text is left out (the reader re-attaches the decoded file);
//   - quote texts that are the slice text[start, end) are left out and cut again;
//   - quotes are stored as rows under one key list (see rows.ts);
//   - blocks and spans that are plain {kind,start,end} / {start,end} become flat number
//     arrays (anything with other keys is stored as is).
// decodeArticle(encodeArticle(a), a.text) deep-equals a.
import type { AnalyzedArticle, Block, BlockKind, Span } from '../types.ts';
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

export function encodeArticle(a: AnalyzedArticle): Record<string, unknown> {
  const { text, blocks, quotes, actors, ...rest } = a;
  const fb = flatBlocks(blocks);
  return {
    ...rest,
    ...(fb ? { blocksFlat: fb } : { blocks }),
    quotes: packRows(quotes.map((q) => (text.slice(q.start, q.end) === q.text ? { ...q, text: null } : q))),
    actors: actors.map((x) => {
      const fs = flatSpans(x.spans);
      if (!fs) return x;
      const { spans: _spans, ...r } = x;
      return { ...r, spansFlat: fs };
    }),
  };
}

/** Inverse of encodeArticle; null when the shape is not what encodeArticle writes. */
export function decodeArticle(e: unknown, text: string): AnalyzedArticle | null {
  if (!isObj(e)) return null;
  const { blocksFlat, blocks, actors, ...rest } = e;
  const quotes = unpackRows(e.quotes);
  let bl: Block[];
  if (blocksFlat !== undefined) {
    if (!isNums(blocksFlat, 3)) return null;
    bl = [];
    for (let i = 0; i < blocksFlat.length; i += 3) {
      const kind = KINDS[blocksFlat[i]!];
      if (!kind) return null;
      bl.push({ kind, start: blocksFlat[i + 1]!, end: blocksFlat[i + 2]! });
    }
  } else if (Array.isArray(blocks)) bl = blocks as Block[];
  else return null;
  if (!quotes || !Array.isArray(actors)) return null;
  const qs = [];
  for (const q of quotes) {
    if (!isObj(q) || typeof q.start !== 'number' || typeof q.end !== 'number' || typeof q.id !== 'string') return null;
    if (q.text === null) {
      if (q.end > text.length) return null;
      qs.push({ ...q, text: text.slice(q.start, q.end) });
    } else if (typeof q.text === 'string') qs.push(q);
    else return null;
  }
  const as = [];
  for (const x of actors) {
    if (!isObj(x) || typeof x.id !== 'string' || typeof x.name !== 'string') return null;
    if (x.spansFlat !== undefined) {
      const f = x.spansFlat;
      if (!isNums(f, 2)) return null;
      const { spansFlat: _f, ...r } = x;
      const spans: Span[] = [];
      for (let i = 0; i < f.length; i += 2) spans.push({ start: f[i]!, end: f[i + 1]! });
      as.push({ ...r, spans });
    } else if (Array.isArray(x.spans)) as.push(x);
    else return null;
  }
  return { ...rest, text, blocks: bl, quotes: qs, actors: as } as unknown as AnalyzedArticle;
}
