// Quality holds at scale: the bundled articles, analysed inside a synthetic corpus of many
// other stories, keep their quotes, speakers and actors (per-article work must not depend
// on the rest), and their cross-source links survive the larger vocabulary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../bench/generate.ts';
import { analyzeCorpus } from '../source/analyze.ts';
import { toExportJson } from '../source/export.ts';
import { score, type Gold } from './support/score.ts';

test('seed scores inside a 400-article synthetic corpus', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-scale-'));
  try {
    writeCorpus(dir, { articles: 400, seed: 7 });
    for (const f of readdirSync('corpus')) copyFileSync(path.join('corpus', f), path.join(dir, f));
    const corpus = await analyzeCorpus(dir, { cache: false });
    assert.ok(corpus.articles.length >= 405);
    const s = score(JSON.parse(readFileSync('test/fixtures/seed-gold.json', 'utf8')) as Gold, JSON.parse(toExportJson(corpus)));
    assert.equal(s.quotes.f1, 1, s.misses.join('\n'));
    assert.ok(s.speakers.accuracy >= 0.95, s.misses.join('\n'));
    for (const [kind, a] of Object.entries(s.actors)) assert.ok(a.precision >= 0.9 && a.recall >= 0.9, `${kind}: ${JSON.stringify(a)}`);
    assert.ok(s.links.quotedFound >= 2 && s.links.paraphraseFound >= 3, JSON.stringify(s.links));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
