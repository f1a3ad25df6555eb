// runTui's terminal edge, in-process with fake TTY streams: the alternate screen is
// entered before the first frame and left on quitting and on a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type * as Run from '../source/ui/run.tsx';

// Ink shows only the final frame under CI=true and reads that when it loads: load it live, as
// the CLI does for an interactive terminal.
process.env.CI = 'false';
const { runTui, ENTER_ALT, LEAVE_ALT } = (await import('../source/ui/run.tsx')) as typeof Run;
import { createSearch } from '../source/search/index.ts';
import { seedCorpus } from './fixtures/ui/corpus.ts';
import type { Corpus } from '../source/types.ts';
import type { Loader } from '../source/ui/root.tsx';
import { UserError } from '../source/errors.ts';

class FakeOut extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 30;
  written = '';
  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }
}

class FakeIn extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  setRawMode(): this {
    return this;
  }
  setEncoding(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const d = this.data;
    this.data = null;
    return d;
  };
  send(d: string): void {
    this.data = d;
    this.emit('readable');
  }
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function session(corpus: Corpus | Loader, keys: string[]): Promise<{ out: string; result: number | Error }> {
  const stdout = new FakeOut();
  const stdin = new FakeIn();
  const running = runTui(corpus, {
    searcher: typeof corpus === 'function' ? undefined : createSearch(corpus),
    color: false,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
  }).catch((e: Error) => e);
  await wait(50);
  for (const k of keys) {
    stdin.send(k);
    await wait(30);
  }
  const result = await Promise.race([running, wait(3000).then(() => new Error('did not exit'))]);
  return { out: stdout.written, result };
}

test('q: alternate screen entered first, left last, cursor shown again, status 0', async () => {
  const { out, result } = await session(seedCorpus(), ['j', 'q']);
  assert.equal(result, 0);
  assert.ok(out.startsWith(ENTER_ALT), 'alternate screen before the first frame');
  assert.ok(out.endsWith(LEAVE_ALT), 'main screen restored last');
  assert.match(out, /whosaid · corpus · 2\/5/);
});

test('a crash while rendering still restores the terminal', async () => {
  const corpus = seedCorpus();
  // Opening this article throws inside the reader layout.
  Object.defineProperty(corpus.articles[0]!, 'blocks', {
    get() {
      throw new Error('boom');
    },
  });
  const { out, result } = await session(corpus, ['\r']);
  assert.ok(result instanceof Error, 'runTui rejects');
  assert.match(String(result), /boom/);
  assert.ok(out.endsWith(LEAVE_ALT), 'main screen restored');
});

test('styleLevel: colours unless NO_COLOR/--no-color, styles on any real terminal, nothing on dumb ones', async () => {
  const { styleLevel } = await import('../source/ui/run.tsx');
  assert.equal(styleLevel({ TERM: 'xterm-256color', CI: 'false' }, true, 0), 2, 'a CI variable does not switch colour off');
  assert.equal(styleLevel({ TERM: 'xterm', COLORTERM: 'truecolor' }, true, 0), 3);
  assert.equal(styleLevel({ TERM: 'xterm' }, true, 0), 1);
  assert.equal(styleLevel({ TERM: 'xterm-256color' }, false, 3), 1, 'no colour: bold/underline/inverse only');
  assert.equal(styleLevel({ TERM: 'dumb' }, true, 3), 0);
});

/** A loader that takes `ms` to analyse, reporting progress like analyzeCorpus. */
function slowLoader(ms: number, fail?: Error): Loader {
  return async (progress) => {
    const corpus = seedCorpus();
    for (let i = 0; i <= 5; i++) {
      progress(i, 5);
      await wait(ms / 5);
    }
    if (fail) throw fail;
    return { corpus, searcher: createSearch(corpus) };
  };
}

test('loader: a progress frame at once, keys typed meanwhile replayed in order, q quits while loading', async () => {
  const stdout = new FakeOut();
  const stdin = new FakeIn();
  const running = runTui(slowLoader(200), { color: false, label: 'corpus', stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream });
  await wait(30);
  assert.match(stdout.written, /Analysing the articles… (listing files…|\d\/5 files)/);
  assert.doesNotMatch(stdout.written, /whosaid · corpus · 1\/5/, 'the explorer is not up yet');
  for (const k of ['G', 'k', 'k']) {
    stdin.send(k);
    await wait(10);
  }
  await wait(400);
  assert.match(stdout.written, /whosaid · corpus · 3\/5/);
  stdin.send('q');
  assert.equal(await running, 0);
  const quitEarly = await session(slowLoader(2000), ['q']);
  assert.equal(quitEarly.result, 0);
  assert.ok(quitEarly.out.endsWith(LEAVE_ALT));
});

test('loader: a user error (bad --article) restores the terminal, then rejects with it', async () => {
  const { out, result } = await session(slowLoader(50, new UserError('whosaid: no article matches "zebra"')), []);
  assert.ok(result instanceof UserError);
  assert.ok(out.endsWith(LEAVE_ALT));
});

/** Polls what was written since `from` until it matches, or fails with the tail of it. */
async function until(out: FakeOut, re: RegExp, from = 0, ms = 4000): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const seen = out.written.slice(from);
    if (re.test(seen)) return seen;
    await wait(20);
  }
  if (process.env.DUMP) (await import("node:fs")).writeFileSync(process.env.DUMP, out.written);
  assert.fail(`never matched ${re}:\n${out.written.slice(-3000)}`);
}

/**
 * A loader like analyzeCorpus on a cold cache: articles done one by one, out of path order,
 * each handed over as it is done, then the full corpus with its links once `release` is called.
 */
function trickleLoader(order: number[]): { load: Loader; deliver(n: number): void; release(): void } {
  const articles = seedCorpus().articles;
  let progress: (done: number, total: number) => void = () => {};
  let onArticle: (a: (typeof articles)[number]) => void = () => {};
  let done = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((r) => (finish = r));
  return {
    load: async (p, a) => {
      progress = p;
      onArticle = a;
      p(0, articles.length);
      await finished;
      const corpus = seedCorpus();
      return { corpus, searcher: createSearch(corpus) };
    },
    deliver(n) {
      for (let i = 0; i < n && done < order.length; i++) {
        onArticle(articles[order[done]!]!);
        progress(++done, articles.length);
      }
    },
    release: () => finish(),
  };
}

test('cold analysis: the explorer opens on the articles done, grows, searches them, and keeps its place on the final swap', async () => {
  const stdout = new FakeOut();
  const stdin = new FakeIn();
  // Done in this order: 003, then 000 and 004, then 001 and 002.
  const loader = trickleLoader([3, 0, 4, 1, 2]);
  const running = runTui(loader.load, { color: false, label: 'corpus', stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream });
  try {
    await scenario(stdout, stdin, loader);
  } finally {
    // Never leave the TUI running after a failed assertion.
    loader.deliver(5);
    loader.release();
    stdin.send('q');
  }
  assert.equal(await running, 0);
  assert.ok(stdout.written.endsWith(LEAVE_ALT));
});

async function scenario(stdout: FakeOut, stdin: FakeIn, loader: ReturnType<typeof trickleLoader>): Promise<void> {
  await until(stdout, /Analysing the articles… 0\/5 files/);

  // One article done: the explorer is up on it, with the progress in the header.
  loader.deliver(1);
  let seen = await until(stdout, /whosaid · corpus · 1\/1/);
  assert.match(seen, /analysing 1\/5 · 1 article · /);
  assert.match(seen, /Vladimir Putin has agreed/);

  // Two more, one before it in path order: the list grows, the selection stays on 003.
  let mark = stdout.written.length;
  loader.deliver(2);
  seen = await until(stdout, /whosaid · corpus · 2\/3/, mark);
  assert.match(seen, /analysing 3\/5/);
  assert.match(seen, /▶ Vladimir Putin has agreed/);

  // Keys work while the analysis runs; cross-source keys wait for the links.
  mark = stdout.written.length;
  stdin.send('j');
  seen = await until(stdout, /whosaid · corpus · 3\/3/, mark);
  assert.match(seen, /▶ Trump hints at/);
  mark = stdout.written.length;
  stdin.send('\t');
  await wait(30);
  stdin.send(']');
  await until(stdout, /links are still being computed/, mark);

  // Search covers what is done: 003 and 004 carry the concession, 002 is not done yet.
  mark = stdout.written.length;
  stdin.send('/');
  await wait(30);
  stdin.send('concession');
  seen = await until(stdout, /\/ concession.*2 results/, mark);
  assert.match(seen, /We were able to win the following concession/);
  stdin.send('\x15'); // Ctrl-U
  await wait(30);
  mark = stdout.written.length;
  stdin.send("'closer than ever");
  await until(stdout, /no statement matches/, mark);

  // The rest is done and the full corpus swapped in: the open search is asked again and
  // now finds 002; the explorer below it kept its selection (004), now 5th of 5, with links.
  mark = stdout.written.length;
  loader.deliver(2);
  loader.release();
  seen = await until(stdout, /[1-9]\d* results?[^]*Korea Economic Daily/, mark);
  assert.match(seen, /5 articles · \d+ statements · 5 links/);
  mark = stdout.written.length;
  stdin.send('\x1b');
  seen = await until(stdout, /whosaid · corpus · 5\/5/, mark);
  assert.match(seen, /▶ Trump hints at/);
  assert.doesNotMatch(seen, /analysing/);
  // The detail pane focus survived too, and ] now consults the links: the last quote
  // (Rubio's) is carried by no other source.
  mark = stdout.written.length;
  stdin.send('G');
  await wait(30);
  stdin.send(']');
  seen = await until(stdout, /no other source carries this statement/, mark);
  assert.doesNotMatch(seen, /links are still being computed/);
}

test('cold analysis with file indexes: keys typed blind on the progress line land on the rows of the full list', async () => {
  const stdout = new FakeOut();
  const stdin = new FakeIn();
  const articles = seedCorpus().articles;
  let onArticle: (a: (typeof articles)[number], index?: number) => void = () => {};
  let progress: (done: number, total: number) => void = () => {};
  let finish: () => void = () => {};
  const finished = new Promise<void>((r) => (finish = r));
  const load: Loader = async (p, a) => {
    progress = p;
    onArticle = a;
    p(0, articles.length);
    await finished;
    const corpus = seedCorpus();
    return { corpus, searcher: createSearch(corpus) };
  };
  const running = runTui(load, { color: false, label: 'corpus', stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream });
  let done = 0;
  const deliver = (...indexes: number[]) => { for (const i of indexes) { onArticle(articles[i]!, i); progress(++done, articles.length); } };
  try {
    await until(stdout, /Analysing the articles… 0\/5 files/);
    // A second worker finishes 003 and 004 first; the user types j j Enter before any list shows.
    deliver(3, 4, 0);
    stdin.send('j'); await wait(20); stdin.send('j'); await wait(20); stdin.send('\r');
    await wait(400);
    assert.doesNotMatch(stdout.written, /whosaid · corpus · \d/, 'no list yet: 000 alone is shorter than the keys typed');
    const mark = stdout.written.length;
    deliver(1, 2);
    const seen = await until(stdout, /lines 1-/, mark);
    assert.ok(seen.includes(oneLineTitle(articles[2]!.title)), 'the third file in path order is open');
  } finally {
    finish();
    await wait(50);
    stdin.send('q');
  }
  assert.equal(await running, 0);
});

const oneLineTitle = (t: string): string => t.replace(/\s+/g, ' ').slice(0, 20);
