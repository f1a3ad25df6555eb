import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { statementsOf } from '../source/link/statements.ts';
import { compareArticles, linkStatements } from '../source/link/links.ts';
import { detectRewrites, spinScore } from '../source/link/rewrites.ts';
import type { AnalyzedArticle, Link, Quote, Statement } from '../source/types.ts';
import { articleFrom, gold, goldArticles, loadGold, type Gold } from './fixtures/link/gold-corpus.ts';
import { syntheticStatements } from './fixtures/link/link-bench.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/link/articles/${name}.txt`, import.meta.url), 'utf8');

/** A quote located in the text, with a speaker. */
function quoteAt(article: AnalyzedArticle, text: string, speaker: string | null, n: number, kind: Quote['kind'] = 'statement'): Quote {
  const start = article.text.indexOf(text);
  assert.ok(start >= 0, `quote not in text: ${text}`);
  return {
    id: `${article.id}#q${n}`, article: article.id, text, start, end: start + text.length, speaker, speakerId: null,
    speakerMention: null, speakerSpan: null, anonymous: false, verb: 'said', kind, confidence: 1, group: null,
  };
}

let sid = 0;
const st = (article: string, text: string, extra: Partial<Statement> = {}): Statement => ({
  id: `${article}#s${++sid}`, article, kind: 'quote', text, start: 0, end: text.length, quote: null, speaker: null, anonymous: false, ...extra,
});

// ---- statements ----

test('reported speech: attribution cues, whole-quote sentences skipped, boilerplate ignored', () => {
  const text = [
    'Storm talks stall as ministers trade blame',
    'The finance minister said that the budget would be balanced by 2027 despite the storm damage.',
    'According to two senior officials, the cabinet will meet again on Friday to approve the relief package.',
    'Officials expressed confidence that parliament would pass the emergency bill within a week.',
    '"We will not leave anyone behind," the minister said.',
    'The storm destroyed more than 2,000 homes along the coast.',
    'Mr Okafor mentioned the government was prepared to borrow more if the damage estimates rose.',
    'Subscribe to our newsletter, said nobody ever, for the latest headlines and offers.',
  ].join('\n');
  const a = articleFrom('art', text);
  a.blocks[a.blocks.length - 1]!.kind = 'boilerplate';
  a.actors = [{ id: 'okafor', name: 'Chidi Okafor', kind: 'person', aliases: ['Okafor'], mentions: 1, spans: [{ start: text.indexOf('Okafor'), end: text.indexOf('Okafor') + 6 }] }];
  a.quotes = [quoteAt(a, 'We will not leave anyone behind,', 'finance minister', 1)];
  const ss = statementsOf(a);
  const reported = ss.filter((s) => s.kind === 'reported');
  assert.deepEqual(reported.map((s) => s.text.slice(0, 30)), [
    'The finance minister said that',
    'According to two senior offici',
    'Officials expressed confidence',
    'Mr Okafor mentioned the govern',
  ]);
  assert.deepEqual(reported.map((s) => s.id), ['art#s1', 'art#s2', 'art#s3', 'art#s4']);
  for (const s of reported) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(reported[3]!.speaker, 'Chidi Okafor');
  assert.equal(reported[1]!.speaker, 'senior officials');
  assert.equal(reported[1]!.anonymous, true);
  // The quote is a statement of its own, carrying its quote id.
  const q = ss.find((s) => s.kind === 'quote')!;
  assert.equal(q.quote, 'art#q1');
  assert.equal(q.text, 'We will not leave anyone behind,');
});

test('a capitalised cue word inside a name is not the verb; title-case headlines keep theirs', () => {
  const text = [
    'Cloud Firm Waited Weeks to Say So',
    'WASHINGTON: The United States said Monday it offered strong guarantees, in what Washington said was a breakthrough.',
    'Only the United States and China have so far landed a rover on the far side.',
  ].join('\n');
  const a = articleFrom('art', text);
  a.blocks[0]!.kind = 'title';
  const span = (name: string, from = 0) => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
  a.actors = [
    { id: 'us', name: 'United States', kind: 'place', aliases: ['United States'], mentions: 2, spans: [span('United States'), span('United States', 60)] },
    { id: 'dc', name: 'Washington, D.C.', kind: 'place', aliases: ['WASHINGTON', 'Washington'], mentions: 2, spans: [span('WASHINGTON'), span('Washington')] },
  ];
  const reported = statementsOf(a).filter((s) => s.kind === 'reported');
  assert.deepEqual(reported.map((s) => s.text.slice(0, 20)), ['Cloud Firm Waited We', 'WASHINGTON: The Unit']);
  // "States" is not the cue: the subject before the real "said" is.
  assert.equal(reported[1]!.speaker, 'United States');
});

test('a one-word quote stands for the sentence that frames it', () => {
  const text = 'Officials said the talks produced a “robust” package of guarantees for Kyiv.';
  const a = articleFrom('b', text);
  a.quotes = [quoteAt(a, 'robust', 'US officials', 1, 'term')];
  const ss = statementsOf(a);
  assert.equal(ss.length, 1, 'the framing sentence is not also a reported statement');
  assert.equal(ss[0]!.kind, 'quote');
  assert.equal(ss[0]!.quote, 'b#q1');
  assert.equal(ss[0]!.text, text);
});

test('sentence splitting keeps abbreviations and quotations whole', () => {
  const text = 'U.S. officials said Mr. Smith would travel to Washington, D.C. on Monday. "He is ready. We are ready," an aide said. The talks will resume on Friday, officials said.';
  const a = articleFrom('c', text);
  const ss = statementsOf(a).filter((s) => s.kind === 'reported');
  assert.deepEqual(ss.map((s) => s.text), [
    'U.S. officials said Mr. Smith would travel to Washington, D.C. on Monday.',
    'The talks will resume on Friday, officials said.',
  ]);
});

// ---- links ----

test('near-verbatim versions link: case, number words, trimmed ending, [insertion], fragment', () => {
  const links = linkStatements([
    st('a1', 'We were able to win the following concession: That the United States could offer Article 5-like protection.'),
    st('a2', 'we were able to win the following concession: that the United States could offer Article Five-like protection,'),
    st('a3', 'It would have to go before the Senate, and President Trump is willing to do that.'),
    st('a4', 'It would have to go before the Senate, and President [Donald] Trump is willing to do that'),
    st('a5', 'the parties will work out the final issues of sovereignty'),
    st('a6', 'And then ultimately it will really be up to the parties to work out the final issues of sovereignty, the official said.'),
  ]);
  assert.equal(links.length, 3);
  for (const l of links) assert.notEqual(l.kind, 'reworded', `${l.members[0]!.text} -> ${l.kind}`);
  const arts = links.map((l) => l.members.map((m) => m.article).join(','));
  assert.deepEqual(arts, ['a1,a2', 'a3,a4', 'a5,a6']);
});

test('a spun paraphrase links as reworded; a shared topic alone does not link', () => {
  const links = linkStatements([
    st('x1', 'Vladimir Putin has agreed to permit Ukraine’s allies to supply it a NATO-like safety assure as part of a deal to finish the warfare, in response to US particular envoy Steve Witkoff.', { kind: 'reported' }),
    st('x2', 'US special envoy Steve Witkoff told CNN that Putin had agreed that Ukraine’s allies could give it a NATO-like security guarantee as part of a deal to end the war.', { kind: 'reported' }),
    st('x3', 'We are working with Europe on security guarantees for Ukraine.'),
    st('x4', 'Security guarantees for Ukraine must include air defence and troops on the ground.'),
    st('x5', 'The price of bread rose sharply in the capital last month.'),
  ]);
  assert.equal(links.length, 1);
  assert.equal(links[0]!.kind, 'reworded');
  assert.deepEqual(links[0]!.members.map((m) => m.article), ['x1', 'x2']);
  assert.ok(links[0]!.score > 0 && links[0]!.score < 1);
});

test('link members carry word diffs that rebuild both texts', () => {
  const [l] = linkStatements([
    st('b', 'Those guarantees are on the table right now if there is a conclusion reached in a good way.'),
    st('a', 'Those guarantees are on the table right now, if a conclusion is reached in a good way'),
  ]);
  assert.ok(l);
  assert.deepEqual(l.members.map((m) => m.article), ['a', 'b'], 'ordered by article id');
  assert.deepEqual(l.members[0]!.diff, []);
  const d = l.members[1]!.diff;
  assert.equal(d.filter((p) => p.op !== 'add').map((p) => p.text).join(''), l.members[0]!.text);
  assert.equal(d.filter((p) => p.op !== 'del').map((p) => p.text).join(''), l.members[1]!.text);
  assert.ok(d.some((p) => p.op === 'add') && d.some((p) => p.op === 'del'));
});

test('same-article repeats join only links that span articles; no chaining of unrelated claims', () => {
  const repeat = 'About 90% of the discussed items have been agreed, officials said.';
  const links = linkStatements([
    st('a', repeat),
    st('a', 'About 90% of the discussed items have been agreed, officials said'),
    st('c', 'The ceasefire is a difficult matter and positions of both sides must be aligned.'),
    st('c', 'The ceasefire is a difficult matter and positions of both sides must be aligned'),
  ]);
  assert.equal(links.length, 0, 'within one article is not a cross-source link');
  const more = linkStatements([
    st('a', repeat), st('a', repeat), st('b', 'About 90% of the discussed items have been agreed.'),
  ]);
  assert.equal(more.length, 1);
  assert.equal(more[0]!.members.length, 3);
});

/** The scorer's rule (score.mjs): token F1 >= 0.6, or one normalised text contains the other. */
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
function close(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  if (x && y && (x.includes(y) || y.includes(x))) return true;
  const ta = x.split(' '), tb = y.split(' ');
  const c = new Map<string, number>();
  for (const t of ta) c.set(t, (c.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) { const k = c.get(t) ?? 0; if (k > 0) { common++; c.set(t, k - 1); } }
  if (!common) return false;
  const p = common / tb.length, r = common / ta.length;
  return (2 * p * r) / (p + r) >= 0.6;
}

/** Gold cross-source entries found (the scorer's rule) and links that match no gold entry. */
function goldLinkFigures(g: Gold, dir: string) {
  const articles = goldArticles(g, dir);
  const statements = articles.flatMap(statementsOf);
  const links = linkStatements(statements);
  const fileOf = new Map(articles.map((a) => [a.id, a.path]));
  // As the shared scorer counts: a link finds every entry whose occurrences it holds in two articles.
  const matches = (l: Link, e: Gold['crossSource'][number]) => {
    const files = new Set<string>();
    for (const m of l.members) if (e.occurrences.some((o) => o.file === fileOf.get(m.article) && close(o.text, m.text))) files.add(fileOf.get(m.article)!);
    return files.size >= 2;
  };
  const entryOf = (l: Link) => g.crossSource.findIndex((e) => matches(l, e));
  let quoted = 0, quotedFound = 0, para = 0, paraFound = 0;
  g.crossSource.forEach((e, i) => {
    const isQuoted = new Set(e.occurrences.filter((o) => o.quoted !== false).map((o) => o.file)).size >= 2;
    const found = links.some((l) => matches(l, e));
    if (isQuoted) { quoted++; if (found) quotedFound++; } else { para++; if (found) paraFound++; }
  });
  const outside = links.filter((l) => entryOf(l) < 0).map((l) => l.members.map((m) => m.text.slice(0, 50)));
  return { quoted, quotedFound, para, paraFound, links: links.length, outside };
}

test('seed gold cross-source statements are linked, precisely', () => {
  const f = goldLinkFigures(gold, 'corpus');
  assert.equal(f.quoted, 5);
  assert.equal(f.para, 4);
  // Measured: 3/5 quoted (the near-verbatim Witkoff quote; "robust" echoed from the full
  // remark; the officials' Article Five guarantee, same source in both) and 3/4 paraphrase-only.
  // The other quoted entries are "same claim, different utterances" with little shared wording.
  assert.ok(f.quotedFound >= 3, `quoted linked ${f.quotedFound}/5`);
  assert.ok(f.paraFound >= 3, `paraphrase linked ${f.paraFound}/4`);
  // One link outside the gold list is right on reading ("voiced/expressed confidence that
  // Russia would back/accept the deal"); the gold lists quotes for that claim, not paraphrases.
  assert.ok(f.outside.length <= 1, JSON.stringify(f.outside));
});

test('held-out golds (articles the linker was not written against): recall and precision hold', () => {
  const h1 = goldLinkFigures(loadGold('test/fixtures/heldout-gold.json'), 'test/fixtures/heldout');
  assert.ok(h1.quotedFound >= 16, `heldout quoted ${h1.quotedFound}/${h1.quoted}`);
  const h2 = goldLinkFigures(loadGold('test/fixtures/heldout2-gold.json'), 'test/fixtures/heldout2');
  assert.ok(h2.quotedFound >= 9, `heldout2 quoted ${h2.quotedFound}/${h2.quoted}`);
  // Links beyond the gold's list: on reading, most are the same claim in other words.
  assert.ok(h1.outside.length <= 0.3 * h1.links && h2.outside.length <= 0.4 * h2.links, JSON.stringify([h1.outside, h2.outside]));
});

test('linking is sub-quadratic: 10,000 statements in a few seconds, planted copies found', () => {
  const { statements, planted } = syntheticStatements(10_000);
  const t = performance.now();
  const links = linkStatements(statements);
  const ms = performance.now() - t;
  assert.ok(ms < 20_000, `took ${ms.toFixed(0)} ms`);
  assert.ok(links.length >= planted * 0.8, `${links.length} links for ${planted} planted copies`);
});

// ---- article similarity and spun text ----

test('compareArticles: near-copy, spun paraphrase, unrelated', () => {
  const arts = ['wire', 'repost', 'spun', 'other'].map((n) => articleFrom(n, fixture(n)));
  const sims = compareArticles(arts);
  const rel = (a: string, b: string) => sims.find((s) => (s.a === a && s.b === b) || (s.a === b && s.b === a));
  assert.equal(rel('repost', 'wire')?.relation, 'near-copy');
  assert.equal(rel('spun', 'wire')?.relation, 'paraphrase');
  assert.equal(rel('other', 'wire'), undefined);
  assert.equal(rel('other', 'spun'), undefined);
  for (const s of sims) assert.ok(s.a < s.b && s.score > 0 && s.score <= 1);
});

test('detectRewrites flags spun text and leaves ordinary reporting near 0', () => {
  const arts = ['wire', 'repost', 'spun', 'other'].map((n) => articleFrom(n, fixture(n)));
  const found = detectRewrites([...arts, ...goldArticles()]);
  assert.deepEqual(found.map((r) => r.article), ['003_1ab33e03965e3d5e', 'spun']);
  assert.ok(found.every((r) => r.evidence.length >= 3));
  for (const a of [...arts.filter((x) => x.id !== 'spun'), ...goldArticles().filter((x) => !x.id.startsWith('003'))]) {
    assert.ok(spinScore(a.text).score < 2, `${a.id} scored ${spinScore(a.text).score}`);
  }
});
