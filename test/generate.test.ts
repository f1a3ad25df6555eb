import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../bench/generate.ts';

const corpus = generateCorpus({ articles: 300, seed: 11, goldSample: 300 });
const lines = (text: string): string[] => text.split('\n');

test('the same seed gives the same corpus; another seed another one', () => {
  const again = generateCorpus({ articles: 300, seed: 11 });
  assert.deepEqual(again.files.map((f) => f.text), corpus.files.map((f) => f.text));
  const other = generateCorpus({ articles: 300, seed: 12 });
  assert.notEqual(other.files[0]!.text, corpus.files[0]!.text);
  assert.equal(new Set(corpus.files.map((f) => f.name)).size, 300);
});

test('articles are about 4 KB and statements are not all alike', () => {
  const bytes = corpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const avg = bytes / corpus.files.length;
  assert.ok(avg > 3000 && avg < 6000, `average ${avg}`);
  const quoteTexts = corpus.gold.articles.flatMap((a) => a.quotes.map((q) => q.text));
  assert.ok(new Set(quoteTexts).size > quoteTexts.length * 0.5, 'mostly distinct quotes');
  assert.ok(new Set(corpus.files.map((f) => f.story)).size > 50, 'many stories');
});

test('every gold quote is on its line, between quotation marks', () => {
  let n = 0;
  for (const f of corpus.files) {
    const ls = lines(f.text);
    for (const q of f.gold.quotes) {
      const line = ls[q.line - 1] ?? '';
      const at = line.indexOf(q.text);
      assert.ok(at >= 0, `${f.name}:${q.line} lacks ${q.text}`);
      assert.match(line.slice(Math.max(0, at - 2), at), /["“‘']$/, `${f.name}:${q.line} no opening mark before ${q.text}`);
      n++;
    }
  }
  assert.ok(n > 1500);
});

test('every quote style and the boilerplate kinds occur', () => {
  const all = corpus.files.map((f) => f.text).join('\n');
  for (const re of [/“[^”\n]+”/, /‘[^’\n]+’/, /"[^"\n]+"/, /''[^'\n]+''/, /[“"]\w[^”"\n]*[‘'][^’'\n]+[’'],/, /said: [“"‘]/, /on condition of anonymity/, /^Advertisement$/m, /^Tags: /m, /^© /m, /Photo: /, /\bhe added\b|\bshe added\b/])
    assert.match(all, re);
  const notes = corpus.gold.articles.flatMap((a) => a.quotes.map((q) => q.note ?? ''));
  for (const k of ['multi-paragraph quote, paragraph 2', 'second part of a quote', 'headline quote', 'term, not a full statement', 'continuation of the previous quote'])
    assert.ok(notes.some((x) => x.includes(k)), k);
  assert.ok(corpus.files.some((f) => f.gold.note.includes('near-copy')));
});

test('gold aliases occur in the content and byline names are not actors', () => {
  for (const f of corpus.files) {
    const content = f.text;
    for (const a of f.gold.actors) for (const al of a.aliases) assert.ok(content.includes(al), `${f.name} ${al}`);
    if (f.gold.byline) assert.ok(!f.gold.actors.some((a) => a.name === f.gold.byline) || content.split(f.gold.byline).length > 2);
    assert.ok(f.gold.boilerplateLines.every((b) => lines(f.text).includes(b)));
  }
});

test('the same statement is carried by several outlets with small changes', () => {
  const cross = corpus.gold.crossSource as { occurrences: { file: string; text: string }[] }[];
  assert.ok(cross.length > 100);
  assert.ok(cross.some((e) => new Set(e.occurrences.map((o) => o.text)).size > 1), 'some wording differs');
  assert.ok(cross.every((e) => new Set(e.occurrences.map((o) => o.file)).size >= 2));
});
