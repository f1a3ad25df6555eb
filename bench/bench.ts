// The whosaid benchmark: cold analysis, warm start, link scaling and search per keystroke
// over a synthetic corpus.
//
//   npm run bench -- [--articles 1000] [--seed 1] [--json] [--workers N] [--skip-search]
//
// The corpus is generated once into the cache folder (whosaid/bench/) and reused. Each
// phase runs in its own child process so its peak RSS (resourceUsage().maxRSS) is its own:
//   cold   - empty analysis cache: read, clean, extract (workers), merge, statements, links
//   warm   - same corpus again, every article from the cache, to a usable Corpus
//   big    - one 1 MB and one 4 MB article file, analysed on one thread (linear in size?)
//   search - createSearch over >= 100,000 statements (replicated if the corpus has fewer),
//            typed one keystroke at a time, against fuse.js with default options
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { analyzeCorpus, type AnalyzeTimings } from '../source/analyze.ts';
import { cacheRoot } from '../source/cache/store.ts';
import { ENGINE_VERSION } from '../source/cache/version.ts';
import { linkStatements } from '../source/link/links.ts';
import { createSearch } from '../source/search/index.ts';
import type { Statement } from '../source/types.ts';
import { GENERATOR_VERSION, rngFrom, writeCorpus } from './generate.ts';

const SELF = fileURLToPath(import.meta.url);

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

const maxRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const secs = (ms: number | undefined): number => Math.round((ms ?? 0)) / 1000;

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const median = (xs: number[]): number => quantile(xs, 0.5);
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/** Generates the corpus into the cache folder once; later runs reuse it. */
export function benchCorpus(articles: number, seed: number): { dir: string; generated: boolean } {
  const root = path.join(cacheRoot(), 'bench');
  const dir = path.join(root, `corpus-${articles}-s${seed}-g${GENERATOR_VERSION}`);
  if (existsSync(path.join(dir, '.complete'))) return { dir, generated: false };
  mkdirSync(root, { recursive: true });
  const tmp = mkdtempSync(path.join(root, '.tmp-'));
  writeCorpus(tmp, { articles, seed });
  writeFileSync(path.join(tmp, '.complete'), new Date().toISOString());
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir); // atomic: a half-written corpus is never reused
  return { dir, generated: true };
}

// ---------- phases (each runs in a child process) ----------

async function phaseAnalyze(dir: string, cacheDir: string, workers: number | undefined): Promise<Record<string, unknown>> {
  const timings: AnalyzeTimings = {};
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const corpus = await analyzeCorpus(dir, { cacheDir, workers, timings });
  const seconds = (performance.now() - t0) / 1000;
  // CPU time of all threads (user + system): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const bytes = corpus.articles.reduce((n, a) => n + a.bytes, 0);
  const out: Record<string, unknown> = {
    seconds, cpuSeconds, bytes, articles: corpus.articles.length, statements: corpus.statements.length,
    links: corpus.links.length, actors: corpus.actors.length, quotes: corpus.articles.reduce((n, a) => n + a.quotes.length, 0),
    skipped: corpus.skipped.length, timings,
  };
  return out;
}

/** linkStatements over the statements of growing prefixes of the corpus (10 %, 30 %, 100 %). */
async function phaseLinkScaling(dir: string, cacheDir: string): Promise<Record<string, unknown>> {
  const corpus = await analyzeCorpus(dir, { cacheDir });
  const rows = [];
  for (const share of [0.1, 0.3, 1]) {
    const n = Math.max(1, Math.round(corpus.articles.length * share));
    const ids = new Set(corpus.articles.slice(0, n).map((a) => a.id));
    const statements = corpus.statements.filter((s) => ids.has(s.article));
    const t0 = performance.now();
    const links = linkStatements(statements);
    rows.push({ articles: n, statements: statements.length, links: links.length, seconds: (performance.now() - t0) / 1000 });
  }
  return { rows };
}

/**
 * One article file of 1 MB and of 4 MB (generated articles run together): the loader takes
 * files up to 5 MB, and nothing per article may grow faster than its length.
 */
async function phaseBigFile(dir: string): Promise<Record<string, unknown>> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const rows = [];
  for (const mb of [1, 4]) {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < mb * 1e6; i++) {
      const text = readFileSync(path.join(dir, files[i % files.length]!), 'utf8');
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-big-'));
    try {
      writeFileSync(path.join(tmp, 'big.txt'), parts.join('\n\n'));
      const t0 = performance.now();
      const corpus = await analyzeCorpus(tmp, { cache: false, workers: 0 });
      rows.push({ megabytes: round(size / 1e6), seconds: (performance.now() - t0) / 1000, quotes: corpus.articles[0]?.quotes.length ?? 0 });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { rows };
}

/** Keystroke sequences: a query typed one character at a time. */
function queriesFrom(statements: Statement[], seed: number): { kind: string; query: string }[] {
  const r = rngFrom(seed);
  const texts = statements.filter((s) => s.text.length > 40);
  const pickText = (): string => (texts.length ? texts[Math.floor(r() * texts.length)]!.text : 'the water supply is safe');
  const wordsOf = (t: string): string[] => t.split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 0);
  const out: { kind: string; query: string }[] = [];
  for (let round = 0; round < 2; round++) {
    for (const len of [2, 4, 8, 16]) {
      // Start at a word boundary, as a user types from the start of a word.
      const t = pickText();
      const starts = [...t.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index!).filter((i) => i + len <= t.length);
      const at = starts.length ? starts[Math.floor(r() * starts.length)]! : 0;
      out.push({ kind: `${len} chars`, query: t.slice(at, at + len).toLowerCase() });
    }
    const long = wordsOf(pickText()).filter((w) => w.length >= 6);
    const w = long.length ? long[Math.floor(r() * long.length)]! : 'shortage';
    const i = 1 + Math.floor(r() * (w.length - 3));
    out.push({ kind: 'typo', query: (w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)).toLowerCase() });
    const ws = wordsOf(pickText()).filter((x) => x.length >= 4);
    const j = Math.floor(r() * Math.max(1, ws.length - 1));
    out.push({ kind: 'multi-word', query: `${ws[j] ?? 'water'} ${ws[j + 1] ?? 'supply'}`.toLowerCase() });
  }
  return out;
}

async function phaseSearch(dir: string, cacheDir: string, minStatements: number): Promise<Record<string, unknown>> {
  const corpus = await analyzeCorpus(dir, { cacheDir });
  const base = corpus.statements;
  const statements: Statement[] = [...base];
  // Replicate (with fresh ids) until there are enough statements to search.
  for (let k = 1; base.length && statements.length < minStatements; k++) {
    for (const s of base) statements.push({ ...s, id: `${s.id}~${k}` });
  }
  const big = { ...corpus, statements };
  let t0 = performance.now();
  const search = createSearch(big);
  const indexSeconds = (performance.now() - t0) / 1000;
  const queries = queriesFrom(base, 7);
  const keystrokes = (q: string): string[] => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

  const ours: number[] = [];
  const byKind: Record<string, number[]> = {};
  search.search('wa'); // warm-up (JIT), not timed
  for (const { kind, query } of queries) {
    for (const ks of keystrokes(query)) {
      t0 = performance.now();
      search.search(ks);
      const ms = performance.now() - t0;
      ours.push(ms);
      (byKind[kind] ??= []).push(ms);
    }
  }
  // Baseline: fuse.js with default options over the same statements and keystrokes.
  t0 = performance.now();
  const fuse = new Fuse(statements, { keys: ['text', 'speaker'] });
  const baselineIndexSeconds = (performance.now() - t0) / 1000;
  const theirs: number[] = [];
  fuse.search('wa', { limit: 50 });
  const budget = performance.now() + 120_000; // fuse.js is slow at this size; bound the phase
  for (const { query } of queries) {
    for (const ks of keystrokes(query)) {
      if (performance.now() > budget) break;
      t0 = performance.now();
      fuse.search(ks, { limit: 50 });
      theirs.push(performance.now() - t0);
    }
  }
  return {
    statements: statements.length, corpusStatements: base.length, indexSeconds, baselineIndexSeconds,
    keystrokes: ours.length, baselineKeystrokes: theirs.length,
    medianMs: median(ours), p95Ms: quantile(ours, 0.95), maxMs: Math.max(...ours),
    baselineMedianMs: median(theirs), baselineP95Ms: quantile(theirs, 0.95),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { medianMs: round(median(v)), p95Ms: round(quantile(v, 0.95)) }])),
    queries: queries.map((q) => q.query),
  };
}

async function runPhase(argv: string[]): Promise<void> {
  const phase = arg(argv, 'phase')!;
  const dir = arg(argv, 'dir')!;
  const cacheDir = arg(argv, 'cache-dir')!;
  const w = arg(argv, 'workers');
  const workers = w === undefined ? undefined : Number(w);
  let out: Record<string, unknown>;
  if (phase === 'cold' || phase === 'warm') out = await phaseAnalyze(dir, cacheDir, workers);
  else if (phase === 'link') out = await phaseLinkScaling(dir, cacheDir);
  else if (phase === 'big') out = await phaseBigFile(dir);
  else if (phase === 'search') out = await phaseSearch(dir, cacheDir, Number(arg(argv, 'min-statements') ?? 100_000));
  else throw new Error(`unknown phase ${phase}`);
  out.peakRssMB = maxRssMB();
  process.stdout.write(`\n${JSON.stringify(out)}\n`);
}

function child(phase: string, extra: string[]): Record<string, unknown> {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--phase', phase, ...extra], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`bench phase ${phase} failed (exit ${res.status})`);
  const last = res.stdout.trim().split('\n').pop() ?? '{}';
  return { ...(JSON.parse(last) as Record<string, unknown>), processSeconds: (performance.now() - t0) / 1000 };
}

async function main(argv: string[]): Promise<void> {
  if (arg(argv, 'phase')) return runPhase(argv);
  const articles = Number(arg(argv, 'articles') ?? 1000);
  const seed = Number(arg(argv, 'seed') ?? 1);
  const json = argv.includes('--json');
  const log = (s: string): void => {
    process.stderr.write(`${s}\n`);
  };
  let t0 = performance.now();
  const { dir, generated } = benchCorpus(articles, seed);
  log(`${generated ? 'generated' : 'reusing'} ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-cache-'));
  // Other people edit the engine while this runs; pin the version so warm reads what cold wrote.
  process.env.WHOSAID_ENGINE_VERSION = `${ENGINE_VERSION}-bench`;
  const common = ['--dir', dir, '--cache-dir', cacheDir, ...(arg(argv, 'workers') ? ['--workers', arg(argv, 'workers')!] : [])];
  try {
    log('cold analysis...');
    const cold = child('cold', common);
    log('warm start...');
    const warm = child('warm', common);
    log('link scaling...');
    const link = child('link', common);
    log('one big file...');
    const big = child('big', common);
    let search: Record<string, unknown> | null = null;
    if (!argv.includes('--skip-search')) {
      log('search...');
      search = child('search', common);
    }
    t0 = performance.now();
    const ct = cold.timings as AnalyzeTimings;
    const mb = (cold.bytes as number) / 1e6;
    const coldSeconds = cold.seconds as number;
    const result = {
      engineVersion: ENGINE_VERSION,
      articles: cold.articles,
      megabytes: round(mb),
      cores: os.availableParallelism(),
      workers: ct.workersUsed,
      coldSeconds: round(coldSeconds),
      coldCpuSeconds: round(cold.cpuSeconds as number),
      mbPerSecond: round(mb / coldSeconds),
      cold: {
        loadSeconds: secs(ct.load), analyzeSeconds: secs(ct.analyze), mergeSeconds: secs(ct.merge),
        statementsSeconds: secs(ct.statements), linkSeconds: secs(ct.link), similaritySeconds: secs(ct.similarity),
        // similarity runs on a worker beside merge/statements/link at this size; this is what the main thread waited for it.
        similarityWaitSeconds: secs(ct.similarityWait),
        cacheWriteSeconds: secs(ct.cacheWrite),
        // Extraction (workers) against everything else: listing/reading/hashing, cross-article work, cache writes.
        extractionSeconds: secs(ct.analyze), otherSeconds: round(coldSeconds - (ct.analyze ?? 0) / 1000),
        processSeconds: round(cold.processSeconds as number), peakRssMB: cold.peakRssMB,
        quotes: cold.quotes, statements: cold.statements, links: cold.links, actors: cold.actors, skipped: cold.skipped,
      },
      warmStartSeconds: round(warm.seconds as number),
      warmStartCpuSeconds: round(warm.cpuSeconds as number),
      warm: {
        cacheHits: (warm.timings as AnalyzeTimings).cacheHits, corpusCacheHit: (warm.timings as AnalyzeTimings).corpusCacheHit,
        // load = list, read and hash the files, then the corpus snapshot (or per-article entries);
        // analyze = files the cache did not have (0 when warm).
        loadSeconds: secs((warm.timings as AnalyzeTimings).load), analyzeSeconds: secs((warm.timings as AnalyzeTimings).analyze),
        processSeconds: round(warm.processSeconds as number), peakRssMB: warm.peakRssMB,
      },
      linkSeconds: secs(ct.link),
      linkScaling: (link.rows as { articles: number; statements: number; links: number; seconds: number }[]).map((r) => ({ ...r, seconds: round(r.seconds, 3) })),
      bigFile: (big.rows as { megabytes: number; seconds: number; quotes: number }[]).map((r) => ({ ...r, seconds: round(r.seconds, 2), mbPerSecond: round(r.megabytes / r.seconds) })),
      peakRssMB: Math.max(...[cold, warm, link, search].filter((x) => x).map((x) => x!.peakRssMB as number)),
      search: search && {
        statements: search.statements, corpusStatements: search.corpusStatements,
        medianMs: round(search.medianMs as number), p95Ms: round(search.p95Ms as number), maxMs: round(search.maxMs as number),
        baselineMedianMs: round(search.baselineMedianMs as number), baselineP95Ms: round(search.baselineP95Ms as number),
        medianRatio: round((search.baselineMedianMs as number) / (search.medianMs as number), 1),
        p95Ratio: round((search.baselineP95Ms as number) / (search.p95Ms as number), 1),
        keystrokes: search.keystrokes, baselineKeystrokes: search.baselineKeystrokes,
        indexSeconds: round(search.indexSeconds as number), baselineIndexSeconds: round(search.baselineIndexSeconds as number),
        byKind: search.byKind, peakRssMB: search.peakRssMB, queries: search.queries,
      },
    };
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const rows: [string, string, string][] = [
        ['articles', String(result.articles), ''],
        ['megabytes', String(result.megabytes), ''],
        ['cold analysis', `${result.coldSeconds} s (${result.coldCpuSeconds} s CPU)`, `${result.mbPerSecond} MB/s, ${result.workers} workers; target <= 60 s at 10k`],
        ['  load/analyze/merge', `${result.cold.loadSeconds}/${result.cold.analyzeSeconds}/${result.cold.mergeSeconds} s`, ''],
        ['  statements/link/similarity', `${result.cold.statementsSeconds}/${result.cold.linkSeconds}/${result.cold.similaritySeconds} s`, `similarity on a worker when the wait is set (waited ${result.cold.similarityWaitSeconds} s)`],
        ['  extraction/other', `${result.cold.extractionSeconds}/${result.cold.otherSeconds} s`, ''],
        ['warm start', `${result.warmStartSeconds} s (${result.warmStartCpuSeconds} s CPU)`, `load ${result.warm.loadSeconds} s, ${result.warm.cacheHits} hits, snapshot ${result.warm.corpusCacheHit ? 'hit' : 'miss'}; target <= 2 s`],
        ['link scaling', result.linkScaling.map((r) => `${r.articles}:${r.seconds}s`).join('  '), 'articles:seconds'],
        ['one big file', result.bigFile.map((r) => `${r.megabytes} MB:${r.seconds}s`).join('  '), `${result.bigFile.map((r) => `${r.mbPerSecond}`).join(' / ')} MB/s, one thread; time ratio x${round(result.bigFile[1]!.seconds / result.bigFile[0]!.seconds, 1)} for size x${round(result.bigFile[1]!.megabytes / result.bigFile[0]!.megabytes, 1)}`],
        ['peak RSS', `${result.peakRssMB} MB`, `cold ${result.cold.peakRssMB}, warm ${result.warm.peakRssMB}${search ? `, search ${search.peakRssMB}` : ''}; target <= 1536`],
      ];
      if (result.search) {
        const s = result.search;
        rows.push(['search statements', String(s.statements), `${s.corpusStatements} in the corpus, replicated`]);
        rows.push(['search median / p95', `${s.medianMs} / ${s.p95Ms} ms`, 'target <= 16 / 50 ms']);
        rows.push(['fuse.js median / p95', `${s.baselineMedianMs} / ${s.baselineP95Ms} ms`, `x${s.medianRatio} / x${s.p95Ratio}`]);
      }
      const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = Math.max(...rows.map((r) => r[1].length));
      process.stdout.write(rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join('\n') + '\n');
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
