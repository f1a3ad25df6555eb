// Every screen and key of the TUI, driven through ink-testing-library, asserting what is
// on the frame. The corpus is the bundled one with gold extraction (test/fixtures/ui).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedCorpus, makeArticle, assemble } from './fixtures/ui/corpus.ts';
import { drive, KEY } from './fixtures/ui/harness.tsx';
import type { SearchHit } from '../source/search/index.ts';
import type { Corpus } from '../source/types.ts';

const W = '003_1ab33e03965e3d5e';
const X = '004_a665fd21c9dac524';
const corpus = seedCorpus();
const lines = (frame: string): string[] => frame.split('\n');
const lineWith = (frame: string, re: RegExp): string => lines(frame).find((l) => re.test(l)) ?? '';

test('explorer: article list with outlet, quotes and shared statements; detail pane', async () => {
  const h = await drive(corpus);
  const f = h.frame();
  assert.match(f, /whosaid · corpus · 1\/5/);
  assert.match(f, /NATO-style security guarantee for U/);
  assert.match(f, /23 quotes, \d shared · Korea Econom/);
  assert.match(f, /12 quotes, 1 shared · The Indian Ex/);
  // Right pane: the first article's metadata, actors by kind with mentions, quotes.
  assert.match(f, /│ WASHINGTON/);
  assert.match(f, /Actors \(12\)/);
  assert.match(f, /People/);
  assert.match(f, /Donald Trump ×\d/);
  assert.match(f, /Places/);
  assert.match(f, /Quotes \(7\)/);
  assert.match(f, /US official \(first, anonymous\) \(also in 2\): The basis/);
  assert.ok(lines(f).length <= 29, 'frame at most rows-1 high');
  h.unmount();
});

test('explorer: j/k and arrows move the selection, the detail pane follows', async () => {
  const h = await drive(corpus);
  let f = await h.press('j', 'j');
  assert.match(f, /3\/5/);
  assert.match(f, /▶ NATO-style security guarantee/);
  assert.equal(lines(f).filter((l) => l.startsWith('▶')).length, 1, 'one marker per selected article');
  assert.match(f, /Kim Daeyoung/);
  f = await h.press(KEY.down);
  assert.match(f, /4\/5/);
  f = await h.press(KEY.up, 'k');
  assert.match(f, /2\/5/);
  f = await h.press('G');
  assert.match(f, /5\/5/);
  assert.match(f, /│ Trump hints at ‘big progress on Russia’/);
  f = await h.press('g');
  assert.match(f, /1\/5/);
  f = await h.press(KEY.end);
  assert.match(f, /5\/5/);
  f = await h.press(KEY.home);
  assert.match(f, /1\/5/);
  h.unmount();
});

test('explorer: Tab moves into the detail pane; Enter on an actor opens actor focus', async () => {
  const h = await drive(corpus, { start: {} });
  let f = await h.press('G', KEY.tab);
  // The first actor is selected in the detail pane (▶ in its first column).
  assert.match(f, /│ ▶ +Donald Trump/);
  f = await h.press('j');
  assert.match(f, /│ ▶ +Steve Witkoff/);
  f = await h.press(KEY.enter);
  assert.match(f, /Statements of Steve Witkoff/);
  assert.match(f, /carried by 2 sources/);
  assert.match(f, /The Indian Express: We were able to win the following concession/);
  // Enter jumps into the statement in its article.
  f = await h.press(KEY.enter);
  assert.match(f, /quote \d+\/\d+/);
  f = await h.press(KEY.escape);
  assert.match(f, /Statements of Steve Witkoff/);
  f = await h.press(KEY.escape, KEY.tab);
  assert.match(f, /▶ Trump hints at/);
  h.unmount();
});

test('explorer: a quote in the detail pane shows "also in N"; ] and c act on it', async () => {
  const h = await drive(corpus);
  let f = await h.press('G');
  assert.match(f, /Steve Witkoff \(also in 1\): We were able to win/);
  // Select the quote: move through the detail items until the Witkoff quote is selected.
  f = await h.press(KEY.tab);
  for (let i = 0; i < 20 && !/▶ +Steve Witkoff \(also in 1\): We were able/.test(f); i++) f = await h.press('j');
  assert.match(f, /▶ +Steve Witkoff \(also in 1\): We were able/);
  f = await h.press('c');
  assert.match(f, /Across sources: every version/);
  f = await h.press(KEY.escape, ']');
  assert.match(f, /Vladimir Putin has agreed to permit/);
  assert.match(lineWith(f, /^▶/), /We were able|to win the following/);
  h.unmount();
});

test('reader: Enter opens the cleaned text wrapped to the pane; scrolling by line, page, ends', async () => {
  const h = await drive(corpus, { cols: 80, rows: 20 });
  let f = await h.press('G', KEY.enter);
  assert.match(lines(f)[0]!, /The Indian Express — Trump hints at/);
  assert.match(f, /lines 1-17\/\d+/);
  for (const l of lines(f)) assert.ok(l.length <= 80);
  f = await h.press('j');
  assert.match(f, /lines 2-18\//);
  f = await h.press(KEY.down, 'k');
  assert.match(f, /lines 2-18\//);
  f = await h.press(KEY.pageDown);
  assert.match(f, /lines 18-34\//);
  f = await h.press(KEY.pageUp);
  assert.match(f, /lines 2-18\//);
  f = await h.press('G');
  const total = /lines \d+-(\d+)\/(\d+)/.exec(f)!;
  assert.equal(total[1], total[2]);
  f = await h.press('g');
  assert.match(f, /lines 1-17\//);
  f = await h.press(KEY.escape);
  assert.match(f, /5\/5/);
  h.unmount();
});

test('reader: n/N walk the quotes, highlighted, and wrap around', async () => {
  const h = await drive(corpus, { start: { article: W } });
  let f = await h.press('n');
  assert.match(f, /quote 1\/5/);
  assert.match(lineWith(f, /^▶/), /We were able|concession/);
  f = await h.press('n');
  assert.match(f, /quote 2\/5/);
  assert.match(lineWith(f, /^▶/), /game-changing/);
  f = await h.press('N', 'N');
  assert.match(f, /quote 5\/5/);
  h.unmount();
});

test('reader: ] and [ jump to the same statement in the other source; c compares', async () => {
  const h = await drive(corpus, { start: { article: W } });
  let f = await h.press('n', ']');
  assert.match(lines(f)[0]!, /The Indian Express — Trump hints at/);
  assert.match(lineWith(f, /^▶/), /We were able to win the following concession: that/);
  f = await h.press('[');
  assert.match(lines(f)[0]!, /Vladimir Putin has agreed/);
  f = await h.press('c');
  assert.match(f, /2 versions in 2 sources/);
  assert.match(f, /1\. 003_1ab33e03965e3d5e\.txt/);
  assert.match(f, /2\. The Indian Express/);
  assert.match(f, /as written: “Chatting with CNN on Sunday, Mr Witkoff/);
  // Word diff (markers without colour): That -> that, NATO. -> NATO,
  assert.match(f, /\[-That-\]\{\+that\+\}/);
  assert.match(f, /NATO\[-\.-\]\{\+,\+\}/);
  // The version we came from is selected; j selects the other; Enter opens it.
  assert.match(lineWith(f, /^ ?▶/), /▶1\. 003/);
  f = await h.press('j');
  assert.match(lineWith(f, /^ ?▶/), /▶2\. The Indian Express/);
  f = await h.press(KEY.enter);
  assert.match(lines(f)[0]!, /The Indian Express/);
  assert.match(lineWith(f, /^▶/), /concession/);
  f = await h.press(KEY.escape);
  assert.match(f, /2 versions in 2 sources/);
  h.unmount();
});

test('reader: ] on a statement no other source carries says so', async () => {
  const h = await drive(corpus, { start: { article: W } });
  let f = await h.press(']');
  assert.match(f, /no statement selected: press n/);
  f = await h.press('n', 'n', ']');
  assert.match(f, /no other source carries this statement/);
  f = await h.press('j');
  assert.doesNotMatch(f, /no other source carries/);
  h.unmount();
});

test('search: / from anywhere, results as you type, Enter opens the statement, Esc goes back', async () => {
  const h = await drive(corpus, { start: { article: X } });
  let f = await h.press('/');
  assert.match(f, /Search every statement/);
  assert.match(f, /type to search/);
  f = await h.press('c', 'o', 'n', 'c', 'e');
  assert.match(f, /\/ conce█/);
  f = await h.press('ssion');
  assert.match(f, /\/ concession█/);
  assert.match(f, /\d+ results?/);
  assert.match(f, /Steve Witkoff  also in 1 · The Indian Express · Trump hints/);
  assert.match(f, /We were able to win the following concession/);
  // Esc returns to where the user was (the reader of 004).
  f = await h.press(KEY.escape);
  assert.match(lines(f)[0]!, /Trump hints at/);
  f = await h.press('/', 'concession');
  f = await h.press(KEY.down, KEY.up, KEY.enter);
  assert.match(f, /quote \d+\/\d+/);
  assert.match(lineWith(f, /^▶/), /concession/);
  h.unmount();
});

test('search: backspace and Ctrl-U edit the query; q and j are text there', async () => {
  const h = await drive(corpus);
  let f = await h.press('/', 'qj');
  assert.match(f, /\/ qj█/);
  assert.equal(h.quitCalled(), false);
  f = await h.press(KEY.backspace);
  assert.match(f, /\/ q█/);
  f = await h.press('\x15');
  assert.match(f, /\/ █/);
  h.unmount();
});

test('search: slow answers never hold up typing, and a newer query supersedes an older one', async () => {
  const calls: string[] = [];
  const hitFor = (q: string): SearchHit[] =>
    corpus.statements.filter((s) => s.text.toLowerCase().includes(q.toLowerCase())).map((statement) => ({ statement, score: 0, matches: [] }));
  // The first query answers last.
  const searcher = {
    search(q: string): Promise<SearchHit[]> {
      calls.push(q);
      const delay = q === 'gam' ? 80 : 5;
      return new Promise((r) => setTimeout(() => r(hitFor(q)), delay));
    },
  };
  const h = await drive(corpus, { searcher });
  let f = await h.press('/', 'gam');
  assert.match(f, /\/ gam█/);
  f = await h.press('e');
  assert.match(f, /\/ game█/, 'the keystroke shows at once');
  await new Promise((r) => setTimeout(r, 120));
  f = await h.settle();
  assert.match(f, /game-changing/);
  assert.match(f, /\/ game█/);
  assert.match(f, /1 result/);
  h.unmount();
});

test('search: --search starts with the query open', async () => {
  const h = await drive(corpus, { start: { search: 'Article 5-like' } });
  const f = h.frame();
  assert.match(f, /\/ Article 5-like█/);
  assert.match(f, /\d results/);
  assert.match(f, /could effectively offer Article 5-like language/);
  h.unmount();
});

test('actor focus: --speaker lists the statements grouped by cross-source link', async () => {
  const h = await drive(corpus, { start: { speaker: { actor: 'steve-witkoff' } } });
  let f = h.frame();
  assert.match(f, /Statements of Steve Witkoff/);
  assert.match(f, /person · \d+ mentions in \d articles/);
  assert.match(f, /carried by 2 sources/);
  f = await h.press('j', KEY.enter);
  assert.match(lines(f)[0]!, /The Indian Express/);
  h.unmount();
});

test('help: ? lists every key; the status bar shows the keys of the screen', async () => {
  const h = await drive(corpus, { rows: 40 });
  let f = h.frame();
  assert.match(lines(f).at(-1)!, /Tab pane .*Enter open .*\/ search .*\? help .*q quit/);
  f = await h.press('?');
  assert.match(f, /Explorer \(article list and detail pane\)/);
  assert.match(f, /Tab +switch between the article list and the detail pane/);
  f = await h.press('G');
  assert.match(f, /Ctrl-C +quit, from anywhere/);
  f = await h.press('?');
  assert.match(f, /whosaid · corpus/);
  f = await h.press(KEY.enter);
  assert.match(lines(f).at(-1)!, /n\/N next quote/);
  h.unmount();
});

test('q quits; Ctrl-C quits from the search prompt', async () => {
  const a = await drive(corpus);
  await a.press('q');
  assert.equal(a.quitCalled(), true);
  a.unmount();
  const b = await drive(corpus);
  await b.press('/', 'x', KEY.ctrlC);
  assert.equal(b.quitCalled(), true);
  b.unmount();
});

test('held keys and pastes arrive as one chunk and are replayed in order', async () => {
  const h = await drive(corpus);
  let f = await h.press('jjj');
  assert.match(f, /4\/5/);
  f = await h.press('kkj');
  assert.match(f, /3\/5/);
  // Open the reader and walk two quotes in one chunk.
  f = await h.press('\rnn');
  assert.match(f, /quote 2\/23/);
  h.unmount();
});

test('resize reflows; below 60x15 a one-line notice replaces the frame', async () => {
  const h = await drive(corpus, { cols: 100, rows: 30, start: { article: X } });
  let f = h.frame();
  const wide = /lines 1-27\/(\d+)/.exec(f)![1]!;
  f = await h.resize(70, 20);
  const narrow = /lines 1-17\/(\d+)/.exec(f)![1]!;
  assert.ok(Number(narrow) > Number(wide), 'narrower text takes more lines');
  for (const l of lines(f)) assert.ok(l.length <= 70);
  assert.ok(lines(f).length <= 19);
  f = await h.resize(50, 12);
  assert.equal(lines(f).length, 1);
  assert.match(f, /enlarge the terminal/);
  f = await h.resize(100, 30);
  assert.match(f, /lines 1-27/);
  h.unmount();
});

// An article crafted to attack the terminal through its text.
function hostileCorpus(): Corpus {
  const text = [
    'Evil\x1b]0;owned\x07 headline \x1b[2J\x1b[H',
    '',
    'The minister said: "We will \x1b[31mnever\x1b[0m give up \u202eelif.exe\u202c today." It was \x07loud\x9b1m.',
    'Boilerplate: Subscribe now \x1bP+q544e\x1b\\',
  ].join('\n');
  const a = makeArticle('evil', text, {
    title: 'Evil\x1b]0;owned\x07 headline',
    outlet: 'Bad\x1b[5m Outlet',
    quotes: [{ text: 'We will \x1b[31mnever\x1b[0m give up \u202eelif.exe\u202c today.', speaker: 'The \x1b[1mminister' }],
    actors: [{ name: 'minister\x1b[7m', kind: 'person', aliases: ['minister'] }],
  });
  a.blocks[3]!.kind = 'boilerplate';
  return assemble('evil', [a], []);
}

test('hostile article: escape sequences, controls and bidi overrides never reach the terminal', async () => {
  const h = await drive(hostileCorpus());
  const check = (f: string): void => {
    assert.doesNotMatch(f, /[\x00-\x09\x0b-\x1f\x7f-\x9f]/, 'no control characters in the frame');
    assert.doesNotMatch(f, /[\u202a-\u202e\u2066-\u2069]/, 'no bidi overrides');
  };
  let f = h.frame();
  check(f);
  assert.match(f, /Evil headline/);
  assert.match(f, /Bad Outlet/);
  assert.match(f, /The minister: We will never give up elif\.exe today\./);
  f = await h.press(KEY.enter);
  check(f);
  assert.match(f, /We will never give up elif\.exe today\." It was ␇loud\./);
  assert.doesNotMatch(f, /Subscribe now/, 'boilerplate hidden');
  f = await h.press('/', 'never');
  check(f);
  assert.match(f, /We will never give up/);
  h.unmount();
});

// Two wire stories: block kinds from a cleaner, a quote inside a reported sentence, and a
// reported statement that the other story carries.
function blocksCorpus(): Corpus {
  const textA = [
    '---',
    'source: wire',
    '---',
    'Port reopens after storm',
    'By Jane Doe',
    '',
    'The harbour master said the port would reopen on Monday, calling the damage "less than we feared" in a briefing.',
    '',
    'Subscribe to our newsletter',
  ].join('\n');
  const textB = 'Storm damage lighter than expected\n\nThe port will reopen on Monday, the harbour master said.\n';
  const a = makeArticle('a', textA, { title: 'Port reopens after storm', outlet: 'Wire A', quotes: [{ text: 'less than we feared', speaker: 'Harbour master' }] });
  const b = makeArticle('b', textB, { title: 'Storm damage lighter than expected', outlet: 'Paper B' });
  const kinds = ['frontmatter', 'frontmatter', 'frontmatter', 'title', 'byline', 'blank', 'content', 'blank', 'boilerplate'] as const;
  a.blocks.forEach((blk, i) => (blk.kind = kinds[i]!));
  const corpus = assemble('wire', [a, b], []);
  const sentA = 'The harbour master said the port would reopen on Monday, calling the damage "less than we feared" in a briefing.';
  const sentB = 'The port will reopen on Monday, the harbour master said.';
  const sa = { id: 'a#s1', article: 'a', kind: 'reported' as const, text: sentA, start: textA.indexOf(sentA), end: textA.indexOf(sentA) + sentA.length, quote: null, speaker: 'Harbour master', anonymous: false };
  const sb = { id: 'b#s1', article: 'b', kind: 'reported' as const, text: sentB, start: textB.indexOf(sentB), end: textB.indexOf(sentB) + sentB.length, quote: null, speaker: 'Harbour master', anonymous: false };
  corpus.statements.push(sa, sb);
  corpus.links.push({
    id: 'R1', score: 0.6, kind: 'reworded',
    members: [sa, sb].map((s) => ({ statement: s.id, article: s.article, start: s.start, end: s.end, text: s.text, quote: null, speaker: s.speaker, diff: [] })),
  });
  return corpus;
}

test('reader: title and content only; a quote inside a linked reported sentence; n stops at both', async () => {
  const h = await drive(blocksCorpus());
  let f = await h.press(KEY.enter);
  assert.match(f, /Port reopens after storm/);
  assert.doesNotMatch(f, /source: wire|By Jane Doe|Subscribe to our newsletter/);
  assert.match(f.replace(/\n /g, ' '), /calling the damage "less than we feared" in a briefing\./);
  f = await h.press('n');
  assert.match(f, /reported statement · lines/);
  f = await h.press('n');
  assert.match(f, /quote 1\/1 · lines/);
  // The reported sentence is carried by the other paper: ] goes there.
  f = await h.press('N', ']');
  assert.match(lines(f)[0]!, /Paper B — Storm damage lighter than expected/);
  assert.match(lineWith(f, /^▶/), /The port will reopen on Monday, the harbour master said\./);
  f = await h.press('c');
  assert.match(f, /2 versions in 2 sources · reworded/);
  h.unmount();
});

test('search: a query and Enter typed ahead of the answer open its first hit when it comes', async () => {
  const searcher = {
    search(q: string): Promise<SearchHit[]> {
      const hits = corpus.statements.filter((s) => s.text.toLowerCase().includes(q.toLowerCase())).map((statement) => ({ statement, score: 0, matches: [] }));
      return new Promise((r) => setTimeout(() => r(hits), 40));
    },
  };
  const h = await drive(corpus, { searcher });
  await h.press('/');
  let f = await h.press('game-changing\r');
  await new Promise((r) => setTimeout(r, 100));
  f = await h.settle();
  assert.match(lines(f)[0]!, /003_1ab33e03965e3d5e\.txt — Vladimir Putin/);
  assert.match(lineWith(f, /^▶/), /game-changing/);
  h.unmount();
});
