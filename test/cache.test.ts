import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeCorpus, type AnalyzeTimings } from '../source/analyze.ts';
import { cacheRoot, contentHash, decodeEntry, encodeEntry, entryPath } from '../source/cache/store.ts';
import { CACHE_FORMAT, ENGINE_VERSION } from '../source/cache/version.ts';
import { createHash } from 'node:crypto';
import { decodeCorpusEntry, encodeCorpusEntry } from '../source/cache/corpus-entry.ts';
import { decodeArticle, encodeArticle } from '../source/cache/codec.ts';
import { packRows, unpackRows } from '../source/cache/rows.ts';
import { analyzeBytes } from '../source/worker/files.ts';
import type { AnalyzedArticle } from '../source/types.ts';

function analyzed(rel: string, bytes: Uint8Array): AnalyzedArticle {
  const a = analyzeBytes(rel.replace(/\.\w+$/, ''), rel, bytes);
  assert.ok('quotes' in a);
  return a;
}

const tmp = (name: string): string => mkdtempSync(path.join(os.tmpdir(), `whosaid-${name}-`));

const ARTICLE = `Port strike enters third week as talks stall
By Maria Lindqvist
ROTTERDAM — Dock workers extended their strike on Tuesday.
"We will not go back until the offer is fair," union leader Jan de Vries said.
A port spokesperson said the authority was "open to talks".
`;

function corpusDir(): string {
  const dir = tmp('corpus');
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'b.txt'), ARTICLE.replace('third', 'fourth'));
  writeFileSync(path.join(dir, 'c.md'), ARTICLE.replace('Tuesday', 'Friday'));
  return dir;
}

test('cacheRoot follows XDG_CACHE_HOME, else ~/.cache', () => {
  assert.equal(cacheRoot({ XDG_CACHE_HOME: '/x/cache' }), path.join('/x/cache', 'whosaid'));
  assert.equal(cacheRoot({}), path.join(os.homedir(), '.cache', 'whosaid'));
  // A relative XDG_CACHE_HOME is invalid per the spec and ignored.
  assert.equal(cacheRoot({ XDG_CACHE_HOME: 'rel' }), path.join(os.homedir(), '.cache', 'whosaid'));
});

test('an entry round-trips and is keyed by engine version, content and path', () => {
  const bytes = Buffer.from(ARTICLE);
  const hash = contentHash(bytes);
  const article = analyzed('a.txt', bytes);
  const raw = encodeEntry(hash, 'a.txt', article);
  assert.deepEqual(decodeEntry(raw, hash, 'a.txt', article.text), article);
  assert.ok(entryPath('/r', hash, 'a.txt').includes(ENGINE_VERSION.replace(/[^A-Za-z0-9._-]/g, '_')));
  assert.notEqual(entryPath('/r', hash, 'a.txt'), entryPath('/r', hash, 'b.txt'));
});

test('corrupt, truncated and foreign entries are rejected', () => {
  const bytes = Buffer.from(ARTICLE);
  const hash = contentHash(bytes);
  const article = analyzed('a.txt', bytes);
  const raw = encodeEntry(hash, 'a.txt', article);
  // One flipped character in the body: the checksum no longer matches.
  const i = raw.indexOf('"quotes"') + 2;
  assert.ok(i > 0);
  assert.equal(decodeEntry(raw.slice(0, i) + 'X' + raw.slice(i + 1), hash, 'a.txt', article.text), null);
  assert.equal(decodeEntry(raw.slice(0, raw.length - 7), hash, 'a.txt', article.text), null);
  assert.equal(decodeEntry(raw.slice(0, 20), hash, 'a.txt', article.text), null);
  assert.equal(decodeEntry('', hash, 'a.txt', article.text), null);
  // Another engine version, another file's content, another path, another program's JSON.
  assert.equal(decodeEntry(encodeEntry(hash, 'a.txt', article, 'old-engine'), hash, 'a.txt', article.text), null);
  assert.equal(decodeEntry(raw, contentHash(Buffer.from('other')), 'a.txt', article.text), null);
  assert.equal(decodeEntry(raw, hash, 'b.txt', article.text), null);
  assert.equal(decodeEntry(JSON.stringify({ hash, path: 'a.txt', article }), hash, 'a.txt', article.text), null);
  // The decoded text it is re-attached to is not the one it was made from.
  assert.equal(decodeEntry(raw, hash, 'a.txt', article.text + 'x'), null);
  // A well-formed header over a body of the wrong shape.
  const body = JSON.stringify({ hash, path: 'a.txt', textLength: article.text.length, article: { id: 'a', path: 'a.txt', quotes: 'none' } });
  const bad = `whosaid-cache ${CACHE_FORMAT} ${ENGINE_VERSION} ${createHash('sha256').update(body).digest('hex')}\n${body}`;
  assert.equal(decodeEntry(bad, hash, 'a.txt', article.text), null);
});

test('a changed file is re-analysed alone; the others come from the cache', async () => {
  const dir = corpusDir();
  const cacheDir = tmp('cache');
  const first: AnalyzeTimings = {};
  await analyzeCorpus(dir, { cacheDir, workers: 0, timings: first });
  assert.equal(first.cacheMisses, 3);
  assert.equal(first.cacheHits, 0);
  writeFileSync(path.join(dir, 'b.txt'), ARTICLE.replace('third', 'fifth'));
  const second: AnalyzeTimings = {};
  const corpus = await analyzeCorpus(dir, { cacheDir, workers: 0, timings: second });
  assert.equal(second.cacheHits, 2);
  assert.equal(second.cacheMisses, 1);
  assert.match(corpus.articles.find((a) => a.id === 'b')!.text, /fifth week/);
  const third: AnalyzeTimings = {};
  await analyzeCorpus(dir, { cacheDir, workers: 0, timings: third });
  assert.equal(third.cacheHits, 3);
});

test('a corrupt entry on disk is rebuilt, not trusted', async () => {
  const dir = corpusDir();
  const cacheDir = tmp('cache');
  const clean = await analyzeCorpus(dir, { cacheDir, workers: 0 });
  const file = entryPath(cacheDir, contentHash(readFileSync(path.join(dir, 'a.txt'))), 'a.txt');
  const raw = readFileSync(file, 'utf8');
  writeFileSync(file, raw.replace('"quotes"', '"quotez"')); // plausible JSON, wrong checksum
  assert.notEqual(readFileSync(file, 'utf8'), raw);
  // Without the corpus-level snapshot, so that the per-article entries are read.
  const noSnapshot = (): void => rmSync(path.join(cacheDir, 'corpus'), { recursive: true, force: true });
  noSnapshot();
  const t: AnalyzeTimings = {};
  const again = await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t });
  assert.equal(t.cacheMisses, 1);
  assert.deepEqual(again.articles, clean.articles);
  assert.equal(readFileSync(file, 'utf8'), raw, 'the entry is rewritten');
  writeFileSync(file, raw.slice(0, raw.length >> 1)); // truncated
  noSnapshot();
  const t2: AnalyzeTimings = {};
  await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t2 });
  assert.equal(t2.cacheMisses, 1);
  assert.equal(readFileSync(file, 'utf8'), raw);
});

test('cache: false neither reads nor writes the cache', async () => {
  const dir = corpusDir();
  const cacheDir = tmp('cache');
  const real = await analyzeCorpus(dir, { cacheDir, workers: 0 });
  // Plant a valid-looking entry with a forged title: only a cache read can produce it.
  const bytes = readFileSync(path.join(dir, 'a.txt'));
  const hash = contentHash(bytes);
  const forged = { ...real.articles[0]!, title: 'FORGED' };
  writeFileSync(entryPath(cacheDir, hash, 'a.txt'), encodeEntry(hash, 'a.txt', forged));
  rmSync(path.join(cacheDir, 'corpus'), { recursive: true, force: true });
  const viaCache = await analyzeCorpus(dir, { cacheDir, workers: 0 });
  assert.equal(viaCache.articles[0]!.title, 'FORGED');
  const bypass = await analyzeCorpus(dir, { cacheDir, workers: 0, cache: false });
  assert.notEqual(bypass.articles[0]!.title, 'FORGED');
  const fresh = tmp('cache');
  await analyzeCorpus(dir, { cacheDir: fresh, workers: 0, cache: false });
  assert.deepEqual(readdirSync(fresh), []);
});

test('workers write cache entries that the main thread then reads', async () => {
  const dir = tmp('corpus60');
  for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `n${String(i).padStart(2, '0')}.txt`), ARTICLE.replace('third', `week-${i}`));
  const cacheDir = tmp('cache');
  const t1: AnalyzeTimings = {};
  const cold = await analyzeCorpus(dir, { cacheDir, workers: 2, timings: t1 });
  assert.equal(t1.workersUsed, 2);
  const t2: AnalyzeTimings = {};
  const warm = await analyzeCorpus(dir, { cacheDir, timings: t2 });
  assert.equal(t2.cacheHits, 60);
  assert.deepEqual(warm.articles, cold.articles);
  assert.ok(existsSync(path.join(cacheDir, 'analysis')));
});

test('the cross-article results are cached per corpus state and never trusted when damaged', async () => {
  const dir = corpusDir();
  const cacheDir = tmp('cache');
  const t1: AnalyzeTimings = {};
  const cold = await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t1 });
  assert.equal(t1.corpusCacheHit, false);
  const t2: AnalyzeTimings = {};
  const warm = await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t2 });
  assert.equal(t2.corpusCacheHit, true);
  assert.deepEqual(warm, cold);
  // Damage the corpus entry: it is rebuilt, and the result is the same.
  const cdir = path.join(cacheDir, 'corpus', ENGINE_VERSION.replace(/[^A-Za-z0-9._-]/g, '_'));
  const [name] = readdirSync(cdir);
  const file = path.join(cdir, name!);
  const raw = readFileSync(file, 'utf8');
  writeFileSync(file, raw.slice(0, raw.length - 3));
  const t3: AnalyzeTimings = {};
  assert.deepEqual(await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t3 }), cold);
  assert.equal(t3.corpusCacheHit, false);
  assert.equal(readFileSync(file, 'utf8'), raw);
  // Another corpus state (one file changed) is another key.
  writeFileSync(path.join(dir, 'c.md'), ARTICLE.replace('Tuesday', 'Sunday'));
  const t4: AnalyzeTimings = {};
  await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t4 });
  assert.equal(t4.corpusCacheHit, false);
  assert.equal(t4.cacheMisses, 1);
});

test('corpus entries elide statement texts that are slices of their article and restore them', () => {
  const articles = [{ id: 'a', text: 'He said "we will win" today.', actors: [] }];
  const statement = { id: 'a#q1', article: 'a', kind: 'quote' as const, text: 'we will win', start: 9, end: 20, quote: 'a#q1', speaker: null, anonymous: false };
  const odd = { ...statement, id: 'a#r1', kind: 'reported' as const, text: 'not a slice' };
  const entry = { actorIds: [[]], actors: [], statements: [statement, odd], links: [], articleSimilarity: [] };
  const raw = encodeCorpusEntry('k', entry, articles);
  assert.ok(!raw.includes('we will win'));
  assert.ok(raw.includes('not a slice'));
  assert.deepEqual(decodeCorpusEntry(raw, 'k', articles), entry);
  assert.equal(decodeCorpusEntry(raw, 'other-key', articles), null);
  assert.equal(decodeCorpusEntry(raw, 'k', [{ id: 'a', text: 'short', actors: [] }]), null, 'slice out of range');
  assert.equal(decodeCorpusEntry(raw, 'k', [...articles, ...articles]), null, 'article count differs');
});

test('the compact article codec is exact, and keeps what it cannot compact', () => {
  const article = analyzed('a.txt', Buffer.from(ARTICLE));
  const text = article.text;
  const round = (a: AnalyzedArticle): AnalyzedArticle | null => decodeArticle(JSON.parse(JSON.stringify(encodeArticle(a))), a.text);
  assert.deepEqual(round(article), article);
  const enc = JSON.stringify(encodeArticle(article));
  assert.ok(text.includes('Dock workers extended') && !enc.includes('Dock workers extended'), 'the article text is not stored');
  assert.ok(article.quotes.length > 1 && !enc.includes('"a#q1"') && !enc.includes('"a#q2"'), 'quote ids are derived');
  assert.ok(article.quotes.some((q) => q.speakerMention && !enc.includes(`"${q.speakerMention}"`)), 'mentions at their span are derived');
  // Unusual shapes survive: a block with an extra key, a quote text that is not a slice, a span with a note.
  const odd: AnalyzedArticle = {
    ...article,
    blocks: [...article.blocks, { kind: 'content', start: 0, end: 4, extra: 1 } as never],
    quotes: [
      { id: 'a#q9', article: 'a', text: 'edited [sic]', start: 0, end: 5, speaker: null, speakerId: null, speakerMention: null, speakerSpan: null, anonymous: false, verb: null, kind: 'term', confidence: 0, group: null },
      // A mention that is not the text at its span, a span with another key, an article of another id.
      { id: 'a#q2', article: 'b', text: 'Port', start: 0, end: 4, speaker: 'X', speakerId: null, speakerMention: 'he', speakerSpan: { start: 5, end: 7 }, anonymous: false, verb: 'said', kind: 'statement', confidence: 1, group: null },
      { id: 'a#q3', article: 'a', text: 'Port', start: 0, end: 4, speaker: 'X', speakerId: null, speakerMention: 'Port', speakerSpan: { start: 0, end: 4, why: 'x' } as never, anonymous: false, verb: 'said', kind: 'statement', confidence: 1, group: null },
    ],
    actors: [{ id: 'x', name: 'X', kind: 'person', aliases: ['X'], mentions: 1, spans: [{ start: 1, end: 2, note: 'n' } as never] }],
  };
  assert.deepEqual(round(odd), odd);
  assert.equal(decodeArticle({ ...encodeArticle(article), blocks: [99, 0, 1] }, text), null, 'unknown block kind');
  assert.equal(decodeArticle(encodeArticle(article), 'short'), null, 'quote slice out of range');
});

test('row packing is exact and falls back for records of different shapes', () => {
  const same = [{ a: 1, b: 'x', c: null }, { a: 2, b: 'y', c: [1] }];
  const packed = packRows(same);
  assert.ok(!Array.isArray(packed));
  assert.deepEqual(unpackRows(JSON.parse(JSON.stringify(packed))), same);
  const mixed = [{ a: 1 }, { b: 2 }];
  assert.equal(packRows(mixed), mixed);
  const reordered = [{ a: 1, b: 2 }, { b: 2, a: 1 }];
  assert.equal(packRows(reordered), reordered);
  const holes = [{ a: 1, b: undefined }];
  assert.equal(packRows(holes), holes);
  assert.deepEqual(packRows([]), []);
  assert.equal(unpackRows({ keys: ['a'], rows: [[1, 2]] }), null);
  assert.equal(unpackRows('nope'), null);
});

test('a warm start of an unchanged corpus comes from one snapshot and reports every article', async () => {
  const dir = corpusDir();
  writeFileSync(path.join(dir, 'empty.txt'), '');
  const cacheDir = tmp('cache');
  const cold = await analyzeCorpus(dir, { cacheDir, workers: 0 });
  // The per-article entries are not needed once the snapshot exists.
  rmSync(path.join(cacheDir, 'analysis'), { recursive: true, force: true });
  const seen: string[] = [];
  const progress: number[] = [];
  const t: AnalyzeTimings = {};
  const warm = await analyzeCorpus(dir, { cacheDir, workers: 0, timings: t, onArticle: (a) => seen.push(a.id), onProgress: (d) => progress.push(d) });
  assert.deepEqual(warm, cold);
  assert.equal(t.cacheHits, 3);
  assert.equal(t.corpusCacheHit, true);
  assert.deepEqual(seen.sort(), ['a', 'b', 'c']);
  assert.equal(progress.at(-1), 4);
  assert.deepEqual(warm.skipped.map((s) => s.path), ['empty.txt']);
});

test('decoded blocks and spans are built on first use and behave as plain arrays', () => {
  const article = analyzed('a.txt', Buffer.from(ARTICLE));
  const decoded = decodeArticle(JSON.parse(JSON.stringify(encodeArticle(article))), article.text)!;
  assert.ok(Object.getOwnPropertyDescriptor(decoded, 'blocks')?.get, 'not built yet');
  assert.deepEqual(JSON.parse(JSON.stringify(decoded)), JSON.parse(JSON.stringify(article)));
  assert.deepEqual(structuredClone(decoded), article);
  assert.deepEqual({ ...decoded }.blocks, article.blocks);
  assert.equal(decoded.blocks, decoded.blocks, 'built once');
  decoded.blocks = [];
  assert.deepEqual(decoded.blocks, []);
  if (decoded.actors[0]) {
    decoded.actors[0].spans.push({ start: 0, end: 1 });
    assert.equal(decoded.actors[0].spans.length, article.actors[0]!.spans.length + 1);
  }
});

test('link members are stored by statement index and word-diff lengths, exactly, with a fallback', () => {
  const text = 'He said "we will win the war" today. She said "we shall win the war" later.';
  const articles = [{ id: 'a', text, actors: [] }];
  const st = (id: string, start: number, end: number) => ({ id, article: 'a', kind: 'quote' as const, text: text.slice(start, end), start, end, quote: id, speaker: null, anonymous: false });
  const at = (t: string): number => text.indexOf(t);
  const s1 = st('a#q1', at('we will'), at('" today')), s2 = st('a#q2', at('we shall'), at('" later'));
  assert.equal(s1.text, 'we will win the war');
  assert.equal(s2.text, 'we shall win the war');
  const m = (s: typeof s1, diff: { op: 'same' | 'add' | 'del'; text: string }[]) => ({ statement: s.id, article: s.article, start: s.start, end: s.end, text: s.text, quote: s.quote, speaker: s.speaker, diff });
  const diff = [{ op: 'same' as const, text: 'we ' }, { op: 'del' as const, text: 'will' }, { op: 'add' as const, text: 'shall' }, { op: 'same' as const, text: ' win the war' }];
  const compact = { id: 'link1', score: 0.9, kind: 'near-verbatim' as const, members: [m(s1, []), m(s2, diff)] };
  // A diff that does not rebuild from lengths (texts that are not the statements') and a member
  // whose speaker differs from its statement's: both kept as they are.
  const odd = { id: 'link2', score: 0.5, kind: 'reworded' as const, members: [m(s1, []), { ...m(s2, [{ op: 'same' as const, text: 'something else entirely' }]), speaker: 'X' }] };
  const rewrites = [{ article: 'a', score: 9, evidence: ['"White Home"'] }];
  const entry = { actorIds: [[]], actors: [], statements: [s1, s2], links: [compact, odd], articleSimilarity: [], rewrites };
  const raw = encodeCorpusEntry('k', entry, articles);
  assert.ok(!raw.includes('shall'), 'diff texts are not stored');
  assert.ok(raw.includes('something else entirely'));
  const back = decodeCorpusEntry(raw, 'k', articles);
  assert.deepEqual(back, entry);
  assert.deepEqual(back!.links[1]!.members[1]!.diff, [{ op: 'same', text: 'something else entirely' }]);
  // A compact member pointing at no statement, or lengths overrunning the texts, is refused.
  const body = JSON.parse(raw.slice(raw.indexOf('\n') + 1));
  const reseal = (b: unknown): string => {
    const s = JSON.stringify(b);
    return `${raw.slice(0, raw.indexOf('\n')).split(' ').slice(0, 3).join(' ')} ${createHash('sha256').update(s).digest('hex')}\n${s}`;
  };
  assert.deepEqual(decodeCorpusEntry(reseal(body), 'k', articles), entry, 'resealed as is, still good');
  const badIndex = structuredClone(body);
  badIndex.links[0].members[1][0] = 7;
  assert.equal(decodeCorpusEntry(reseal(badIndex), 'k', articles), null);
  const overrun = structuredClone(body);
  overrun.links[0].members[1][2] += 5;
  assert.equal(decodeCorpusEntry(reseal(overrun), 'k', articles), null);
  // Without stored rewrites (or with malformed ones) there are none to return: the caller recomputes.
  const noRewrites = structuredClone(body);
  noRewrites.rewrites = [{ article: 1 }];
  assert.equal(decodeCorpusEntry(reseal(noRewrites), 'k', articles)!.rewrites, undefined);
});

test('corpus entries store statements as rows, keep odd ones whole, and are all ASCII', () => {
  const text = 'José said “we will win” today. Aid “arrived”.';
  const articles = [{ id: 'a', text, actors: [] }];
  const start = text.indexOf('we will'), end = text.indexOf('” today');
  const plain = { id: 'a#q1', article: 'a', kind: 'quote' as const, text: 'we will win', start, end, quote: 'a#q1', speaker: 'José Ñúñez', anonymous: false };
  const reported = { ...plain, id: 'a#r1', kind: 'reported' as const, quote: null, text: 'José said we would win', anonymous: true };
  const foreignId = { ...plain, id: 'elsewhere-1' };
  const otherQuote = { ...plain, id: 'a#q2', quote: 'a#q1' };
  const extraKey = { ...plain, id: 'a#q3', note: 'x' } as typeof plain;
  const entry = { actorIds: [[]], actors: [], statements: [plain, reported, foreignId, otherQuote, extraKey], links: [], articleSimilarity: [] };
  const raw = encodeCorpusEntry('k', entry, articles);
  assert.ok(/^[\x00-\x7f]*$/.test(raw), 'ASCII only');
  assert.ok(!raw.includes('we will win'));
  const back = decodeCorpusEntry(raw, 'k', articles);
  assert.deepEqual(back, entry);
  assert.deepEqual(Object.keys(back!.statements[0]!), Object.keys(plain), 'same key order as built');
  // Through the file reader (Buffer: checksum over the bytes, ASCII decoded as latin1).
  assert.deepEqual(decodeCorpusEntry(Buffer.from(raw), 'k', articles), entry);
});
