import { diffWords } from 'diff';
import type { DiffPart, Link, LinkMember, Statement } from '../types.ts';
import { common, contentFromRaw, rawTokens } from './text.ts';

export { compareArticles } from './similarity.ts';

// Cross-source linking of statements.
//  1. Normalise every statement twice: raw word tokens (near-verbatim) and content
//     tokens (stopwords out, light stems, spinner/paraphrase synonyms folded).
//  2. Candidates from an inverted index over rare content tokens (common tokens are
//     skipped, postings are capped), so the work is ~linear in the statement count.
//  3. Score candidate pairs with IDF-weighted overlap; cluster by descending score
//     with union-find, refusing merges whose average cross-similarity is low (no chaining).

export interface LinkOptions {
  /** Minimum pair score to link (0..1). */
  threshold?: number;
}

interface Prep {
  s: Statement;
  raw: string[];
  rawJoined: string;
  content: string[];
  set: number[]; // unique content token ids, ascending
  bigrams: Int32Array; // hashed content bigrams, sorted
  rawSet: Int32Array; // raw token ids, sorted unique
  weight: number;
  /** The rarest content tokens: the only ones indexed for candidates (prefix filtering). */
  prefix: number[];
  /** Short quoted terms inside the statement (“robust”, ‘unfair burden’), as raw token strings. */
  terms: string[];
  /** Who said it, folded for comparison across sources ("US official (first)" -> "us official"). */
  speakerKey: string | null;
}

/**
 * Speakers as comparable keys: an actor's surname, or an unnamed source's head noun phrase
 * without its ordinal or plural ("US official (second)" and "U.S. officials" meet).
 */
export function speakerKey(s: Statement): string | null {
  if (!s.speaker) return null;
  const bare = s.speaker.replace(/\([^)]*\)/g, '').toLowerCase().replace(/\./g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').trim();
  if (!bare) return null;
  const words = bare.split(/\s+/);
  if (s.anonymous) return `anon:${words.map((w) => w.replace(/s$/, '')).join(' ')}`;
  return `name:${words[words.length - 1]}`;
}

/** The same source in two articles: same surname, or unnamed sources described alike. */
function sameSpeaker(a: Prep, b: Prep): boolean {
  if (!a.speakerKey || !b.speakerKey || a.s.article === b.s.article) return false;
  if (a.speakerKey === b.speakerKey) return true;
  if (!a.speakerKey.startsWith('anon:') || !b.speakerKey.startsWith('anon:')) return false;
  const head = (k: string) => k.split(' ').at(-1);
  return head(a.speakerKey) === head(b.speakerKey);
}

// A short quotation inside a statement: opening mark after a space or bracket, closing mark not before a letter.
const TERM = /(?:^|[\s(\[—–-])[“"‘']([^“”"‘’\n]{2,80}?)[”"’'](?!\p{L})/gu;

function quotedTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TERM)) {
    const raw = rawTokens(m[1]!);
    // A term worth matching has a content word and is short (longer quotes are compared whole).
    if (raw.length >= 1 && raw.length <= 5 && contentFromRaw(raw).length) out.push(` ${raw.join(' ')} `);
  }
  return out;
}

export interface PairScore {
  score: number;
  kind: Link['kind'];
}

const DEFAULT_THRESHOLD = 0.4;
/** Added to the score of two statements attributed to the same source in different articles. */
const SAME_SPEAKER_BONUS = 0.2;
/** IDF mass a lone shared word needs to count between statements of the same source. */
const RARE_SHARED = 2;
/** How many of a statement's rarest tokens are indexed. Similar statements share rare words. */
const PREFIX = 8;
/** Long statements index this share of their words: a short paraphrase shares only a few of them. */
const PREFIX_SHARE = 0.5;
/** Up to this many statements, candidate generation may look at every pair. */
const SMALL = 2000;

function prepare(statements: Statement[]): { preps: Prep[]; idf: Float64Array; df: number[] } {
  const vocab = new Map<string, number>();
  const rawVocab = new Map<string, number>();
  const preps: Prep[] = [];
  const dfList: number[] = [];
  for (const s of statements) {
    const raw = rawTokens(s.text);
    const content = contentFromRaw(raw);
    const cid = new Int32Array(content.length);
    for (let i = 0; i < content.length; i++) {
      const t = content[i]!;
      let id = vocab.get(t);
      if (id === undefined) { id = vocab.size; vocab.set(t, id); dfList.push(0); }
      cid[i] = id;
    }
    const set = uniqueSorted(cid);
    for (const id of set) dfList[id]!++;
    // Bigram keys from token ids: arithmetic, no strings.
    const bi = new Int32Array(Math.max(0, cid.length - 1));
    for (let i = 1; i < cid.length; i++) bi[i - 1] = Math.imul(cid[i - 1]! + 1, 0x9e3779b1) ^ cid[i]!;
    const rid = new Int32Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i]!;
      let id = rawVocab.get(w);
      if (id === undefined) rawVocab.set(w, (id = rawVocab.size));
      rid[i] = id;
    }
    preps.push({
      s, raw, rawJoined: ` ${raw.join(' ')} `, content, set: Array.from(set),
      bigrams: uniqueSorted(bi), rawSet: uniqueSorted(rid), weight: 0, prefix: [],
      terms: hasQuoteMark(s.text) ? quotedTerms(s.text) : [],
      speakerKey: speakerKey(s),
    });
  }
  const n = Math.max(statements.length, 1);
  const idf = new Float64Array(dfList.length);
  // Smoothed IDF with a floor: in a one-story corpus even topic words keep a little weight.
  dfList.forEach((df, i) => { idf[i] = Math.max(0.3, Math.log(1 + n / df)); });
  for (const p of preps) {
    p.weight = p.set.reduce((t, id) => t + idf[id]!, 0);
    // Small corpora index every token (cheap); large ones only the rarest few.
    p.prefix = n <= SMALL ? p.set : [...p.set].sort((a, b) => dfList[a]! - dfList[b]! || a - b).slice(0, Math.max(PREFIX, Math.ceil(p.set.length * PREFIX_SHARE)));
  }
  return { preps, idf, df: dfList };
}

/** Sorted unique copy of an id array. */
function uniqueSorted(a: Int32Array): Int32Array {
  const b = a.slice().sort();
  let k = 0;
  for (let i = 0; i < b.length; i++) if (i === 0 || b[i] !== b[i - 1]) b[k++] = b[i]!;
  return b.subarray(0, k);
}

const hasQuoteMark = (t: string): boolean => /[“"‘']/.test(t);



/** Score of two prepared statements: 0..1 with the kind of match. */
function pairScore(a: Prep, b: Prep, idf: Float64Array): PairScore {
  if (a.rawJoined === b.rawJoined && a.raw.length) {
    // Same words; verbatim only if the characters agree too (not just case or punctuation).
    const trim = (t: string) => t.trim().replace(/[\s,.;:!?…"“”'‘’]+$/u, '');
    return trim(a.s.text) === trim(b.s.text) ? { score: 1, kind: 'verbatim' } : { score: 0.98, kind: 'near-verbatim' };
  }
  // Fragment contained in a longer version ("[Donald]" insertions and trimmed endings
  // are caught by the raw-token Jaccard below).
  const [short, long] = a.raw.length <= b.raw.length ? [a, b] : [b, a];
  if (short.raw.length >= 4 && long.rawJoined.includes(short.rawJoined)) {
    return { score: 0.85 + 0.15 * (short.raw.length / long.raw.length), kind: 'near-verbatim' };
  }
  let shared = 0, sharedN = 0;
  let i = 0, j = 0;
  while (i < a.set.length && j < b.set.length) {
    const x = a.set[i]!, y = b.set[j]!;
    if (x === y) { shared += idf[x]!; sharedN++; i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  // The same source making a claim in two outlets needs less shared wording to be the same
  // claim: one rare word in common ("violations", "robust") is enough for short remarks.
  const speaker = sameSpeaker(a, b);
  if (shared === 0 || (sharedN < 2 && !(speaker && shared >= RARE_SHARED))) return { score: 0, kind: 'reworded' };
  const jacc = shared / (a.weight + b.weight - shared);
  const minSide = a.set.length <= b.set.length ? a : b;
  // Overlap against the shorter side lets a fragment match its longer version,
  // but only when the fragment says enough to be a claim.
  const cover = shared / Math.min(a.weight, b.weight);
  const coverTrust = Math.min(1, Math.max(0, (minSide.set.length - 2) / 6));
  const biCover = Math.min(a.bigrams.length, b.bigrams.length) ? common(a.bigrams, b.bigrams) / Math.min(a.bigrams.length, b.bigrams.length) : 0;
  let score = Math.max(jacc, 0.8 * cover * coverTrust) + 0.15 * biCover;
  // The same short quotation in both ("heartbroken", ‘unfair burden’) marks the same remark.
  if (a.terms.some((t) => b.rawJoined.includes(t)) || b.terms.some((t) => a.rawJoined.includes(t))) score += 0.2;
  if (sharedN < 3) score *= 0.6;
  if (speaker) score += SAME_SPEAKER_BONUS;
  score = Math.min(1, score);
  // Raw-token Jaccard tells near-verbatim ("5" vs "Five", case, punctuation) from rewording.
  const rs = common(a.rawSet, b.rawSet);
  const rawJ = rs / (a.rawSet.length + b.rawSet.length - rs || 1);
  if (rawJ >= 0.7) return { score: Math.max(score, 0.8 + 0.2 * rawJ - 0.01), kind: 'near-verbatim' };
  // A fragment whose words all recur in the longer version, give or take one.
  const shortN = Math.min(a.rawSet.length, b.rawSet.length);
  if (shortN >= 6 && rs >= shortN - 1 && score >= 0.3) return { score: Math.max(score, 0.8), kind: 'near-verbatim' };
  return { score, kind: 'reworded' };
}

/** Similarity of two statements, the same measure linkStatements uses (IDF over just the two). */
export function scoreStatements(a: Statement, b: Statement, corpus: Statement[] = [a, b]): PairScore {
  const { preps, idf } = prepare(corpus.includes(a) && corpus.includes(b) ? corpus : [a, b, ...corpus]);
  const pa = preps.find((p) => p.s === a)!, pb = preps.find((p) => p.s === b)!;
  return pairScore(pa, pb, idf);
}

const toParts = (a: string, b: string): DiffPart[] =>
  diffWords(a, b).map((c) => ({ op: c.added ? 'add' : c.removed ? 'del' : 'same', text: c.value }));

export function linkStatements(statements: Statement[], options: LinkOptions = {}): Link[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const prepared = prepare(statements);
  const { preps, idf } = prepared;
  const n = preps.length;
  if (n < 2) return [];

  // Inverted index over each statement's rarest tokens only (prefix filtering); very
  // common tokens would make candidate generation quadratic and say little about the claim.
  const { df } = prepared;
  const maxDf = n <= SMALL ? n : Math.min(200, Math.max(20, Math.round(Math.sqrt(n))));
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    for (const t of preps[i]!.prefix) {
      if (df[t]! > maxDf) continue;
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(i);
    }
  }
  const edges: { i: number; j: number; score: number; kind: Link['kind'] }[] = [];
  const hits = new Int32Array(n);
  const setLen = Int32Array.from(preps, (p) => p.set.length);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const pi = preps[i]!;
    for (const t of pi.prefix) {
      const p = postings.get(t);
      if (!p) continue;
      // Postings are ascending: start after i.
      let lo = 0, hi = p.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (p[mid]! <= i) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < p.length; k++) {
        const j = p[k]!;
        if (hits[j] === 0) touched.push(j);
        hits[j]!++;
      }
    }
    const li = pi.set.length;
    for (const j of touched) {
      const h = hits[j]!;
      hits[j] = 0;
      // One shared rare token is enough only for short statements.
      if (h < 2 && (li > 4 && setLen[j]! > 4)) continue;
      const pj = preps[j]!;
      const sc = pairScore(pi, pj, idf);
      const same = pi.s.article === pj.s.article;
      // Same-article repeats may only join a link that already spans articles.
      if (sc.score >= (same ? Math.max(0.8, threshold) : threshold)) edges.push({ i, j, ...sc });
    }
    touched.length = 0;
  }
  // The same words in many articles: a statement carried by more outlets than the posting
  // cap admits would never meet its copies through rare words, so identical versions
  // (same words, any case or punctuation) are joined directly, in linear time.
  const sameWords = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = preps[i]!;
    if (p.raw.length < 4) continue;
    const first = sameWords.get(p.rawJoined);
    if (first === undefined) sameWords.set(p.rawJoined, i);
    else edges.push({ i: first, j: i, ...pairScore(preps[first]!, p, idf) });
  }
  edges.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  // Union-find with an average-linkage guard against chaining unrelated claims.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  const find = (x: number): number => {
    while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; }
    return x;
  };
  const edgeKinds = new Map<number, { scores: number[]; kinds: Set<Link['kind']> }>();
  for (const e of edges) {
    const ra = find(e.i), rb = find(e.j);
    if (ra === rb) {
      const k = edgeKinds.get(ra)!;
      k.scores.push(e.score); k.kinds.add(e.kind);
      continue;
    }
    const ma = members.get(ra) ?? [ra], mb = members.get(rb) ?? [rb];
    if (ma.length + mb.length > 2) {
      let sum = 0, cnt = 0;
      for (const x of ma.slice(0, 8)) for (const y of mb.slice(0, 8)) { sum += pairScore(preps[x]!, preps[y]!, idf).score; cnt++; }
      if (sum / cnt < threshold * 0.75) continue;
    }
    parent[rb] = ra;
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
    const ka = edgeKinds.get(ra) ?? { scores: [], kinds: new Set() };
    const kb = edgeKinds.get(rb);
    if (kb) { ka.scores.push(...kb.scores); for (const k of kb.kinds) ka.kinds.add(k); edgeKinds.delete(rb); }
    ka.scores.push(e.score); ka.kinds.add(e.kind);
    edgeKinds.set(ra, ka);
  }

  const links: Link[] = [];
  for (const [root, idx] of members) {
    const ss = idx.map((k) => preps[k]!.s);
    if (new Set(ss.map((s) => s.article)).size < 2) continue;
    // Direct quotes first: the first member is the one every other version is diffed against,
    // and a quote against a quote is the diff a reader wants ("That" vs "that", "NATO." vs "NATO,").
    ss.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'quote' ? -1 : 1) || (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start));
    const info = edgeKinds.get(root)!;
    const kind: Link['kind'] = info.kinds.has('reworded') ? 'reworded' : info.kinds.has('near-verbatim') ? 'near-verbatim' : 'verbatim';
    const score = info.scores.reduce((t, x) => t + x, 0) / info.scores.length;
    const first = ss[0]!;
    const ms: LinkMember[] = ss.map((s, k) => ({
      statement: s.id, article: s.article, start: s.start, end: s.end, text: s.text,
      quote: s.quote, speaker: s.speaker, diff: k === 0 ? [] : toParts(first.text, s.text),
    }));
    links.push({ id: '', score: Math.round(score * 1000) / 1000, kind, members: ms });
  }
  links.sort((x, y) => {
    const a = x.members[0]!, b = y.members[0]!;
    return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
  });
  links.forEach((l, k) => { l.id = `link${k + 1}`; });
  return links;
}
