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

/**
 * Curly and prime apostrophes and quotes as straight ones, one UTF-16 unit for one, so
 * fuse.js's match ranges still index the original text. Applied to the documents fuse.js
 * sees and to every query, so `'Ukraine's` finds `Ukraine’s` and the other way round.
 */
export function foldQuotes(s: string): string {
  return s.replace(/[’‘‛′`´]/g, "'").replace(/[“”„‟″]/g, '"');
}

/** Lower case, no diacritics, straight apostrophes and quotes. Length-preserving is not needed. */
export function normalise(s: string): string {
  return foldQuotes(s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
}

/** Shorter fuzzy terms can never match in fuse.js (its minMatchCharLength). */
const MIN_FUZZY = 2;

// Trigrams over a folded 38-letter alphabet (a-z, 0-9, space, everything else), so the
// postings fit plain arrays indexed by code; the substring check after lookup is exact.
const ALPHA = 38;
const fold = (c: number): number =>
  c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 32 || c === 10 ? 36 : 37;
const tri = (s: string, i: number): number => (fold(s.charCodeAt(i)) * ALPHA + fold(s.charCodeAt(i + 1))) * ALPHA + fold(s.charCodeAt(i + 2));
const TRI_SPACE = ALPHA * ALPHA * ALPHA;

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
  /** The documents as fuse.js sees them: apostrophes and quotes folded (same lengths). */
  private readonly fuseDocs: SearchDoc[];
  private readonly hay: string[];
  private readonly postings: Int32Array[] = [];
  /** Documents by normalised length, for short queries that take the first matches. */
  private readonly byLength: Int32Array;
  private readonly lengthRank: Int32Array;
  private readonly fuse: Fuse<SearchDoc>;
  private readonly records: (FuseIndex<SearchDoc>['records'][number] | undefined)[];
  private readonly keys: ReturnType<FuseIndex<SearchDoc>['toJSON']>['keys'];
  private readonly counts: Uint16Array;
  private readonly maxCandidates: number;
  private last: { query: string; candidates: number[]; complete: boolean } | null = null;

  constructor(statements: Statement[], docs: SearchDoc[], options: SearchOptions = {}) {
    this.statements = statements;
    this.docs = docs;
    this.fuseDocs = docs.map((d) => ({ text: foldQuotes(d.text), speaker: foldQuotes(d.speaker), outlet: foldQuotes(d.outlet), title: foldQuotes(d.title) }));
    this.maxCandidates = options.maxCandidates ?? 160;
    // Spaces at both ends: a one-letter word at the very start or end still has its
    // separator-letter-separator trigram (see wordDocs).
    this.hay = docs.map((d) => normalise(` ${d.text}\n${d.speaker}\n${d.outlet}\n${d.title} `));
    this.counts = new Uint16Array(docs.length);
    // Trigram postings in two passes (count, then fill) with a last-doc marker for dedup.
    const count = new Int32Array(TRI_SPACE);
    const lastDoc = new Int32Array(TRI_SPACE).fill(-1);
    this.hay.forEach((h, d) => {
      for (let i = 0; i + 3 <= h.length; i++) {
        const t = tri(h, i);
        if (lastDoc[t] !== d) { lastDoc[t] = d; count[t]!++; }
      }
    });
    for (let t = 0; t < TRI_SPACE; t++) this.postings.push(new Int32Array(count[t]!));
    const fill = new Int32Array(TRI_SPACE);
    lastDoc.fill(-1);
    this.hay.forEach((h, d) => {
      for (let i = 0; i + 3 <= h.length; i++) {
        const t = tri(h, i);
        if (lastDoc[t] !== d) { lastDoc[t] = d; this.postings[t]![fill[t]!++] = d; }
      }
    });
    this.byLength = Int32Array.from(this.hay.keys()).sort((a, b) => this.hay[a]!.length - this.hay[b]!.length);
    this.lengthRank = new Int32Array(docs.length);
    this.byLength.forEach((d, r) => { this.lengthRank[d] = r; });
    // fuse.js records are made lazily, only for documents that become candidates.
    this.keys = Fuse.createIndex(KEYS, []).toJSON().keys;
    this.records = new Array(docs.length);
    this.fuse = new Fuse(this.fuseDocs, FUSE_OPTIONS, Fuse.parseIndex<SearchDoc>({ keys: this.keys, records: [] }));
  }

  private record(d: number): FuseIndex<SearchDoc>['records'][number] {
    let r = this.records[d];
    if (!r) {
      r = Fuse.createIndex(KEYS, [this.fuseDocs[d]!]).toJSON().records[0]!;
      r.i = d;
      this.records[d] = r;
    }
    return r;
  }

  search(query: string, limit = 50): SearchHit[] {
    const hits = this.searchOnce(query, limit);
    if (hits.length) return hits;
    // Nothing at all: maybe two letters swapped ("Trmup"), which trigrams and fuse.js's
    // edit distance both miss. Each variant that shares no trigram fails at once.
    const last = this.last;
    const q = foldQuotes(query).trim();
    for (const variant of transpositions(q, 24)) {
      const found = this.searchOnce(variant, limit);
      if (found.length) { this.last = last; return found; }
    }
    this.last = last;
    return [];
  }

  private searchOnce(query: string, limit: number): SearchHit[] {
    const q = foldQuotes(query).trim();
    if (!q) { this.last = null; return []; }
    const groups = parseQuery(q);
    if (!groups.length) return [];
    const { candidates, complete } = this.candidates(q, groups);
    this.last = { query: q, candidates, complete };
    if (!candidates.length) return [];
    const picked = candidates.length > this.maxCandidates ? this.pick(candidates, groups) : candidates;
    // Negations are already applied to the candidates. fuse.js 7.5 requires an inverse
    // term to hold in every key of a record, which drops records with empty fields, so
    // it only sees the positive terms.
    const positive = groups.map((g) => g.filter((t) => t.kind !== 'not'));
    if (positive.some((g) => !g.length)) {
      return picked.slice(0, limit).map((d) => ({ statement: this.statements[d]!, score: 0, matches: [] }));
    }
    // A one-letter word never matches fuzzily in fuse.js (minMatchCharLength), so it must
    // not reach it as a fuzzy term: the candidates already contain it. A query of nothing
    // else is matched here, as whole words.
    const fuzzyOk = (t: Term) => t.kind !== 'fuzzy' || t.value.length >= MIN_FUZZY;
    if (groups.length === 1 && !positive[0]!.some(fuzzyOk)) return this.wordHits(picked, positive[0]!, limit);
    const fuseQuery = positive
      .map((g) => (g.some(fuzzyOk) ? g.filter(fuzzyOk).map((t) => t.raw) : g.map((t) => `'${t.raw}`)).join(' '))
      .join(' | ');
    const sub = Fuse.parseIndex<SearchDoc>({ keys: this.keys, records: picked.map((i) => this.record(i)) });
    this.fuse.setCollection(this.fuseDocs, sub);
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

  /** Hits for a query of one-letter words only: shortest first, each word highlighted where it stands alone. */
  private wordHits(docs: number[], terms: Term[], limit: number): SearchHit[] {
    const res = terms.map((t) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t.value)}(?![\\p{L}\\p{N}])`, 'giu'));
    return [...docs]
      .sort((a, b) => this.lengthRank[a]! - this.lengthRank[b]!)
      .slice(0, limit)
      .map((d) => {
        const matches: SearchHit['matches'] = [];
        for (const field of ['text', 'speaker', 'outlet', 'title'] as const) {
          const value = this.fuseDocs[d]![field];
          const indices: [number, number][] = [];
          for (const re of res) for (const m of value.matchAll(re)) indices.push([m.index, m.index + m[0].length - 1]);
          if (indices.length) matches.push({ field, indices: indices.sort((a, b) => a[0] - b[0]) });
        }
        return { statement: this.statements[d]!, score: 0, matches };
      });
  }

  /** Candidate documents for the whole query (uncapped, ascending). */
  private candidates(q: string, groups: Term[][]): { candidates: number[]; complete: boolean } {
    const prev = this.last;
    // Typing on: the new query only narrows the old one when it appends to it and
    // has no OR or negation that could widen it.
    if (prev?.complete && prev.candidates.length <= 4000 && q.startsWith(prev.query) && groups.length === 1 && !/[|!]/.test(q) && !/[|!]/.test(prev.query)) {
      return { candidates: prev.candidates.filter((d) => groups[0]!.every((t) => this.verify(d, t))), complete: true };
    }
    const out = new Set<number>();
    let complete = true;
    for (const g of groups) {
      const positive = g.filter((t) => t.kind !== 'not');
      let set: number[];
      // Most selective term first; the others intersect (large sets) or verify (small ones).
      const ordered = positive.map((t) => ({ t, est: this.estimate(t) })).sort((a, b) => a.est - b.est);
      const long = ordered.filter((o) => o.t.value.length >= 3);
      const short = ordered.filter((o) => o.t.value.length < 3);
      if (long.length) {
        const first = this.termCandidates(long[0]!.t);
        set = first.docs;
        if (first.partial) complete = false;
        for (const { t, est } of long.slice(1)) {
          if (set.length > 3000 && est < set.length * 4) {
            const next = this.termCandidates(t);
            if (next.partial) complete = false;
            set = intersect(set, next.docs);
          } else set = set.filter((d) => this.verify(d, t));
        }
        // One- and two-letter terms are everywhere: never scanned, only checked.
        if (short.length && set.length > 20 * this.maxCandidates) {
          set = this.shortestWhere(set, (d) => short.every(({ t }) => this.verify(d, t)));
          complete = false;
        } else if (short.length) set = set.filter((d) => short.every(({ t }) => this.verify(d, t)));
      } else if (short.length) {
        // Only one- and two-letter terms: a bounded scan (shortest documents first, up to
        // maxCandidates), one-letter words matched whole ("a", "5", not every "a" inside a word).
        const checks = short.map(({ t }) => (t.kind === 'fuzzy' && t.value.length < MIN_FUZZY ? this.wholeWord(t.value) : (d: number) => this.verify(d, t)));
        const ok = (d: number) => checks.every((check) => check(d));
        // A rare letter or digit standing alone ("x", "5") would scan every document: its
        // trigram postings bound the work.
        const words = short.filter(({ t }) => t.kind === 'fuzzy' && t.value.length < MIN_FUZZY).map(({ t }) => this.wordDocs(t.value));
        const within = words.length ? words.reduce((a, b) => (a.length <= b.length ? a : b)) : null;
        if (within && within.length <= 20 * this.maxCandidates) set = this.shortest(within.filter(ok), this.maxCandidates).sort((a, b) => a - b);
        else set = this.shortestWhere(within, ok);
        complete = false;
      } else set = this.hay.map((_, i) => i);
      const negative = g.filter((t) => t.kind === 'not');
      if (negative.length) set = set.filter((d) => negative.every((t) => !this.hay[d]!.includes(t.value)));
      if (groups.length === 1) return { candidates: set, complete }; // already ascending
      for (const d of set) out.add(d);
    }
    return { candidates: [...out].sort((a, b) => a - b), complete };
  }

  private estimate(t: Term): number {
    if (t.value.length < 3) return this.hay.length;
    let min = Infinity;
    for (const g of trigramsOf(t.value)) min = Math.min(min, this.postings[g]!.length);
    // Fuzzy terms accept misses, so they are less selective than their rarest trigram.
    return t.kind === 'fuzzy' ? min * 4 + 10 : min;
  }

  /** Documents for one term; `partial` when typo-tolerant matches were left out. */
  private termCandidates(t: Term): { docs: number[]; partial: boolean } {
    const v = t.value;
    if (v.length < 3) return { docs: this.scan(v), partial: false };
    const grams = trigramsOf(v);
    // Literal matches: intersect from the rarest list, then confirm the substring.
    const lists = grams.map((g) => this.postings[g]!).sort((a, b) => a.length - b.length);
    let cur: ArrayLike<number> = lists[0]!;
    for (const l of lists.slice(1)) { if (cur.length === 0) break; cur = intersect(cur, l); }
    const exact: number[] = [];
    // A plain three-letter term is its own trigram: the posting list is already exact.
    if (grams.length === 1 && /^[a-z0-9 ]{3}$/.test(v)) for (let i = 0; i < cur.length; i++) exact.push(cur[i]!);
    else for (let i = 0; i < cur.length; i++) if (this.hay[cur[i]!]!.includes(v)) exact.push(cur[i]!);
    if (t.kind !== 'fuzzy' || v.length <= 4) return { docs: exact, partial: false };
    // Plenty of exact hits: they outrank any misspelt match, skip the typo expansion.
    if (exact.length >= this.maxCandidates) return { docs: exact, partial: true };
    // Typo-tolerant: documents sharing most of the word's trigrams (one edit spoils at most three).
    const need = fuzzyNeed(grams.length);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of grams) {
      const l = this.postings[g]!;
      for (let i = 0; i < l.length; i++) {
        const d = l[i]!;
        if (counts[d] === 0) touched.push(d);
        counts[d]!++;
      }
    }
    const out: number[] = [];
    for (const d of touched) { if (counts[d]! >= need) out.push(d); counts[d] = 0; }
    return { docs: out.sort((a, b) => a - b), partial: false };
  }

  /**
   * Documents where the one-character `v` may stand alone: those with a trigram of it
   * between two separators (space, or anything outside a-z0-9). A superset; wholeWord checks.
   */
  private wordDocs(v: string): number[] {
    const c = fold(v.charCodeAt(0));
    if (c >= 36) return this.scan(v);
    const lists = [36, 37].flatMap((a) => [36, 37].map((b) => this.postings[(a * ALPHA + c) * ALPHA + b]!));
    const seen = new Uint8Array(this.hay.length);
    const out: number[] = [];
    for (const l of lists) for (let i = 0; i < l.length; i++) if (!seen[l[i]!]) { seen[l[i]!] = 1; out.push(l[i]!); }
    return out.sort((a, b) => a - b);
  }

  /** A test for `v` standing alone (not inside a longer word) in a document. */
  private wholeWord(v: string): (d: number) => boolean {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(v)}(?![\\p{L}\\p{N}])`, 'u');
    return (d) => this.hay[d]!.includes(v) && re.test(this.hay[d]!);
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
    return hit >= fuzzyNeed(grams.length);
  }

  /**
   * Too many candidates for fuse.js: keep those matching most terms literally, shorter
   * documents first (fuse.js ranks short fields higher too). Linear: bucketed by length rank.
   */
  private pick(candidates: number[], groups: Term[][]): number[] {
    const max = this.maxCandidates;
    const terms = groups.flat().filter((t) => t.kind !== 'not');
    let pool = candidates;
    // With fuzzy terms, literal matches come first (they are what fuse.js ranks best).
    if (terms.some((t) => t.kind === 'fuzzy') && candidates.length <= 20 * max) {
      const literal = candidates.filter((d) => terms.every((t) => this.hay[d]!.includes(t.value)));
      if (literal.length >= max) pool = literal;
      else {
        const rest = candidates.filter((d) => !terms.every((t) => this.hay[d]!.includes(t.value)));
        return [...literal, ...this.shortest(rest, max - literal.length)].sort((a, b) => a - b);
      }
    }
    return this.shortest(pool, max).sort((a, b) => a - b);
  }

  /** Up to maxCandidates of the shortest documents (within `within`, if given) passing `ok`. */
  private shortestWhere(within: number[] | null, ok: (d: number) => boolean): number[] {
    let member: Uint8Array | null = null;
    if (within) { member = new Uint8Array(this.hay.length); for (const d of within) member[d] = 1; }
    const out: number[] = [];
    for (let k = 0; k < this.byLength.length && out.length < this.maxCandidates; k++) {
      const d = this.byLength[k]!;
      if ((!member || member[d]) && ok(d)) out.push(d);
    }
    return out.sort((a, b) => a - b);
  }

  /** The k documents of `docs` with the shortest text, in O(n). */
  private shortest(docs: number[], k: number): number[] {
    if (docs.length <= k) return docs;
    const B = 256;
    const n = this.hay.length;
    const buckets: number[][] = Array.from({ length: B }, () => []);
    for (const d of docs) buckets[Math.floor((this.lengthRank[d]! * B) / n)]!.push(d);
    const out: number[] = [];
    for (const b of buckets) {
      if (out.length + b.length <= k) { out.push(...b); continue; }
      b.sort((x, y) => this.lengthRank[x]! - this.lengthRank[y]!);
      out.push(...b.slice(0, k - out.length));
      break;
    }
    return out;
  }
}

/**
 * The query with two neighbouring letters swapped in one plain word (5+ letters, not the
 * first letter): at most `max` variants, in query order.
 */
export function transpositions(query: string, max: number): string[] {
  if (/[|!'^=$"]/.test(query)) return [];
  const words = query.split(/ +/);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w.length < 5 || !/^\p{L}+$/u.test(w)) return;
    for (let j = 1; j + 1 < w.length && out.length < max; j++) {
      if (w[j] === w[j + 1]) continue;
      const swapped = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      out.push([...words.slice(0, i), swapped, ...words.slice(i + 1)].join(' '));
    }
  });
  return out.slice(0, max);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const fuzzyNeed = (grams: number): number => Math.max(2, Math.ceil(grams / 2), grams - 3);

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
