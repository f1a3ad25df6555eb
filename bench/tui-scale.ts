// The TUI's own cost on a large corpus (no engine): model build, first frame, and a key
// press to its frame, pure (reducer + frame), on N synthetic articles.
//   node --import tsx bench/tui-scale.ts [N]
import { assemble, makeArticle } from '../test/fixtures/ui/corpus.ts';
import { buildModel } from '../source/ui/model.ts';
import { initialState, makeReducer, type State } from '../source/ui/state.ts';
import { buildFrame } from '../source/ui/frame.ts';
import { makeTheme } from '../source/ui/theme.ts';

const N = Number(process.argv[2] ?? 10000);
const speakers = ['Steve Witkoff', 'Donald Trump', 'Marco Rubio', 'Ursula von der Leyen', 'a US official'];
const articles = [];
for (let i = 0; i < N; i++) {
  const sp = speakers[i % speakers.length]!;
  const quote = `We were able to win concession number ${i % 500} on the question of security guarantees for Ukraine`;
  const body = Array.from({ length: 12 }, (_, j) => `Paragraph ${j} of story ${i} reports that talks continued in Berlin and Washington with officials from both sides.`).join('\n\n');
  const text = `Story ${i}: talks on security guarantees continue\n\n${body}\n\n"${quote}," ${sp} said.\n\n"Second remark ${i}," ${sp} added.\n`;
  articles.push(makeArticle(`a${String(i).padStart(5, '0')}`, text, { outlet: `Outlet ${i % 40}`, quotes: [{ text: quote, speaker: sp }, { text: `Second remark ${i}`, speaker: sp }] }));
}
// Every 500th article carries the same quote: links of 20 members.
const groups: string[][] = [];
for (let g = 0; g < 500; g++) {
  const ids = [];
  for (let i = g; i < N; i += 500) ids.push(`a${String(i).padStart(5, '0')}#q1`);
  if (ids.length > 1) groups.push(ids);
}
const corpus = assemble('synthetic', articles, groups);
const bytes = articles.reduce((n, a) => n + a.bytes, 0);

let t = performance.now();
const model = buildModel(corpus);
const tModel = performance.now() - t;
const theme = makeTheme(true);
const view = { color: theme.speakerColor, markers: false };
const reduce = makeReducer(model, view);
t = performance.now();
let s: State = initialState(model, { cols: 120, rows: 40 });
buildFrame(model, s, view);
const tFirst = performance.now() - t;

function perKey(keys: string[], n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    s = reduce(s, { type: 'keys', keys: [keys[i % keys.length]!] });
    buildFrame(model, s, view);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}
const list = perKey(['j', 'j', 'k', 'pagedown'], 400);
s = reduce(s, { type: 'keys', keys: ['G'] });
const end = perKey(['k', 'j'], 100);
s = reduce(s, { type: 'keys', keys: ['enter'] });
const reader = perKey(['j', 'n', 'k'], 300);
s = reduce(s, { type: 'keys', keys: ['n', 'c'] });
const compare = perKey(['j', 'k'], 100);
const med = (xs: number[]) => xs[Math.floor(xs.length / 2)]!.toFixed(2);
const p99 = (xs: number[]) => xs[Math.floor(xs.length * 0.99)]!.toFixed(2);
console.log(`${N} articles, ${(bytes / 1e6).toFixed(1)} MB, ${corpus.statements.length} statements, ${corpus.links.length} links`);
console.log(`model build ${tModel.toFixed(0)} ms; first frame (pure) ${tFirst.toFixed(1)} ms`);
console.log(`key -> frame (pure): explorer median ${med(list)} p99 ${p99(list)} ms; at the end of the list ${med(end)} ms; reader ${med(reader)} p99 ${p99(reader)} ms; compare (20 versions) ${med(compare)} ms`);
