// The terminal edge: alternate screen in, and out again on every exit path (q, Ctrl-C,
// SIGTERM, SIGHUP, an uncaught error), so the shell is left exactly as it was.
import React from 'react';
import { render } from 'ink';
import chalk from 'chalk';
import type { Corpus } from '../types.ts';
import type { Searcher } from './app.tsx';
import type { SpeakerKey } from './model.ts';
import { Root, type Loader } from './root.tsx';
import { makeTheme } from './theme.ts';

export const ENTER_ALT = '\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l';
export const LEAVE_ALT = '\x1b[?25h\x1b[?1049l';

export interface RunOptions {
  /** Needed when runTui is given a ready corpus; a loader brings its own. */
  searcher?: Searcher;
  color: boolean;
  /** What the loading screen says it is analysing. */
  label?: string;
  article?: string;
  search?: string;
  speaker?: SpeakerKey;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

/**
 * Styles Ink may emit. Ink's chalk turns everything off when any CI variable is set (even
 * CI=false) or --no-color is given; whosaid decides itself: colours unless NO_COLOR or
 * --no-color (the theme then uses none), and bold/underline/inverse on any real terminal.
 */
export function styleLevel(env: NodeJS.ProcessEnv, color: boolean, current: number): 0 | 1 | 2 | 3 {
  if (env.TERM === 'dumb') return 0;
  if (!color) return 1;
  if (current > 1) return current as 2 | 3;
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

/**
 * Run the explorer until the user quits; resolves with the exit status. Given a loader,
 * the first frame comes at once and shows progress until the corpus is ready; a loader
 * error (a UserError for a bad --article) rejects after the terminal is restored.
 */
export async function runTui(source: Corpus | Loader, options: RunOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  let searcher: Searcher | undefined = options.searcher;
  const load: Loader =
    typeof source === 'function'
      ? async (progress, onArticle) => {
          const loaded = await source(progress, onArticle);
          searcher = loaded.searcher;
          return loaded;
        }
      : async () => ({ corpus: source, searcher: options.searcher!, article: options.article, speaker: options.speaker });
  if (options.stdout === undefined) chalk.level = styleLevel(process.env, options.color, chalk.level);
  const theme = makeTheme(options.color);

  let restored = false;
  let instance: ReturnType<typeof render> | null = null;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    try {
      instance?.unmount();
    } catch {
      // already unmounted
    }
    stdout.write(LEAVE_ALT);
  };
  const onSignal = (signal: NodeJS.Signals, code: number) => () => {
    restore();
    process.exit(code);
  };
  const onFatal = (error: unknown): void => {
    restore();
    process.stderr.write(`whosaid: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const handlers: [string, (...args: any[]) => void][] = [
    ['SIGTERM', onSignal('SIGTERM', 143)],
    ['SIGHUP', onSignal('SIGHUP', 129)],
    ['SIGINT', onSignal('SIGINT', 130)],
    ['uncaughtException', onFatal],
    ['unhandledRejection', onFatal],
    ['exit', restore],
  ];
  for (const [event, handler] of handlers) process.on(event as 'exit', handler);

  stdout.write(ENTER_ALT);
  try {
    instance = render(<Root load={load} label={options.label ?? (typeof source === 'function' ? '' : source.root)} theme={theme} search={options.search} />, {
      stdout,
      stdin,
      exitOnCtrlC: false,
      patchConsole: true,
      maxFps: 120,
    });
    // Build the search index once the explorer is up (or at the first search).
    const prepare = setInterval(() => {
      if (!searcher) return;
      searcher.prepare?.();
      clearInterval(prepare);
    }, 300);
    prepare.unref();
    try {
      await instance.waitUntilExit();
    } finally {
      clearInterval(prepare);
    }
    return 0;
  } finally {
    restore();
    await Promise.resolve(searcher?.close?.()).catch(() => undefined);
    for (const [event, handler] of handlers) process.off(event as 'exit', handler);
  }
}
