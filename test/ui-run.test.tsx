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
