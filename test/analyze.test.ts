import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeCorpus, corpusOf, type AnalyzeTimings } from '../source/analyze.ts';
import type { AnalyzedArticle } from '../source/types.ts';
import { generateCorpus } from '../bench/generate.ts';

const tmp = (name: string): string => mkdtempSync(path.join(os.tmpdir(), `whosaid-${name}-`));

function syntheticDir(n: number): string {
  const dir = tmp('gen');
  for (const f of generateCorpus({ articles: n, seed: 7 }).files) writeFileSync(path.join(dir, f.name), f.text);
  return dir;
}

// A machine-spun copy (synonym-swapped stock phrases), so spun-copy detection has something to find.
const SPUN = `Ceasefire talks resume in Geneva
The particular envoy arrived at the White Home on Monday, officials mentioned. "We want an finish to the warfare," the envoy mentioned. The coalition of the keen met in Paris as Ukraine warfare talks continued.
The White Home said the president would conform to the plan. A spokesman mentioned: "safety assure is key."
`;

test('worker threads give exactly the in-thread result, in path order', async () => {
  const dir = syntheticDir(80);
  writeFileSync(path.join(dir, 'zz-spun.txt'), SPUN);
  const tw: AnalyzeTimings = {};
  const viaWorkers = await analyzeCorpus(dir, { cache: false, workers: 2, minArticlesForSimilarityWorker: 2, timings: tw });
  const tt: AnalyzeTimings = {};
  const inThread = await analyzeCorpus(dir, { cache: false, workers: 0, timings: tt });
  assert.equal(tw.workersUsed, 2);
  assert.equal(tt.workersUsed, 0);
  // Article similarity ran on a worker in the first run only; the results are the same.
  if (os.availableParallelism() > 1) assert.equal(typeof tw.similarityWait, 'number');
  assert.equal(tt.similarityWait, undefined);
  assert.ok(inThread.articleSimilarity.length > 0);
  assert.equal(viaWorkers.articles.length, 81);
  assert.deepEqual(viaWorkers.rewrites?.map((r) => r.article), ['zz-spun']);
  assert.deepEqual(viaWorkers, inThread);
  const paths = viaWorkers.articles.map((a) => a.path);
  assert.deepEqual(paths, [...paths].sort());
});

test('small corpora stay in-thread', async () => {
  const dir = syntheticDir(10);
  const t: AnalyzeTimings = {};
  await analyzeCorpus(dir, { cache: false, timings: t });
  assert.equal(t.workersUsed, 0);
});

test('onProgress counts up to the total and onArticle sees every article', async () => {
  const dir = syntheticDir(60);
  const progress: [number, number][] = [];
  const seen: AnalyzedArticle[] = [];
  const corpus = await analyzeCorpus(dir, {
    cache: false,
    workers: 2,
    onProgress: (d, n) => progress.push([d, n]),
    onArticle: (a) => seen.push(a),
  });
  assert.deepEqual(progress[0], [0, 60]);
  assert.deepEqual(progress.at(-1), [60, 60]);
  assert.equal(progress.length, 61);
  assert.ok(progress.every(([d], i) => d === i));
  assert.equal(seen.length, 60);
  assert.deepEqual(new Set(seen.map((a) => a.id)), new Set(corpus.articles.map((a) => a.id)));
});

test('corpusOf builds a partial corpus without touching its input', async () => {
  const dir = syntheticDir(12);
  const seen: AnalyzedArticle[] = [];
  const full = await analyzeCorpus(dir, { cache: false, onArticle: (a) => seen.push(structuredClone(a)) });
  const half = seen.slice(0, 6).reverse();
  const before = structuredClone(half);
  const partial = corpusOf(full.root, half, { link: false });
  assert.deepEqual(half, before, 'input articles are not mutated');
  assert.equal(partial.articles.length, 6);
  assert.deepEqual(partial.articles.map((a) => a.path), half.map((a) => a.path).sort());
  assert.deepEqual(partial.links, []);
  const ids = new Set(partial.articles.map((a) => a.id));
  assert.ok(partial.statements.every((s) => ids.has(s.article)));
  assert.equal(corpusOf(full.root, seen).statements.length, full.statements.length);
});

test('files in sub-folders are found; other files and hidden folders are not', async () => {
  const dir = tmp('tree');
  mkdirSync(path.join(dir, 'reuters'));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'reuters', 'one.txt'), '"Yes," he said.\n');
  writeFileSync(path.join(dir, 'two.md'), '# Two\n');
  writeFileSync(path.join(dir, 'notes.json'), '{}');
  writeFileSync(path.join(dir, '.git', 'x.txt'), 'no');
  const corpus = await analyzeCorpus(dir, { cache: false });
  assert.deepEqual(corpus.articles.map((a) => a.path), ['reuters/one.txt', 'two.md']);
  assert.deepEqual(corpus.articles.map((a) => a.id), ['reuters/one', 'two']);
});

test('a missing folder is a user error', async () => {
  await assert.rejects(analyzeCorpus(path.join(os.tmpdir(), 'whosaid-does-not-exist-xyz')), /no such folder/);
});

test('unreadable or undecodable files are skipped with a reason, the rest analysed', async () => {
  const dir = tmp('bad');
  writeFileSync(path.join(dir, 'good.txt'), '"We will win," she said.\n');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
  const warnings: string[] = [];
  const corpus = await analyzeCorpus(dir, { cache: false, onWarning: (m) => warnings.push(m) });
  assert.deepEqual(corpus.articles.map((a) => a.path), ['good.txt']);
  assert.deepEqual(corpus.skipped.map((s) => s.path), ['binary.txt', 'empty.txt']);
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]!, /binary\.txt/);
});

test('a folder where every file is skipped is a user error', async () => {
  const dir = tmp('allbad');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  await assert.rejects(analyzeCorpus(dir, { cache: false }), /no readable articles/);
});
