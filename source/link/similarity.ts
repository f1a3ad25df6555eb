import type { AnalyzedArticle, ArticleSimilarity } from '../types.ts';
import { contentTokens, hash32, rawTokens } from './text.ts';

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
  shingles: Set<number>;
  bigrams: Set<number>;
  tokens: number[]; // unique ids ascending
  weight: number;
}

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
  const df: number[] = [];
  const docs: Doc[] = articles.map((a) => {
    const text = storyText(a);
    const raw = rawTokens(text);
    const shingles = new Set<number>();
    for (let i = 0; i + 5 <= raw.length; i++) shingles.add(hash32(raw.slice(i, i + 5).join(' ')));
    const content = contentTokens(text);
    const bigrams = new Set<number>();
    for (let i = 1; i < content.length; i++) bigrams.add(hash32(content[i - 1] + ' ' + content[i]));
    const ids = new Set<number>();
    for (const t of content) {
      let id = vocab.get(t);
      if (id === undefined) { id = vocab.size; vocab.set(t, id); df.push(0); }
      ids.add(id);
    }
    for (const id of ids) df[id]!++;
    return { id: a.id, shingles, bigrams, tokens: [...ids].sort((x, y) => x - y), weight: 0 };
  });
  const n = docs.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  for (const d of docs) d.weight = Math.sqrt(d.tokens.reduce((t, id) => t + idf[id]! ** 2, 0)) || 1;

  const maxDf = Math.max(4, Math.min(300, Math.round(Math.sqrt(n) * 2)));
  const postings = new Map<number, number[]>();
  docs.forEach((d, i) => {
    for (const t of d.tokens) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      if (p.length <= maxDf) p.push(i);
    }
  });

  const best = new Map<number, ArticleSimilarity[]>();
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    counts.clear();
    for (const t of docs[i]!.tokens) {
      const p = postings.get(t)!;
      if (p.length > maxDf) continue;
      for (const j of p) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    // Tiny corpora: every token is "common", so compare all pairs (n is small).
    if (n <= 50) for (let j = i + 1; j < n; j++) counts.set(j, Math.max(counts.get(j) ?? 0, 3));
    for (const [j, hits] of counts) {
      if (hits < 3) continue;
      const sim = scorePair(docs[i]!, docs[j]!, idf);
      if (sim.score < minScore) continue;
      for (const k of [i, j]) {
        const list = best.get(k) ?? [];
        list.push(sim);
        best.set(k, list);
      }
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

function jaccard(a: Set<number>, b: Set<number>): { j: number; c: number } {
  if (!a.size || !b.size) return { j: 0, c: 0 };
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let k = 0;
  for (const x of s) if (l.has(x)) k++;
  return { j: k / (a.size + b.size - k), c: k / s.size };
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
