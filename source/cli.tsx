import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import meow from 'meow';
import { analyzeCorpus } from './analyze.ts';
import { toExportCsv, toExportJson } from './export.ts';
import { UserError } from './errors.ts';
import { createSearch, createSearchWorker } from './search/index.ts';
import { withFallback } from './ui/searcher.ts';
import { resolveArticle, resolveSpeaker, type Resolved } from './ui/resolve.ts';
import { plainSummary } from './ui/summary.ts';
import { colourWanted } from './ui/theme.ts';
import { oneLine } from './ui/sanitize.ts';
import type { Corpus } from './types.ts';

const HELP = `
  Usage
    $ whosaid [DIR]                     explore the articles in DIR (default: the bundled corpus)
    $ whosaid export [DIR] [--format json|csv]

  Options
    --article <id | file name | words of a title>
                 open that article in the reader
    --search <query>
                 start with that search open (fuzzy; 'exact ^prefix suffix$ !not a | b)
    --speaker <name>
                 start on every statement of that actor or speaker
    --no-color   no colours (also when NO_COLOR is set)
    --no-cache   analyse every file again (the cache is in $XDG_CACHE_HOME/whosaid)
    --format     export format: json (default) or csv
    --version    print the version
    --help       print this help

  Keys
    ? in the explorer lists every key; q quits.

  Examples
    $ whosaid ~/stories/ceasefire
    $ whosaid corpus --article 003_1ab33e03965e3d5e
    $ whosaid corpus --article "security guarantee"
    $ whosaid corpus --search "concession"
    $ whosaid corpus --speaker Witkoff
    $ whosaid export corpus --format csv > quotes.csv
`;

const FLAGS = {
  format: { type: 'string', default: 'json' },
  article: { type: 'string' },
  search: { type: 'string' },
  speaker: { type: 'string' },
  color: { type: 'boolean', default: true },
  cache: { type: 'boolean', default: true },
} as const;
const KNOWN_FLAGS = new Set([...Object.keys(FLAGS), 'help', 'version']);

/** The command line, checked: every mistake is one line and exit status 2, never a stack trace. */
function parseArgs() {
  let cli;
  try {
    cli = meow(HELP, { importMeta: import.meta, flags: FLAGS, allowUnknownFlags: true });
  } catch (error) {
    throw new UserError(`whosaid: ${oneLine(error instanceof Error ? error.message : String(error))}; see whosaid --help`);
  }
  const unknown = Object.keys(cli.unnormalizedFlags).filter((k) => !KNOWN_FLAGS.has(k) && !KNOWN_FLAGS.has(k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())));
  if (unknown.length) throw new UserError(`whosaid: unknown option ${unknown.map((k) => (k.length === 1 ? `-${k}` : `--${k}`)).map(oneLine).join(', ')}; see whosaid --help`);
  const argv = process.argv.slice(2);
  for (const name of ['format', 'article', 'search', 'speaker'] as const) {
    const value = cli.flags[name];
    const at = argv.indexOf(`--${name}`);
    const bare = at >= 0 && (at === argv.length - 1 || argv[at + 1]!.startsWith('--'));
    if (bare || (value !== undefined && value.trim() === '')) throw new UserError(`whosaid: --${name} needs a value; see whosaid --help`);
  }
  const format = cli.flags.format.toLowerCase();
  if (format !== 'json' && format !== 'csv') throw new UserError(`whosaid: --format must be json or csv (got "${oneLine(cli.flags.format)}")`);
  return { input: cli.input, flags: { ...cli.flags, format } };
}

/** The corpus shipped next to dist/ (and next to source/ when run with tsx). */
const BUNDLED = fileURLToPath(new URL('../corpus', import.meta.url));

function pick<T>(what: string, query: string, found: Resolved<T>): T {
  if ('ok' in found) return found.ok;
  if ('none' in found) throw new UserError(`whosaid: no ${what} matches "${oneLine(query)}"`);
  const list = found.many.map((m) => `  ${oneLine(m.id)}  ${oneLine(m.label)}`).join('\n');
  throw new UserError(`whosaid: ${found.many.length} ${what}s match "${oneLine(query)}"; be more specific:\n${list}`);
}

/** A one-line progress bar on stderr for `export` in a terminal, cleared when done. */
function stderrProgress(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : 0;
    const line = `whosaid: analysing ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total} files`;
    process.stderr.write(done >= total && total > 0 ? '\r\x1b[2K' : `\r${line}`);
  };
}

/** Warnings name files, and file names are untrusted text: one clean line each. */
const warn = (message: string): void => { process.stderr.write(`${oneLine(message)}\n`); };

async function main(): Promise<void> {
  const cli = parseArgs();
  const [first, ...rest] = cli.input;
  if (first === 'export') {
    if (rest.length > 1) throw new UserError(`whosaid: export takes one folder (got ${rest.length}); see whosaid --help`);
    // `whosaid export | head`: a reader that stops early is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    const dir = rest[0] ?? BUNDLED;
    const corpus = await analyzeCorpus(dir, {
      cache: cli.flags.cache,
      onWarning: warn,
      onProgress: process.stderr.isTTY ? stderrProgress() : undefined,
    });
    const out = cli.flags.format === 'csv' ? toExportCsv(corpus) : toExportJson(corpus);
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return;
  }
  if (rest.length) throw new UserError(`whosaid: one folder at a time (got ${cli.input.length}); see whosaid --help`);
  const dir = first ?? BUNDLED;
  const interactive = !!process.stdout.isTTY;
  // Without a terminal to read keys from, the explorer cannot run: fail before the work.
  if (interactive && !process.stdin.isTTY) {
    throw new UserError('whosaid: stdin is not a terminal; to use whosaid in a pipeline run `whosaid export [DIR]`');
  }
  const { article, search, speaker } = cli.flags;
  const resolve = (corpus: Corpus) => ({
    article: article !== undefined ? pick('article', article, resolveArticle(corpus, article)) : undefined,
    speaker: speaker !== undefined ? pick('speaker', speaker, resolveSpeaker(corpus, speaker)) : undefined,
  });
  if (!interactive) {
    const corpus = await analyzeCorpus(dir, { cache: cli.flags.cache, onWarning: warn });
    resolve(corpus);
    process.stdout.write(plainSummary(corpus));
    return;
  }
  // A missing folder is reported before the screen is taken over.
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UserError(`whosaid: no such folder: ${oneLine(dir)}`);
  // Ink renders only the last frame when it thinks it runs under CI; an interactive terminal
  // wants every frame whatever the environment says (ink reads this when it loads, just below).
  process.env.CI = 'false';
  const { runTui } = await import('./ui/run.tsx');
  // The explorer's first frame comes at once; the corpus is analysed behind a progress line.
  // Skipped files are reported once the terminal is back (stderr would tear the screen).
  let loaded = false;
  const warnings: string[] = [];
  const flushWarnings = () => { for (const w of warnings) warn(w); };
  const status = await runTui(
    async (progress, onArticle) => {
      // Articles are shown as they are done, unless the explorer is to start on one article
      // or speaker: that needs the whole corpus to resolve.
      const partial = article === undefined && speaker === undefined;
      const corpus = await analyzeCorpus(dir, { onProgress: progress, onArticle: partial ? onArticle : undefined, cache: cli.flags.cache, onWarning: (m) => warnings.push(m) });
      const start = resolve(corpus);
      loaded = true;
      // Search runs on a worker thread so typing never waits for it; in-thread if that fails.
      return { corpus, ...start, searcher: withFallback(() => createSearchWorker(corpus), () => createSearch(corpus)) };
    },
    { color: colourWanted(process.env, cli.flags.color), search, label: dir === BUNDLED ? 'corpus' : dir },
  );
  flushWarnings();
  // Quit while the analysis was still running: nothing left worth waiting for.
  if (!loaded) process.exit(status);
  process.exitCode = status;
}

main().catch((error: unknown) => {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message.split('\n').map(oneLine).join('\n')}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`whosaid: internal error: ${oneLine(message)}\n`);
  process.exitCode = 1;
});
