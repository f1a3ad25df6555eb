import type { AnalyzedArticle, ArticleSimilarity } from '../types.ts';
import { common, contentFromRaw, rawTokens } from './text.ts';

// Pairwise article similarity without comparing every pair: candidate pairs come
// from an inverted index over rare content tokens (common ones skipped, postings
// capped), and only those are scored.
//  - near-copy: same wording (raw word 5-shingles largely shared);
//  - paraphrase: same claims in the same order, reworded (canonical content bigrams
//    shared, raw shingles not) — what a synonym spinner produces;
//  - related: same topic vocabulary.

export interface CompareOptions {
  /** Keep at most this many neighbours per article. */
  perArticle?: number;
  /** Minimum score to report a pair as related. */
  minScore?: number;
}

interface Doc {
  id: string;
  shingles: Int32Array; // hashed raw word 5-grams, sorted unique
  bigrams: Int32Array; // hashed canonical content bigrams, sorted unique
  tokens: number[]; // unique ids ascending
  weight: number;
}

/** Articles' rarest tokens indexed for candidates (prefix filtering), and candidates kept per article. */
const PREFIX = 24;
const CANDIDATES = 12;
/** Bottom-k shingle hashes per article, and the longest posting list kept per key. */
const SKETCH = 16;
const POSTING_CAP = 400;

const sortedUnique = (xs: Set<number>): Int32Array => Int32Array.from(xs).sort();

/** Text of the blocks that carry the story (title and content). */
export function storyText(a: AnalyzedArticle): string {
  const parts: string[] = [];
  for (const b of a.blocks) if (b.kind === 'content' || b.kind === 'title') parts.push(a.text.slice(b.start, b.end));
  return parts.length ? parts.join('\n') : a.text;
}

export function compareArticles(articles: AnalyzedArticle[], options: CompareOptions = {}): ArticleSimilarity[] {
  const perArticle = options.perArticle ?? 10;
  const minScore = options.minScore ?? 0.12;
  const vocab = new Map<string, number>();
  const rawVocab = new Map<string, number>();
  const df: number[] = [];
  const docs: Doc[] = articles.map((a) => {
    const text = storyText(a);
    const raw = rawTokens(text);
    // Word 5-gram hashes from word ids: arithmetic, no strings per position.
    const rid = raw.map((w) => {
      let id = rawVocab.get(w);
      if (id === undefined) rawVocab.set(w, (id = rawVocab.size));
      return id;
    });
    const shingles = new Set<number>();
    for (let i = 0; i + 5 <= rid.length; i++) {
      let h = 0x811c9dc5;
      for (let k = 0; k < 5; k++) h = Math.imul(h ^ rid[i + k]!, 0x01000193);
      shingles.add(h | 0);
    }
    const content = contentFromRaw(raw);
    const cid = content.map((t) => {
      let id = vocab.get(t);
      if (id === undefined) { id = vocab.size; vocab.set(t, id); df.push(0); }
      return id;
    });
    const bigrams = new Set<number>();
    for (let i = 1; i < cid.length; i++) bigrams.add(Math.imul(cid[i - 1]! ^ 0x9e3779b9, 0x01000193) ^ cid[i]!);
    const ids = new Set<number>(cid);
    for (const id of ids) df[id]!++;
    return { id: a.id, shingles: sortedUnique(shingles), bigrams: sortedUnique(bigrams), tokens: [...ids].sort((x, y) => x - y), weight: 0 };
  });
  const n = docs.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  for (const d of docs) d.weight = Math.sqrt(d.tokens.reduce((t, id) => t + idf[id]! ** 2, 0)) || 1;

  // Candidates: articles sharing several of each other's rarest words. Tiny corpora
  // compare every pair.
  const small = n <= 60;
  const maxDf = Math.max(4, Math.min(300, Math.round(Math.sqrt(n) * 2)));
  // Keys per article: its rarest words, plus a bottom-k sketch of its word 5-gram
  // hashes (MinHash-style), so copies are found even when every word is common.
  // Word keys and sketch keys live in one map (sketch keys offset by -2^32).
  const prefixes = docs.map((d) => {
    const words = [...d.tokens].filter((t) => df[t]! <= maxDf).sort((a, b) => df[a]! - df[b]! || a - b).slice(0, PREFIX);
    const sketch = Array.from(d.shingles.slice(0, SKETCH), (h) => h - 4294967296);
    return [...words, ...sketch];
  });
  const postings = new Map<number, number[]>();
  prefixes.forEach((p, i) => {
    for (const t of p) {
      let l = postings.get(t);
      if (!l) postings.set(t, (l = []));
      if (l.length < POSTING_CAP) l.push(i);
    }
  });

  const best = new Map<number, ArticleSimilarity[]>();
  const hits = new Int32Array(n);
  const touched: number[] = [];
  const add = (k: number, sim: ArticleSimilarity) => {
    const list = best.get(k) ?? [];
    list.push(sim);
    best.set(k, list);
  };
  for (let i = 0; i < n; i++) {
    let cands: number[];
    if (small) cands = Array.from({ length: n - i - 1 }, (_, k) => i + 1 + k);
    else {
      for (const t of prefixes[i]!) for (const j of postings.get(t)!) if (j > i) { if (!hits[j]) touched.push(j); hits[j]!++; }
      cands = touched.filter((j) => hits[j]! >= 3).sort((x, y) => hits[y]! - hits[x]! || x - y).slice(0, CANDIDATES);
      for (const j of touched) hits[j] = 0;
      touched.length = 0;
    }
    for (const j of cands) {
      const sim = scorePair(docs[i]!, docs[j]!, idf);
      if (sim.score < minScore) continue;
      add(i, sim);
      add(j, sim);
    }
  }
  // Keep each article's strongest neighbours; a pair survives if either side keeps it.
  const keep = new Map<string, ArticleSimilarity>();
  for (const list of best.values()) {
    list.sort((x, y) => y.score - x.score);
    for (const s of list.slice(0, perArticle)) keep.set(`${s.a}\u0000${s.b}`, s);
  }
  return [...keep.values()].sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

/** Jaccard and containment (over the smaller) of two sorted arrays. */
function jaccard(a: Int32Array, b: Int32Array): { j: number; c: number } {
  if (!a.length || !b.length) return { j: 0, c: 0 };
  const k = common(a, b);
  return { j: k / (a.length + b.length - k), c: k / Math.min(a.length, b.length) };
}

function scorePair(a: Doc, b: Doc, idf: number[]): ArticleSimilarity {
  let dot = 0, i = 0, j = 0;
  while (i < a.tokens.length && j < b.tokens.length) {
    const x = a.tokens[i]!, y = b.tokens[j]!;
    if (x === y) { dot += idf[x]! ** 2; i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  const cos = dot / (a.weight * b.weight);
  const sh = jaccard(a.shingles, b.shingles);
  const bi = jaccard(a.bigrams, b.bigrams);
  let relation: ArticleSimilarity['relation'] = 'related';
  let score = cos;
  // Containment so a trimmed or extended copy still counts as a copy.
  if (sh.c >= 0.5) { relation = 'near-copy'; score = Math.max(cos, sh.c); }
  else if (bi.c >= 0.3 && cos >= 0.4) { relation = 'paraphrase'; score = Math.max(cos, bi.c); }
  return { a: a.id < b.id ? a.id : b.id, b: a.id < b.id ? b.id : a.id, score: Math.round(score * 1000) / 1000, relation };
}
