import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../source/analyze.ts';

test('the bundled corpus loads five articles', async () => {
  const corpus = await analyzeCorpus('corpus');
  assert.equal(corpus.articles.length, 5);
});
