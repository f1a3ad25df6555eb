// Search latency on synthetic statements: whosaid's index vs plain fuse.js (default options).
//   node --import tsx bench/search-bench.ts [statements=100000] [typedPhrases=40] [fuseQueries=12]
// (SLOW=1 also prints every keystroke over 40 ms with its candidate count.)
// Queries are typed one keystroke at a time (prefixes of a real phrase, so refinement
// applies as it would in the UI), plus misspelt words and extended-syntax queries.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { SearchIndex, type SearchDoc } from '../source/search/index.ts';
import type { Statement } from '../source/types.ts';

const N = Number(process.argv[2] ?? 100_000);
const PHRASES = Number(process.argv[3] ?? 40);
const FUSE_QUERIES = Number(process.argv[4] ?? 12);

// Deterministic PRNG so runs compare.
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

// Vocabulary from the bundled corpus, drawn with a Zipf-like skew.
const corpusDir = path.resolve(import.meta.dirname, '../corpus');
const words = readdirSync(corpusDir).flatMap((f) => readFileSync(path.join(corpusDir, f), 'utf8').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []);
const freq = new Map<string, number>();
for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
// Real news has a long tail of rare words; pad the corpus vocabulary with pseudo-words.
// Letters drawn with English frequencies, alternating consonant and vowel runs.
const cons = 'ttttnnnnsssshhhrrrrddllcmwfgypbvkjxqz', vows = 'eeeeaaaooiiiuuy';
const pseudo = Array.from({ length: 30_000 }, () => {
  let w = '';
  const len = 4 + Math.floor(rand() * 7);
  for (let i = 0; i < len; i++) w += i % 2 === (len & 1) ? pick([...cons]) : pick([...vows]);
  return w;
});
const vocab = [...[...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)!), ...pseudo];
const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length * rand() ** 4))]!;
const names = Array.from({ length: 800 }, () => `${pick(vocab.filter((w) => /^[A-Z]/.test(w)))} ${pick(vocab.filter((w) => /^[A-Z]/.test(w)))}`);
const outlets = Array.from({ length: 60 }, (_, i) => `Outlet ${i} ${zipf()}`);

const statements: Statement[] = [];
const docs: SearchDoc[] = [];
for (let i = 0; i < N; i++) {
  const len = 8 + Math.floor(rand() * 30);
  const text = Array.from({ length: len }, zipf).join(' ') + '.';
  const speaker = rand() < 0.7 ? pick(names) : '';
  statements.push({ id: `a${i >> 3}#s${i}`, article: `a${i >> 3}`, kind: 'reported', text, start: 0, end: text.length, quote: null, speaker: speaker || null, anonymous: false });
  docs.push({ text, speaker, outlet: pick(outlets), title: `Title ${i >> 3} ${zipf()} ${zipf()}` });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
};
const fmt = (x: number) => x.toFixed(1).padStart(7);

let t = performance.now();
const index = new SearchIndex(statements, docs);
console.log(`${N} statements; whosaid index built in ${((performance.now() - t) / 1000).toFixed(2)} s, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

// Typed queries: every prefix of a phrase from a random statement.
const queries: string[] = [];
for (let p = 0; p < PHRASES; p++) {
  const ws = pick(docs).text.replace(/\.$/, '').split(' ');
  const k = Math.floor(rand() * Math.max(1, ws.length - 3));
  const phrase = ws.slice(k, k + 1 + Math.floor(rand() * 3)).join(' ').toLowerCase();
  for (let i = 1; i <= phrase.length; i++) queries.push(phrase.slice(0, i));
  queries.push(''); // the user clears the box
}
// Typos (one letter dropped) and extended syntax.
const longWords = vocab.filter((w) => w.length >= 8);
for (let i = 0; i < 30; i++) { const w = pick(longWords).toLowerCase(); const j = 2 + Math.floor(rand() * (w.length - 3)); queries.push(w.slice(0, j) + w.slice(j + 1), ''); }
for (let i = 0; i < 10; i++) queries.push(`'${pick(longWords).toLowerCase()}`, '', `^${pick(vocab).toLowerCase()}`, '', `${pick(longWords).toLowerCase()} | ${pick(longWords).toLowerCase()}`, '', `${pick(longWords).toLowerCase()} !${pick(vocab).toLowerCase()}`, '');

const byLen = new Map<string, number[]>();
const bucket = (q: string) => (q.length <= 2 ? '1-2' : q.length <= 4 ? '3-4' : q.length <= 8 ? '5-8' : q.length <= 16 ? '9-16' : '17+');
const all: number[] = [];
for (const q of queries) {
  t = performance.now();
  index.search(q, 50);
  const ms = performance.now() - t;
  if (!q) continue;
  if (process.env.SLOW && ms > 40) console.log('slow', JSON.stringify(q), ms.toFixed(1), (index as any).last?.candidates.length, (index as any).last?.complete);
  all.push(ms);
  const b = bucket(q);
  byLen.set(b, [...(byLen.get(b) ?? []), ms]);
}
console.log('\nwhosaid index (ms per keystroke)      n  median     p95     max');
for (const b of ['1-2', '3-4', '5-8', '9-16', '17+']) {
  const s = byLen.get(b);
  if (s) { const x = stats(s); console.log(`  query length ${b.padEnd(5)}  ${String(x.n).padStart(10)} ${fmt(x.median)} ${fmt(x.p95)} ${fmt(x.max)}`); }
}
const a = stats(all);
console.log(`  all                 ${String(a.n).padStart(10)} ${fmt(a.median)} ${fmt(a.p95)} ${fmt(a.max)}`);

// Plain fuse.js, default options, same documents: a handful of queries (it is slow).
t = performance.now();
const fuse = new Fuse(docs, { keys: ['text', 'speaker', 'outlet', 'title'] });
console.log(`\nplain fuse.js built in ${((performance.now() - t) / 1000).toFixed(2)} s`);
const fuseTimes = new Map<string, number[]>();
const sample = queries.filter((q) => q).filter((_, i, xs) => i % Math.max(1, Math.floor(xs.length / FUSE_QUERIES)) === 0).slice(0, FUSE_QUERIES);
for (const q of sample) {
  t = performance.now();
  fuse.search(q, { limit: 50 });
  const ms = performance.now() - t;
  const b = bucket(q);
  fuseTimes.set(b, [...(fuseTimes.get(b) ?? []), ms]);
}
console.log('plain fuse.js (ms per query)          n  median     p95     max');
for (const b of ['1-2', '3-4', '5-8', '9-16', '17+']) {
  const s = fuseTimes.get(b);
  if (s) { const x = stats(s); console.log(`  query length ${b.padEnd(5)}  ${String(x.n).padStart(10)} ${fmt(x.median)} ${fmt(x.p95)} ${fmt(x.max)}`); }
}
