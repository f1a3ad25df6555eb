// Pure parts of the TUI: sanitising, measuring and wrapping, keys, the reducer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeForTerminal, oneLine } from '../source/ui/sanitize.ts';
import { cellWidth, truncate, truncateStart, wrapLine, lineWidth } from '../source/ui/text.ts';
import { BINDINGS, barFor, bindingFor, helpSections, keyNames, type InkKey } from '../source/ui/keys.ts';
import { buildModel, otherSource } from '../source/ui/model.ts';
import { initialState, makeReducer, top, type State } from '../source/ui/state.ts';
import { buildFrame } from '../source/ui/frame.ts';
import { resolveArticle, resolveSpeaker } from '../source/ui/resolve.ts';
import { plainSummary } from '../source/ui/summary.ts';
import { colourWanted, makeTheme } from '../source/ui/theme.ts';
import { seedCorpus } from './fixtures/ui/corpus.ts';

const W = '003_1ab33e03965e3d5e';
const X = '004_a665fd21c9dac524';

test('sanitizeForTerminal removes CSI, OSC, DCS and two-byte escapes', () => {
  assert.equal(sanitizeForTerminal('a\x1b[31mred\x1b[0m b'), 'ared b');
  assert.equal(sanitizeForTerminal('x\x1b]0;pwned title\x07y'), 'xy');
  assert.equal(sanitizeForTerminal('x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\y'), 'xlinky');
  assert.equal(sanitizeForTerminal('x\x1bP1$qm\x1b\\y'), 'xy');
  assert.equal(sanitizeForTerminal('x\x1b7\x1b(By'), 'xy');
  assert.equal(sanitizeForTerminal('8-bit \x9b2J csi'), '8-bit  csi');
  // An unterminated OSC swallows the rest rather than leaking it to the terminal.
  assert.equal(sanitizeForTerminal('ok\x1b]2;never ends'), 'ok');
});

test('sanitizeForTerminal makes other controls visible and drops bidi overrides', () => {
  assert.equal(sanitizeForTerminal('bell\x07 cr\r bs\b'), 'bell␇ cr␍ bs␈');
  assert.equal(sanitizeForTerminal('lone \x1b'), 'lone ␛');
  assert.equal(sanitizeForTerminal('c1 \x85 \x80'), 'c1 \ufffd \ufffd');
  assert.equal(sanitizeForTerminal('del\x7f'), 'del␡');
  assert.equal(sanitizeForTerminal('user \u202egnp.exe\u202c and \u2066iso\u2069'), 'user gnp.exe and iso');
  assert.equal(sanitizeForTerminal('tab\there\nline'), 'tab here\nline');
  assert.equal(oneLine('two\nlines'), 'two lines');
  const plain = 'Ordinary “text” — with ünïcode 中文';
  assert.equal(sanitizeForTerminal(plain), plain);
  // Nothing that could start a sequence survives.
  const nasty = '\x1b[2J\x1b]52;c;Zm9v\x07\x1bP+q\x1b\\\x9b31m\x90x\x9c\x1b';
  assert.doesNotMatch(sanitizeForTerminal(nasty), /[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
});

test('widths count wide characters; truncate and wrap respect them', () => {
  assert.equal(cellWidth('abc'), 3);
  assert.equal(cellWidth('中文'), 4);
  assert.equal(truncate('中文中文', 5), '中文…');
  assert.equal(truncate('short', 10), 'short');
  const lines = wrapLine([{ text: 'The quick brown fox ' }, { text: 'jumps over', tok: 'quote' }, { text: ' the lazy dog' }], 12);
  assert.deepEqual(lines.map((l) => l.map((s) => s.text).join('')), ['The quick', 'brown fox', 'jumps over', 'the lazy dog']);
  for (const l of wrapLine([{ text: '中文中文中文中文 supercalifragilisticexpialidocious' }], 7)) assert.ok(lineWidth(l) <= 7);
  // Styles survive the wrap.
  assert.equal(lines[2]![0]!.tok, 'quote');
});

const k = (over: Partial<InkKey>): InkKey => ({
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, ...over,
});

test('keyNames replays a chunk of keys one by one, in order', () => {
  assert.deepEqual(keyNames('jjk', k({})), ['j', 'j', 'k']);
  assert.deepEqual(keyNames('/conc\r', k({})), ['/', 'c', 'o', 'n', 'c', 'enter']);
  assert.deepEqual(keyNames('', k({ downArrow: true })), ['down']);
  assert.deepEqual(keyNames('c', k({ ctrl: true })), ['ctrl+c']);
  assert.deepEqual(keyNames('', k({ escape: true, meta: true })), ['escape']);
  assert.deepEqual(keyNames('G', k({ shift: true })), ['G']);
});

test('one binding table drives dispatch, the status bar and help', () => {
  for (const b of BINDINGS) for (const s of b.screens) assert.ok(bindingFor(s, b.keys[0]!), `${s} ${b.keys[0]}`);
  assert.equal(bindingFor('reader', 'n')?.command, 'nextMark');
  assert.equal(bindingFor('search', 'q'), undefined, 'q is text in the search prompt');
  assert.equal(bindingFor('search', 'ctrl+c')?.command, 'quit');
  const help = helpSections().flatMap((s) => s.rows.map((r) => r[1]));
  for (const b of BINDINGS) assert.ok(help.includes(b.help));
  assert.ok(barFor('reader').some(([, label]) => label === 'next quote'));
  assert.ok(barFor('explorer').some(([keys]) => keys === 'Tab'));
});

function setup(cols = 100, rows = 30) {
  const corpus = seedCorpus();
  const model = buildModel(corpus);
  const theme = makeTheme(false);
  const view = { color: theme.speakerColor, markers: true };
  const reduce = makeReducer(model, view);
  const press = (s: State, ...keys: string[]) => reduce(s, { type: 'keys', keys });
  return { corpus, model, view, reduce, press, start: (o = {}) => initialState(model, { cols, rows, ...o }) };
}

test('reducer: list moves, clamps, pages and jumps to either end', () => {
  const { press, start } = setup();
  let s = start();
  s = press(s, 'j', 'j', 'k');
  assert.equal((top(s) as { sel: number }).sel, 1);
  s = press(s, 'G');
  assert.equal((top(s) as { sel: number }).sel, 4);
  s = press(s, 'j', 'j');
  assert.equal((top(s) as { sel: number }).sel, 4, 'clamped at the end');
  s = press(s, 'g');
  assert.equal((top(s) as { sel: number }).sel, 0);
});

test('reducer: search answers to a superseded query are dropped', () => {
  const { reduce, press, start, corpus } = setup();
  let s = press(start(), '/', 'a');
  const first = (top(s) as { seq: number }).seq;
  s = press(s, 'b');
  const second = (top(s) as { seq: number }).seq;
  assert.notEqual(first, second);
  const hit = { statement: corpus.statements[0]!, score: 0, matches: [] };
  const stale = reduce(s, { type: 'results', seq: first, hits: [hit] });
  assert.equal(stale, s, 'stale answer ignored');
  const fresh = reduce(s, { type: 'results', seq: second, hits: [hit] });
  assert.equal((top(fresh) as { hits: unknown[] }).hits.length, 1);
});

test('reducer: n finds the next quote, ] jumps to the other source, Esc returns', () => {
  const { model, press, start } = setup();
  let s = start({ article: W });
  assert.equal(top(s).kind, 'reader');
  s = press(s, 'n');
  const r = top(s);
  assert.ok(r.kind === 'reader' && r.mark === 0);
  s = press(s, ']');
  const jumped = top(s);
  assert.ok(jumped.kind === 'reader');
  assert.equal(jumped.article, X);
  const mark = model.marks(X)[jumped.mark!]!;
  assert.match(mark.quote!.text, /^We were able to win the following concession/);
  s = press(s, '[');
  assert.equal((top(s) as { article: string }).article, W);
  s = press(s, 'escape');
  assert.equal(top(s).kind, 'explorer');
});

test('otherSource cycles over members in other articles only', () => {
  const { corpus } = setup();
  const link = corpus.links.find((l) => l.members.length === 3)!;
  const first = link.members[0]!;
  const next = otherSource(link, first.statement, 1)!;
  assert.notEqual(next.article, first.article);
  const prev = otherSource(link, first.statement, -1)!;
  assert.notEqual(prev.article, first.article);
});

test('frames never exceed rows-1 lines or the terminal width, on every screen', () => {
  const { model, view, press, start } = setup(80, 20);
  const states: State[] = [];
  let s = start();
  states.push(s);
  s = press(s, 'tab', 'j', 'j'); states.push(s);
  s = press(s, 'escape', 'tab', 'enter', 'n'); states.push(s);
  s = press(s, 'c'); states.push(s);
  s = press(s, 'escape', '?'); states.push(s);
  s = press(s, 'escape', '/', 'x'); states.push(s);
  for (const st of states) {
    const f = buildFrame(model, st, view);
    assert.notEqual(f.kind, 'small');
    if (f.kind === 'full') {
      assert.ok(f.body.length + 2 <= 19, `${top(st).kind}: ${f.body.length}`);
      for (const l of [f.header, ...f.body, f.status]) assert.ok(lineWidth(l) <= 80, `${top(st).kind} line too wide`);
    }
    if (f.kind === 'panes') {
      assert.ok(Math.max(f.left.length, f.right.length) + 2 <= 19);
      for (const l of f.left) assert.ok(lineWidth(l) <= f.leftW);
      // The right pane's border takes a column.
      for (const l of f.right) assert.ok(lineWidth(l) <= f.rightW - 1);
    }
  }
});

test('resolveArticle: id, file name, id prefix, title words; none and many', () => {
  const { corpus } = setup();
  assert.deepEqual(resolveArticle(corpus, W), { ok: W });
  assert.deepEqual(resolveArticle(corpus, `${W}.txt`), { ok: W });
  assert.deepEqual(resolveArticle(corpus, '003'), { ok: W });
  assert.deepEqual(resolveArticle(corpus, 'big progress russia'), { ok: X });
  assert.ok('none' in resolveArticle(corpus, 'no such words here'));
  const many = resolveArticle(corpus, '00');
  assert.ok('many' in many && many.many.length === 5);
});

test('resolveArticle: an exact id wins over files of the same name in other folders', () => {
  const { corpus } = setup();
  const a = corpus.articles[0]!;
  const twin = (id: string, path: string) => ({ ...a, id, path });
  const dup = { ...corpus, articles: [twin('a', 'a.txt'), twin('a.md', 'a.md'), twin('x/a', 'x/a.txt')] };
  assert.deepEqual(resolveArticle(dup, 'a'), { ok: 'a' });
  assert.deepEqual(resolveArticle(dup, 'x/a'), { ok: 'x/a' });
  assert.deepEqual(resolveArticle(dup, 'x/a.txt'), { ok: 'x/a' });
  const many = resolveArticle(dup, 'a.txt');
  assert.ok('ok' in many && many.ok === 'a');
});

test('resolveSpeaker: actors by name or alias, then quote speaker labels', () => {
  const { corpus } = setup();
  assert.deepEqual(resolveSpeaker(corpus, 'witkoff'), { ok: { actor: 'steve-witkoff' } });
  assert.deepEqual(resolveSpeaker(corpus, 'Steve Witkoff'), { ok: { actor: 'steve-witkoff' } });
  assert.ok('none' in resolveSpeaker(corpus, 'Nobody Atall'));
});

test('plain summary lists every article with its quotes and no escape codes', () => {
  const { corpus } = setup();
  const out = plainSummary(corpus);
  assert.match(out, /5 articles, 53 quotes, 5 cross-source links/);
  assert.match(out, new RegExp(`${W}\\s+5 quotes`));
  assert.doesNotMatch(out, /\x1b/);
});

test('colour follows NO_COLOR and --no-color', () => {
  assert.equal(colourWanted({}, true), true);
  assert.equal(colourWanted({ NO_COLOR: '1' }, true), false);
  assert.equal(colourWanted({}, false), false);
  assert.equal(makeTheme(false).style('quote').color, undefined);
  assert.equal(makeTheme(true).style('quote').color, 'yellow');
});

test('compare: word diff for near-verbatim versions, plain text for rewordings', async () => {
  const { makeArticle, assemble } = await import('./fixtures/ui/corpus.ts');
  const { compareLayout } = await import('../source/ui/layout.ts');
  const a = makeArticle('a', 'Headline A\n\n"We will rebuild every bridge by spring," the mayor said.\n', { quotes: [{ text: 'We will rebuild every bridge by spring,', speaker: 'Mayor' }] });
  const b = makeArticle('b', 'Headline B\n\n"We will rebuild every bridge by summer," the mayor said.\n', { quotes: [{ text: 'We will rebuild every bridge by summer,', speaker: 'Mayor' }] });
  const c = makeArticle('c', 'Headline C\n\n"Repairs to the crossings should finish before June," she said.\n', { quotes: [{ text: 'Repairs to the crossings should finish before June,', speaker: 'Mayor' }] });
  const corpus = assemble('t', [a, b, c], [['a#q1', 'b#q1', 'c#q1']]);
  const text = (l: { text: string }[]) => l.map((s) => s.text).join('');
  const layout = compareLayout(buildModel(corpus), 'L1', 100, () => undefined, true);
  const all = layout.lines.map(text).join('\n');
  assert.match(all, /by \[-spring-\]\{\+summer\+\},/);
  assert.match(all, /Repairs to the crossings should finish before June, {2}\(reworded: no word diff\)/);
  assert.equal(layout.items.length, 3);
});

test('otherSource: the next source, and in it the version that matches best (quote for quote)', async () => {
  const { makeArticle, assemble } = await import('./fixtures/ui/corpus.ts');
  const q = 'We will rebuild every bridge by spring';
  const a = makeArticle('a', `Report A\n\nThe mayor promised repairs. "${q}," she said.\n`, { quotes: [{ text: q, speaker: 'Mayor' }] });
  const b = makeArticle('b', `Report B\n\nThe mayor promised repairs soon. "${q}," the mayor said.\n`, { quotes: [{ text: q, speaker: 'Mayor' }] });
  const corpus = assemble('t', [a, b], []);
  const rep = (art: typeof a, text: string) => ({ id: `${art.id}#s1`, article: art.id, kind: 'reported' as const, text, start: art.text.indexOf(text), end: art.text.indexOf(text) + text.length, quote: null, speaker: 'Mayor', anonymous: false });
  const ra = rep(a, 'The mayor promised repairs.');
  const rb = rep(b, 'The mayor promised repairs soon.');
  corpus.statements.push(ra, rb);
  const member = (s: { id: string; article: string; start: number; end: number; text: string; quote: string | null }) => ({ statement: s.id, article: s.article, start: s.start, end: s.end, text: s.text, quote: s.quote, speaker: 'Mayor', diff: [] });
  const qa = corpus.statements.find((s) => s.id === 'a#q1')!;
  const qb = corpus.statements.find((s) => s.id === 'b#q1')!;
  // Link order puts b's reported sentence before b's quote.
  const link = { id: 'X', score: 0.8, kind: 'reworded' as const, members: [ra, qa, rb, qb].map(member) };
  assert.equal(otherSource(link, 'a#q1', 1)?.statement, 'b#q1');
  assert.equal(otherSource(link, 'a#s1', 1)?.statement, 'b#s1');
  assert.equal(otherSource(link, 'b#q1', -1)?.statement, 'a#q1');
  assert.equal(otherSource({ ...link, members: [ra, qa].map(member) }, 'a#q1', 1), null, 'one source only');
});

test('withFallback: lazy primary, in-thread search when the worker cannot start or fails', async () => {
  const { withFallback } = await import('../source/ui/searcher.ts');
  const { corpus } = setup();
  const hit = { statement: corpus.statements[0]!, score: 0, matches: [] };
  let made = 0;
  const ok = withFallback(() => (made++, { search: async () => [hit] }), () => ({ search: () => [] }));
  assert.equal(made, 0, 'nothing started before it is needed');
  ok.prepare();
  assert.equal(made, 1);
  assert.deepEqual(await ok.search('x'), [hit]);
  const noStart = withFallback(() => {
    throw new Error('no worker file');
  }, () => ({ search: () => [hit] }));
  assert.deepEqual(await noStart.search('x'), [hit]);
  let closed = false;
  const failing = withFallback(() => ({ search: async () => Promise.reject(new Error('worker died')), close: () => (closed = true) }), () => ({ search: () => [hit] }));
  assert.deepEqual(await failing.search('x'), [hit]);
  assert.equal(closed, true, 'the failed worker is closed');
  assert.deepEqual(await failing.search('y'), [hit], 'and not tried again');
});

test('PartialCorpus: articles in path order as they arrive, each statement once, actors grouped by name', async () => {
  const { PartialCorpus } = await import('../source/ui/partial.ts');
  const { statementsOf } = await import('../source/link/statements.ts');
  const articles = seedCorpus().articles;
  const p = new PartialCorpus('corpus');
  p.add(articles[3]!);
  let c = p.snapshot();
  assert.deepEqual(c.articles.map((a) => a.id), [W]);
  assert.equal(c.links.length, 0);
  p.add(articles[4]!);
  p.add(articles[0]!);
  c = p.snapshot();
  assert.deepEqual(c.articles.map((a) => a.id), [articles[0]!.id, W, X]);
  assert.equal(c.statements.length, [0, 3, 4].reduce((n, i) => n + statementsOf(articles[i]!).length, 0));
  assert.deepEqual([...new Set(c.statements.map((s) => s.article))], [articles[0]!.id, W, X], 'statements in article order');
  // Witkoff is in 003 and 004: one actor, both articles, mentions summed.
  const witkoff = c.actors.filter((a) => a.name === 'Steve Witkoff');
  assert.equal(witkoff.length, 1);
  const his = [0, 3, 4].map((i) => articles[i]!).filter((a) => a.actors.some((x) => x.name === 'Steve Witkoff'));
  assert.ok(his.length >= 2);
  assert.deepEqual(witkoff[0]!.articles.sort(), his.map((a) => a.id));
  assert.equal(witkoff[0]!.mentions, his.reduce((n, a) => n + a.actors.find((x) => x.name === 'Steve Witkoff')!.mentions, 0));
  // The delivered articles are not touched (the final merge rewrites them in place).
  c.articles[0]!.actors[0]!.id = 'changed';
  assert.notEqual(articles[0]!.actors[0]!.id, 'changed');
});

test('reducer swap: a new corpus keeps the selected article, the reader mark and the actor by id, not position', async () => {
  const { PartialCorpus } = await import('../source/ui/partial.ts');
  const { view } = setup();
  const articles = seedCorpus().articles;
  const p = new PartialCorpus('corpus');
  for (const i of [3, 4]) p.add(articles[i]!);
  const before = buildModel(p.snapshot(), { linksPending: true });
  const reduceBefore = makeReducer(before, view);
  let s = initialState(before, { cols: 100, rows: 30 });
  s = reduceBefore(s, { type: 'keys', keys: ['j'] }); // 004, 2nd of 2
  assert.equal((top(s) as { sel: number }).sel, 1);
  s = reduceBefore(s, { type: 'keys', keys: [']'] });
  assert.match(s.flash ?? '', /links are still being computed/);
  s = reduceBefore(s, { type: 'keys', keys: ['enter', 'n', 'n'] }); // reader on 004, second quote
  const mark = (top(s) as { mark: number }).mark;
  assert.equal(top(s).kind, 'reader', JSON.stringify(s.stack));
  const statement = before.marks(X)[mark]!.statement;
  s = reduceBefore(s, { type: 'keys', keys: ['/', 'x'] });
  const seq = (top(s) as { seq: number }).seq;

  // The full corpus: three more articles before 004 in path order, links, merged actors.
  const after = buildModel(seedCorpus());
  s = makeReducer(after, view)(s, { type: 'swap', from: before });
  const search = top(s) as { kind: string; seq: number; refreshing?: boolean };
  assert.equal(search.kind, 'search');
  assert.ok(search.seq > seq && search.refreshing, 'the open query is asked again, quietly');
  const [explorer, reader] = s.stack as unknown as [{ sel: number }, { kind: string; article: string; mark: number }];
  assert.equal(explorer.sel, 4, '004 is now 5th of 5 and still selected');
  assert.equal(reader.article, X);
  assert.equal(after.marks(X)[reader.mark]!.statement, statement, 'the same statement is current');
  s = makeReducer(after, view)(s, { type: 'keys', keys: ['escape', ']'] });
  assert.doesNotMatch(s.flash ?? '', /links are still being computed/);
});

test('reducer: Esc from a search result returns to the results, query and selection kept; / goes back to them too', async () => {
  const { createSearch } = await import('../source/search/index.ts');
  const { reduce, press, start, corpus } = setup();
  const answer = (s: State): State => {
    const t = top(s);
    assert.equal(t.kind, 'search');
    const q = t as Extract<typeof t, { kind: 'search' }>;
    return reduce(s, { type: 'results', seq: q.seq, hits: createSearch(corpus).search(q.query, 100) });
  };
  let s = answer(press(start(), '/', ...'concession'));
  const results = top(s) as Extract<ReturnType<typeof top>, { kind: 'search' }>;
  assert.ok(results.hits.length >= 2);
  s = press(s, 'down', 'enter');
  const reader = top(s);
  assert.equal(reader.kind, 'reader');
  assert.equal((reader as { article: string }).article, results.hits[1]!.statement.article);
  s = press(s, 'escape');
  const back = top(s) as typeof results;
  assert.equal(back.kind, 'search');
  assert.equal(back.query, 'concession');
  assert.equal(back.sel, 1);
  assert.equal(back.hits, results.hits, 'no new search, the same hits');
  assert.equal(back.hitsSeq, back.seq);
  s = press(s, 'escape');
  assert.equal(top(s).kind, 'explorer');
  assert.equal(s.stack.length, 1);
  // `/` from a result's reader goes back to the open search rather than a blank prompt.
  s = answer(press(s, '/', ...'concession'));
  s = press(s, 'enter', 'n', '/');
  assert.equal(top(s).kind, 'search');
  assert.equal((top(s) as typeof results).query, 'concession');
  assert.deepEqual(s.stack.map((x) => x.kind), ['explorer', 'search']);
});

test('reducer: a paste of several lines into the search prompt keeps its words apart', () => {
  const { press, start } = setup();
  const chunk = (text: string) => keyNames(text, k({}));
  let s = press(start(), '/');
  s = press(s, ...chunk('Witkoff\nsaid the\r\n\nconcession\tNATO\x85\u202e!'));
  assert.equal((top(s) as { query: string }).query, 'Witkoff said the concession NATO!');
  // A line break at the end of a chunk is still Enter ("concession⏎" typed ahead).
  s = press(start(), '/', ...chunk('concession\r'));
  const t = top(s) as { kind: string; query: string; enterPending?: boolean };
  assert.equal(t.query, 'concession');
  assert.equal(t.enterPending, true);
  // Outside the prompt a chunk's line breaks are keys as before.
  s = press(start(), ...chunk('j\rj'));
  assert.equal(top(s).kind, 'reader');
});

test('a long query shows its end in the prompt (the cursor stays on screen)', () => {
  const { model, view, press, start } = setup(80, 24);
  const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + ' 漢字END';
  const s = press(start(), '/', ...words);
  const f = buildFrame(model, s, view);
  assert.equal(f.kind, 'full');
  const text = (f as { body: { text: string }[][] }).body[0]!.map((x) => x.text).join('');
  assert.match(text, /^\/ …/, 'the start is cut, not the end');
  assert.match(text, /word59 漢字END█/);
  assert.ok(lineWidth((f as { body: Parameters<typeof lineWidth>[0][] }).body[0]!) <= 80);
  assert.equal(truncateStart('abcdef', 4), '…def');
  assert.equal(truncateStart('ab漢字', 4), '…字');
  assert.equal(truncateStart('abc', 4), 'abc');
});

test('plain summary: columns by display width, long cells cut with …, singular counts', () => {
  const { corpus } = setup();
  const base = corpus.articles[0]!;
  const one = { ...base, id: '漢字記事_01', title: '首脳会談が終了 🎉 Summit ends', quotes: base.quotes.slice(0, 1) };
  const two = { ...corpus.articles[1]!, id: 'plain_02', title: 'T'.repeat(100_000), outlet: 'O'.repeat(500) };
  const out = plainSummary({ ...corpus, articles: [one, two], links: corpus.links.slice(0, 1), skipped: [] });
  const lines = out.split('\n');
  assert.match(lines[0]!, /: 2 articles, \d+ quotes?, 1 cross-source link$/);
  assert.match(lines[1]!, /^漢字記事_01 {2,}\s+1 quote {3}/);
  // "quotes" starts in the same terminal column on both rows.
  const col = (line: string) => cellWidth(line.slice(0, line.search(/\d+ quotes?/)));
  assert.equal(col(lines[1]!), col(lines[2]!));
  assert.ok(cellWidth(lines[2]!) < 200, `a 100,000-character title is cut: ${cellWidth(lines[2]!)} cells`);
  assert.match(lines[2]!, /T…/);
  assert.match(lines[2]!, /\(O+…\)$/);
  assert.match(plainSummary({ ...corpus, articles: [one], links: [], skipped: [] }), /: 1 article, 1 quote, 0 cross-source links/);
  // A five-digit quote count widens its column for every row.
  const many = { ...two, quotes: Array.from({ length: 32130 }, () => base.quotes[0]!) };
  const wide = plainSummary({ ...corpus, articles: [one, many], links: [], skipped: [] }).split('\n');
  const word = (line: string) => cellWidth(line.slice(0, line.indexOf(' quote')));
  assert.equal(word(wide[1]!), word(wide[2]!), 'number columns line up');
});

test('small terminals: the notice shows the size and the minimum; the bar keeps ? help and q quit', async () => {
  const { smallFrame } = await import('../source/ui/frame.ts');
  for (let cols = 20; cols < 60; cols += 3) for (const rows of [5, 6, 9, 14, 40]) {
    const f = smallFrame(cols, rows) as { kind: string; text: string };
    const lines = f.text.split('\n');
    assert.ok(lines.length <= rows - 1, `${cols}x${rows}: ${lines.length} lines`);
    for (const l of lines) assert.ok(cellWidth(l) <= cols - 1, `${cols}x${rows}: ${JSON.stringify(l)}`);
    assert.match(f.text.replace(/\n/g, ' '), new RegExp(`60x15.*\\b${cols}x${rows}\\b`), `${cols}x${rows}`);
  }
  assert.equal((smallFrame(59, 14) as { text: string }).text, 'whosaid: enlarge the terminal to 60x15 (now 59x14)');
  for (const [cols, rows] of [[80, 24], [60, 15], [100, 30]] as const) {
    const { model, view, press, start } = setup(cols, rows);
    const states = [start(), press(start(), 'tab', 'j'), press(start(), 'enter', 'n'), press(start(), '?'), press(start(), 'enter', 'n', 'a')];
    for (const s of states) {
      const f = buildFrame(model, s, view) as { status: { text: string }[] };
      const bar = f.status.map((x) => x.text).join('');
      assert.match(bar, /\? help +q quit$/, `${top(s).kind} at ${cols}x${rows}: ${bar}`);
      assert.ok(cellWidth(bar) <= cols);
    }
  }
});

test('PartialCorpus with file indexes: the list only grows at its end (a gap holds later articles back)', async () => {
  const { PartialCorpus, HOLD_BACK } = await import('../source/ui/partial.ts');
  const articles = seedCorpus().articles;
  const ids = (p: InstanceType<typeof PartialCorpus>) => p.snapshot().articles.map((a) => a.id);
  const p = new PartialCorpus('corpus');
  // Two workers: one on files 0-2, the other already on 3-4.
  p.add(articles[3]!, 3); p.progress(1);
  assert.deepEqual(ids(p), [], '003 waits for 000-002');
  p.add(articles[0]!, 0); p.progress(2);
  p.add(articles[4]!, 4); p.progress(3);
  assert.deepEqual(ids(p), [articles[0]!.id]);
  // File 1 turns out unreadable (a skip fills one gap), then 2 is done: all follow on.
  p.progress(4);
  assert.deepEqual(ids(p), [articles[0]!.id]);
  p.add(articles[2]!, 2); p.progress(5);
  assert.deepEqual(ids(p), [0, 2, 3, 4].map((i) => articles[i]!.id));
  assert.equal(p.snapshot().statements.filter((s) => s.article === articles[3]!.id).length > 0, true);

  // A slow file: past HOLD_BACK articles waiting behind it, everything shows.
  const q = new PartialCorpus('corpus');
  const base = articles[0]!;
  for (let i = 1; i <= HOLD_BACK + 1; i++) q.add({ ...base, id: `x${String(i).padStart(4, '0')}`, path: `x${String(i).padStart(4, '0')}.txt` }, i);
  assert.equal(q.snapshot().articles.length, HOLD_BACK + 1);
  q.add({ ...base, id: 'x0000', path: 'x0000.txt' }, 0);
  assert.equal(q.snapshot().articles[0]!.id, 'x0000', 'the slow one is inserted in its place');
});
