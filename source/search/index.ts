import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Corpus, Statement } from '../types.ts';

export type SearchField = 'text' | 'speaker' | 'outlet' | 'title';

export interface SearchHit {
  statement: Statement;
  /** 0 is a perfect match, 1 a poor one (fuse.js convention). */
  score: number;
  /** Matched character ranges per field, inclusive [start, end] pairs as fuse.js gives them. */
  matches: { field: SearchField; indices: [number, number][] }[];
}

export interface StatementSearch {
  search(query: string, limit?: number): SearchHit[];
}

export { createSearchWorker, type StatementSearchWorker } from './worker-client.ts';

// Fuzzy search over 100k+ statements at keystroke speed. fuse.js ranks, but only a
// few thousand candidates: a trigram index over the normalised fields narrows each
// query first (literal terms by posting-list intersection then a substring check,
// fuzzy words by trigram overlap so typos still find their word), and a query that
// extends the previous one refines the previous candidates instead of starting over.

/** What fuse.js sees per statement. */
export interface SearchDoc {
  text: string;
  speaker: string;
  outlet: string;
  title: string;
}

export interface SearchOptions {
  /** Most candidates handed to fuse.js per query. */
  maxCandidates?: number;
}

const KEYS: { name: SearchField; weight: number }[] = [
  { name: 'text', weight: 1 },
  { name: 'speaker', weight: 0.6 },
  { name: 'title', weight: 0.2 },
  { name: 'outlet', weight: 0.3 },
];

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  includeMatches: true,
  includeScore: true,
  useExtendedSearch: true,
  ignoreLocation: true, // statements are long; a match counts wherever it is
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** Lower case, no diacritics, straight apostrophes and quotes. Length-preserving is not needed. */
export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"');
}

const tri = (s: string, i: number): number => s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);

function trigramsOf(s: string): number[] {
  const out = new Set<number>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(tri(s, i));
  return [...out];
}

type TermKind = 'fuzzy' | 'include' | 'exact' | 'prefix' | 'suffix' | 'not';
interface Term { kind: TermKind; value: string; raw: string }

/** The query as fuse.js's extended search reads it: OR groups of AND terms. */
export function parseQuery(query: string): Term[][] {
  return query
    .split(/ +\| +/)
    .map((group) =>
      (group.match(/(?:[!'=^]*"[^"]*"\$?|\S+)/g) ?? []).map((raw): Term => {
        const unq = (s: string) => normalise(s.replace(/^"|"\$?$/g, ''));
        if (raw.startsWith('!')) return { kind: 'not', value: unq(raw.replace(/^!\^?/, '').replace(/\$$/, '')), raw };
        if (raw.startsWith('=')) return { kind: 'exact', value: unq(raw.slice(1)), raw };
        if (raw.startsWith("'")) return { kind: 'include', value: unq(raw.slice(1)), raw };
        if (raw.startsWith('^')) return { kind: 'prefix', value: unq(raw.slice(1)), raw };
        if (raw.endsWith('$') && raw.length > 1) return { kind: 'suffix', value: unq(raw.slice(0, -1)), raw };
        if (raw.startsWith('"')) return { kind: 'include', value: unq(raw), raw: `'${raw}` };
        return { kind: 'fuzzy', value: unq(raw), raw };
      }).filter((t) => t.value.length > 0),
    )
    .filter((g) => g.length > 0);
}

export class SearchIndex implements StatementSearch {
  readonly statements: Statement[];
  readonly docs: SearchDoc[];
  private readonly hay: string[];
  private readonly postings = new Map<number, Int32Array>();
  private readonly fuse: Fuse<SearchDoc>;
  private readonly records: FuseIndex<SearchDoc>['records'];
  private readonly keys: ReturnType<FuseIndex<SearchDoc>['toJSON']>['keys'];
  private readonly counts: Uint16Array;
  private readonly maxCandidates: number;
  private last: { query: string; candidates: number[] } | null = null;

  constructor(statements: Statement[], docs: SearchDoc[], options: SearchOptions = {}) {
    this.statements = statements;
    this.docs = docs;
    this.maxCandidates = options.maxCandidates ?? 1500;
    this.hay = docs.map((d) => normalise(`${d.text}\n${d.speaker}\n${d.outlet}\n${d.title}`));
    this.counts = new Uint16Array(docs.length);
    // Trigram postings, built in one pass with a last-doc marker instead of per-doc sets.
    const lists = new Map<number, number[]>();
    const lastDoc = new Map<number, number>();
    this.hay.forEach((h, d) => {
      for (let i = 0; i + 3 <= h.length; i++) {
        const t = tri(h, i);
        if (lastDoc.get(t) === d) continue;
        lastDoc.set(t, d);
        let l = lists.get(t);
        if (!l) lists.set(t, (l = []));
        l.push(d);
      }
    });
    for (const [t, l] of lists) this.postings.set(t, Int32Array.from(l));
    const index = Fuse.createIndex(KEYS, docs);
    const json = index.toJSON();
    this.records = json.records;
    this.keys = json.keys;
    this.fuse = new Fuse(docs, FUSE_OPTIONS, index);
  }

  search(query: string, limit = 50): SearchHit[] {
    const q = query.trim();
    if (!q) { this.last = null; return []; }
    const groups = parseQuery(q);
    if (!groups.length) return [];
    const candidates = this.candidates(q, groups);
    this.last = { query: q, candidates };
    if (!candidates.length) return [];
    const picked = candidates.length > this.maxCandidates ? this.pick(candidates, groups) : candidates;
    // Negations are already applied to the candidates. fuse.js 7.5 requires an inverse
    // term to hold in every key of a record, which drops records with empty fields, so
    // it only sees the positive terms.
    const positive = groups.map((g) => g.filter((t) => t.kind !== 'not'));
    if (positive.some((g) => !g.length)) {
      return picked.slice(0, limit).map((d) => ({ statement: this.statements[d]!, score: 0, matches: [] }));
    }
    const fuseQuery = positive.map((g) => g.map((t) => t.raw).join(' ')).join(' | ');
    const sub = Fuse.parseIndex<SearchDoc>({ keys: this.keys, records: picked.map((i) => this.records[i]!) });
    this.fuse.setCollection(this.docs, sub);
    const raw = this.fuse.search(fuseQuery, { limit: Math.max(limit * 3, 60) });
    // Exact phrase first: fuse scores the words of "security guarantee" one by one.
    const phrase = groups.length === 1 && groups[0]!.length > 1 && groups[0]!.every((t) => t.kind !== 'not')
      ? groups[0]!.map((t) => t.value).join(' ') : null;
    const hits = raw.map((r) => ({
      statement: this.statements[r.refIndex]!,
      score: r.score ?? 0,
      phrase: phrase !== null && this.hay[r.refIndex]!.includes(phrase),
      matches: (r.matches ?? []).map((m) => ({ field: m.key as SearchField, indices: m.indices.map(([a, b]) => [a, b] as [number, number]) })),
    }));
    hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.score - b.score);
    return hits.slice(0, limit).map(({ statement, score, matches }) => ({ statement, score, matches }));
  }

  /** Candidate documents for the whole query (uncapped, ascending). */
  private candidates(q: string, groups: Term[][]): number[] {
    const prev = this.last;
    // Typing on: the new query only narrows the old one when it appends to it and
    // has no OR or negation that could widen it.
    if (prev && q.startsWith(prev.query) && groups.length === 1 && !/[|!]/.test(q) && !/[|!]/.test(prev.query)) {
      return prev.candidates.filter((d) => groups[0]!.every((t) => this.verify(d, t)));
    }
    const out = new Set<number>();
    for (const g of groups) {
      const positive = g.filter((t) => t.kind !== 'not');
      let set: number[] | null = null;
      // Most selective term first, the others verified per candidate.
      const ordered = positive.map((t) => ({ t, est: this.estimate(t) })).sort((a, b) => a.est - b.est);
      if (ordered.length) {
        set = this.termCandidates(ordered[0]!.t);
        for (const { t } of ordered.slice(1)) set = set.filter((d) => this.verify(d, t));
      } else set = this.hay.map((_, i) => i);
      const negative = g.filter((t) => t.kind === 'not');
      for (const d of set) if (negative.every((t) => !this.hay[d]!.includes(t.value))) out.add(d);
    }
    return [...out].sort((a, b) => a - b);
  }

  private estimate(t: Term): number {
    if (t.value.length < 3) return this.hay.length;
    let min = Infinity;
    for (const g of trigramsOf(t.value)) min = Math.min(min, this.postings.get(g)?.length ?? 0);
    // Fuzzy terms accept misses, so they are less selective than their rarest trigram.
    return t.kind === 'fuzzy' ? min * 4 + 10 : min;
  }

  private termCandidates(t: Term): number[] {
    const v = t.value;
    if (v.length < 3) return this.scan(v);
    const grams = trigramsOf(v);
    if (t.kind !== 'fuzzy' || v.length <= 4) {
      // Intersect from the rarest list, then confirm the substring.
      const lists = grams.map((g) => this.postings.get(g) ?? new Int32Array(0)).sort((a, b) => a.length - b.length);
      let cur: ArrayLike<number> = lists[0]!;
      for (const l of lists.slice(1)) cur = intersect(cur, l);
      const out: number[] = [];
      for (let i = 0; i < cur.length; i++) if (this.hay[cur[i]!]!.includes(v)) out.push(cur[i]!);
      if (t.kind !== 'fuzzy' || out.length) return out;
    }
    // Typo-tolerant: documents sharing at least half the word's trigrams.
    const need = Math.max(2, Math.ceil(grams.length * 0.5));
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of grams) {
      const l = this.postings.get(g);
      if (!l) continue;
      for (let i = 0; i < l.length; i++) {
        const d = l[i]!;
        if (counts[d] === 0) touched.push(d);
        counts[d]!++;
      }
    }
    const out: number[] = [];
    for (const d of touched) { if (counts[d]! >= need) out.push(d); counts[d] = 0; }
    return out.sort((a, b) => a - b);
  }

  private scan(v: string): number[] {
    const out: number[] = [];
    for (let d = 0; d < this.hay.length; d++) if (this.hay[d]!.includes(v)) out.push(d);
    return out;
  }

  private verify(d: number, t: Term): boolean {
    const h = this.hay[d]!;
    if (t.kind === 'not') return !h.includes(t.value);
    if (h.includes(t.value)) return true;
    if (t.kind !== 'fuzzy' || t.value.length < 4) return false;
    const grams = trigramsOf(t.value);
    let hit = 0;
    for (let i = 0; i + 3 <= t.value.length; i++) if (h.includes(t.value.slice(i, i + 3))) hit++;
    return hit >= Math.max(2, Math.ceil(grams.length * 0.5));
  }

  /** Too many candidates: keep those matching most terms literally, shorter statements first. */
  private pick(candidates: number[], groups: Term[][]): number[] {
    const terms = groups.flat().filter((t) => t.kind !== 'not');
    const buckets: number[][] = Array.from({ length: terms.length + 1 }, () => []);
    for (const d of candidates) {
      const h = this.hay[d]!;
      let k = 0;
      for (const t of terms) if (h.includes(t.value)) k++;
      buckets[k]!.push(d);
    }
    const out: number[] = [];
    for (let k = terms.length; k >= 0 && out.length < this.maxCandidates; k--) {
      const b = buckets[k]!;
      if (out.length + b.length > this.maxCandidates) {
        b.sort((x, y) => this.hay[x]!.length - this.hay[y]!.length);
        out.push(...b.slice(0, this.maxCandidates - out.length));
      } else out.push(...b);
    }
    return out.sort((a, b) => a - b);
  }
}

function intersect(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { out.push(x); i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  return out;
}

/** The fields fuse.js searches, per statement. */
export function searchDocs(corpus: Pick<Corpus, 'statements' | 'articles'>): SearchDoc[] {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  return corpus.statements.map((s) => {
    const a = byId.get(s.article);
    return { text: s.text, speaker: s.speaker ?? '', outlet: a?.outlet ?? '', title: a?.title ?? '' };
  });
}

export function createSearch(corpus: Pick<Corpus, 'statements' | 'articles'>, options: SearchOptions = {}): StatementSearch {
  return new SearchIndex(corpus.statements, searchDocs(corpus), options);
}
