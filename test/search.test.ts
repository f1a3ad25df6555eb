import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from '../source/link/statements.ts';
import { createSearch, createSearchWorker, parseQuery, transpositions, type SearchHit } from '../source/search/index.ts';
import type { Statement } from '../source/types.ts';
import { goldArticles } from './fixtures/link/gold-corpus.ts';

// Real text: the bundled corpus with the gold quotes and our reported-speech statements.
const articles = goldArticles();
articles[4]!.outlet = 'The Indian Express';
articles[2]!.outlet = 'Korea Economic Daily';
const statements = articles.flatMap(statementsOf);
const corpus = { statements, articles };
const search = createSearch(corpus);

const texts = (hits: SearchHit[]) => hits.map((h) => h.statement.text);
const lower = (s: string) => s.toLowerCase();

test('query syntax is parsed as fuse.js extended search reads it', () => {
  assert.deepEqual(parseQuery("'nato !ukraine ^we sovereignty$ | witkoff").map((g) => g.map((t) => [t.kind, t.value])), [
    [['include', 'nato'], ['not', 'ukraine'], ['prefix', 'we'], ['suffix', 'sovereignty']],
    [['fuzzy', 'witkoff']],
  ]);
});

test("'exact includes, !not excludes, ^prefix, suffix$, | or, space and", () => {
  const platinum = search.search("'platinum");
  assert.equal(platinum.length, 1);
  assert.match(platinum[0]!.statement.text, /platinum standard/);

  const guarantees = search.search("'guarantee");
  const notNato = search.search("'guarantee !nato");
  assert.ok(notNato.length > 0 && notNato.length < guarantees.length);
  for (const h of notNato) { assert.match(lower(h.statement.text), /guarantee/); assert.doesNotMatch(lower(h.statement.text), /nato/); }

  for (const t of texts(search.search('^we were'))) assert.match(t, /^We were/);
  const suffix = search.search("'concession nato,$");
  assert.equal(suffix.length, 1);
  assert.match(suffix[0]!.statement.text, /NATO,$/);

  const either = search.search("'platinum | 'precipice");
  assert.deepEqual(either.map((h) => /platinum|precipice/.exec(h.statement.text)?.[0]).sort(), ['platinum', 'precipice']);

  const both = search.search("'witkoff 'cnn");
  assert.ok(both.length >= 2);
  for (const t of texts(both)) { assert.match(t, /Witkoff/); assert.match(t, /CNN/); }
});

test('highlight ranges point at the matched characters, per field', () => {
  const [hit] = search.search("'platinum");
  const m = hit!.matches.find((x) => x.field === 'text')!;
  const [a, b] = m.indices[0]!;
  assert.equal(hit!.statement.text.slice(a, b + 1), 'platinum');

  const rubio = search.search("'rubio");
  const speakerMatch = rubio.flatMap((h) => h.matches.filter((x) => x.field === 'speaker').map((x) => ({ h, x })))[0]!;
  const [s, e] = speakerMatch.x.indices[0]!;
  assert.equal(lower(speakerMatch.h.statement.speaker!.slice(s, e + 1)), 'rubio');

  const express = search.search("'express");
  const outlet = express.find((h) => h.matches.some((x) => x.field === 'outlet'));
  assert.ok(outlet, 'outlet field is searched');
  assert.equal(outlet.statement.article, articles[4]!.id);
});

test('typos still find their word', () => {
  for (const [typo, word] of [['concesion', 'concession'], ['sovreignty', 'sovereignty'], ['platnum', 'platinum'], ['guarentee', 'guarantee']] as const) {
    const hits = search.search(typo, 5);
    assert.ok(hits.length > 0, typo);
    assert.match(lower(hits[0]!.statement.text), new RegExp(word), `${typo} -> ${hits[0]!.statement.text}`);
  }
});

test('the exact phrase ranks first', () => {
  const mk = (id: string, text: string): Statement => ({ id, article: id.split('#')[0]!, kind: 'quote', text, start: 0, end: text.length, quote: null, speaker: null, anonymous: false });
  const s = createSearch({
    articles: [],
    statements: [
      mk('a#1', 'Security is fine, guarantee it.'),
      mk('b#1', 'A guarantee of security for all.'),
      mk('c#1', 'The allies discussed a long-term security guarantee for Ukraine at the summit in Berlin on Monday.'),
    ],
  });
  const hits = s.search('security guarantee');
  assert.equal(hits.length, 3);
  assert.equal(hits[0]!.statement.id, 'c#1');
});

test('results are capped, and typing on refines to the same answer as a fresh search', () => {
  const many: Statement[] = [];
  for (let i = 0; i < 5000; i++) {
    const text = `Official ${i} said the ceasefire talks in round ${i % 97} were ${i % 3 ? 'productive' : 'difficult'} and the concession on territory was ${i % 5 ? 'limited' : 'significant'}.`;
    many.push({ id: `a${i}#s1`, article: `a${i}`, kind: 'reported', text, start: 0, end: text.length, quote: null, speaker: `Speaker ${i % 40}`, anonymous: false });
  }
  const typed = createSearch({ statements: many, articles: [] });
  assert.equal(typed.search('ceasefire', 25).length, 25);
  assert.equal(typed.search('ceasefire').length, 50, 'default limit');
  let last: SearchHit[] = [];
  for (const q of ['d', 'di', 'dif', 'diff', 'diffi', 'difficult', 'difficult s', 'difficult sig', 'difficult significant']) last = typed.search(q, 400);
  const fresh = createSearch({ statements: many, articles: [] }).search('difficult significant', 400);
  assert.deepEqual(last.map((h) => h.statement.id).sort(), fresh.map((h) => h.statement.id).sort());
  assert.ok(last.length > 0);
  for (const h of last) { assert.match(h.statement.text, /difficult/); assert.match(h.statement.text, /significant/); }
});

test('the worker answers like the sync index, and a newer query supersedes an older one', async () => {
  const w = createSearchWorker(corpus);
  try {
    await w.ready;
    const first = w.search('concession');
    const second = w.search("'platinum");
    const third = w.search('sovereignty');
    const [a, b, c] = await Promise.all([first, second, third]);
    assert.equal(a, null);
    assert.equal(b, null);
    assert.deepEqual(c!.map((h) => h.statement.id), search.search('sovereignty').map((h) => h.statement.id));
    const alone = await w.search("'platinum");
    assert.equal(alone!.length, 1);
    assert.equal(alone![0]!.statement, statements.find((s) => s.text.includes('platinum')), 'hits point at the caller’s statements');
  } finally {
    await w.close();
  }
});

test('one-letter words never veto a match (I think, Article 5, is a core, back a deal)', () => {
  const first = (q: string) => texts(search.search(q));
  assert.ok(first('I think').some((t) => /\bI think the Ukrainians\b/.test(t)), 'I think');
  assert.match(first('I think')[0]!, /\bI think\b/, 'the phrase ranks first');
  assert.ok(first('Article 5').some((t) => /^Article 5 of the NATO treaty/.test(t)), 'Article 5');
  assert.ok(first("'Article 5").some((t) => /^Article 5 of the NATO treaty/.test(t)), "'Article 5");
  assert.ok(first('is a core').some((t) => /is a core precept/.test(t)), 'is a core');
  assert.ok(first("'is a core").some((t) => /is a core precept/.test(t)), "'is a core");
  assert.ok(first("there's a conclusion").length > 0);
  assert.ok(first('back a deal').some((t) => /back the deal/.test(t)), 'fuzzy words around a one-letter one');
});

test('a query of one-letter words finds them standing alone, highlighted', () => {
  const five = search.search('5');
  assert.ok(five.length > 0);
  for (const h of five) {
    const fields = [h.statement.text, h.statement.speaker ?? ''];
    const m = h.matches[0]!;
    const value = m.field === 'text' ? h.statement.text : m.field === 'speaker' ? h.statement.speaker! : '';
    if (value) assert.equal(value.slice(m.indices[0]![0], m.indices[0]![1] + 1), '5');
    assert.ok(fields.some((f) => /(^|\D)5(\D|$)/.test(f)) || m.field === 'title' || m.field === 'outlet');
  }
  const a = search.search('a');
  assert.ok(a.length > 0);
  for (const h of a) for (const m of h.matches.filter((x) => x.field === 'text')) for (const [s, e] of m.indices) {
    assert.equal(h.statement.text.slice(s, e + 1).toLowerCase(), 'a');
    assert.doesNotMatch(h.statement.text.slice(Math.max(0, s - 1), e + 2), /\p{L}\p{L}/u, 'a whole word, not a letter inside one');
  }
  // A rare letter standing alone, at the very start and the very end of a document, among many.
  const many: Statement[] = [];
  for (let i = 0; i < 20000; i++) {
    const text = i === 17000 ? 'X marks the spot, said the mayor.' : i === 19000 ? 'The plan is called option x' : `Official ${i} said the talks were productive and extra taxes excluded.`;
    many.push({ id: `a${i}#s1`, article: `a${i}`, kind: 'reported', text, start: 0, end: text.length, quote: null, speaker: null, anonymous: false });
  }
  const big = createSearch({ statements: many, articles: [] });
  assert.deepEqual(big.search('x').map((h) => h.statement.id).sort(), ['a17000#s1', 'a19000#s1']);
  assert.deepEqual(big.search('x marks').map((h) => h.statement.id), ['a17000#s1']);
});

test('curly and straight apostrophes and quotes match each other', () => {
  const curly = statements.filter((s) => /Ukraine’s/.test(s.text));
  assert.ok(curly.length > 0, 'the corpus has a curly Ukraine’s');
  const straight = search.search("'Ukraine's");
  for (const s of curly) assert.ok(straight.some((h) => h.statement.id === s.id), s.text);
  const [hit] = search.search("'Ukraine’s security");
  assert.ok(hit);
  const m = hit.matches.find((x) => x.field === 'text')!;
  assert.match(hit.statement.text.slice(m.indices[0]![0], m.indices[0]![1] + 1), /^Ukraine['’]s$/);
  assert.ok(search.search('“platinum standard”').length > 0, 'curly double quotes read as a quoted phrase');
});

test('two swapped letters still find the word (Trmup -> Trump), only when nothing else matches', () => {
  const [hit] = search.search('Trmup');
  assert.ok(hit, 'Trmup finds something');
  assert.match(hit.statement.text + (hit.statement.speaker ?? ''), /Trump/);
  assert.deepEqual(transpositions('trmup said', 24).slice(0, 3), ['tmrup said', 'trump said', 'trmpu said']);
  assert.deepEqual(transpositions("'trmup", 24), [], 'not for extended syntax');
  assert.equal(search.search('qzxjvkw').length, 0);
});
