// The pipeline: files -> articles -> extraction -> statements and links.
//
// Per-file work (read, decode, clean, extract) is pure and independent, so it runs on
// worker threads and is cached on disk by content hash; cross-article work (actor merge,
// statements, links, article similarity) runs once on the main thread over the results.
//
// Two cache levels (source/cache): one entry per file (content hash + path + engine
// version), so a changed file is re-analysed alone; and one entry per exact corpus state
// (every path and hash) holding every file's result and the cross-article results, so an
// unchanged corpus starts from a single read.
import os from 'node:os';
import type { AnalyzedArticle, Corpus, Skipped } from './types.ts';
import type { LoadOptions } from './corpus/load.ts';
import { mergeActors } from './extract/actors.ts';
import { statementsOf } from './link/statements.ts';
import { compareArticles, linkStatements } from './link/links.ts';
import { storyText } from './link/similarity.ts';
import { detectRewrites } from './link/rewrites.ts';
import { cacheRoot, contentHash } from './cache/store.ts';
import { bindCorpusEntry, corpusKey, readCorpusEntrySync, snapshotOf, writeCorpusEntry, type SnapshotItem } from './cache/corpus-entry.ts';
import { assertHasArticles, listArticleFiles, readBytesSync, skipMessage, textOf } from './worker/files.ts';
import { cachedResult, runJob, type Job, type JobResult } from './worker/job.ts';
import { compareInWorker, runInWorkers } from './worker/pool.ts';

export { ENGINE_VERSION } from './cache/version.ts';

/** Milliseconds spent per phase, filled in when passed to analyzeCorpus/corpusOf. */
export interface AnalyzeTimings {
  /** List, read and hash the files, and look them up in the cache. */
  load?: number;
  /** Clean and extract the files the cache did not have (workers or in-thread). */
  analyze?: number;
  merge?: number;
  statements?: number;
  link?: number;
  /** Article similarity; when it runs on a worker, from its start to its result (overlaps merge/statements/link). */
  similarity?: number;
  /** Of which the main thread waited for the similarity worker after linking. */
  similarityWait?: number;
  /** Writing the corpus-level cache entry (cold runs only). */
  cacheWrite?: number;
  total?: number;
  cacheHits?: number;
  cacheMisses?: number;
  /** True when merged actors, statements and links came from the corpus-level cache. */
  corpusCacheHit?: boolean;
  workersUsed?: number;
}

export interface AnalyzeOptions extends LoadOptions {
  /** Called after each file is done (from cache or analysed), and once with (0, total) at the start. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Each article as soon as it is analysed, in completion order (not path order). Its actor
   * ids are still per-article until the final merge; feed the articles gathered so far to
   * corpusOf() to show a partial corpus. `index` is its place in the sorted file list.
   */
  onArticle?: (article: AnalyzedArticle, index: number) => void;
  /** Use the persistent cache (default true); false neither reads nor writes it. */
  cache?: boolean;
  /** Cache folder (default: cacheRoot(), i.e. $XDG_CACHE_HOME/whosaid or ~/.cache/whosaid). */
  cacheDir?: string;
  /** Worker threads for cold analysis (default os.availableParallelism()); 0 analyses in-thread. */
  workers?: number;
  /** Below this many files to analyse, work in-thread: starting workers costs more than it saves. */
  minFilesForWorkers?: number;
  /**
   * From this many articles (default 1000), article similarity and spun-copy detection run on
   * a worker beside the linking; below, a worker's start-up costs more than the overlap saves.
   */
  minArticlesForSimilarityWorker?: number;
  timings?: AnalyzeTimings;
}

export interface CorpusOfOptions {
  skipped?: Skipped[];
  /** Build links and article similarity (default true). A progress view can pass false. */
  link?: boolean;
  /** Build article similarity and spun-copy verdicts (default: as link); false when the caller computes them elsewhere. */
  similarity?: boolean;
  /**
   * Merge actors on copies, leaving the given articles untouched (default true). mergeActors
   * rewrites actor ids in place, so repeated partial builds over the same articles must copy.
   */
  copy?: boolean;
  timings?: AnalyzeTimings;
}

const EMPTY = new Uint8Array(0);

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * A Corpus from whatever articles are available: the full set at the end of analyzeCorpus,
 * or the ones delivered so far by onArticle while it runs (the TUI shows those).
 * Articles are put in path order; actors are merged; statements built; links optional.
 */
export function corpusOf(root: string, articles: readonly AnalyzedArticle[], options: CorpusOfOptions = {}): Corpus {
  const t = options.timings;
  const copy = options.copy ?? true;
  const list = (copy
    ? articles.map((a) => ({ ...a, actors: a.actors.map((x) => ({ ...x })), quotes: a.quotes.map((q) => ({ ...q })) }))
    : [...articles]).sort(byPath);
  let t0 = performance.now();
  const before = list.map((a) => a.actors.map((x) => x.id));
  const actors = mergeActors(list);
  renameSpeakers(list, before);
  if (t) t.merge = performance.now() - t0;
  t0 = performance.now();
  const statements = list.flatMap(statementsOf);
  if (t) t.statements = performance.now() - t0;
  let links: Corpus['links'] = [];
  let articleSimilarity: Corpus['articleSimilarity'] = [];
  if (options.link ?? true) {
    t0 = performance.now();
    links = linkStatements(statements);
    if (t) t.link = performance.now() - t0;
  }
  if (options.similarity ?? options.link ?? true) {
    t0 = performance.now();
    articleSimilarity = compareArticles(list);
    if (t) t.similarity = performance.now() - t0;
  }
  const rewrites = options.similarity ?? options.link ?? true ? detectRewrites(list) : [];
  return { root, articles: list, actors, statements, links, articleSimilarity, rewrites, skipped: [...(options.skipped ?? [])] };
}

/**
 * Quotes name their speaker by the article's actor id; once actors are merged across the
 * corpus, point them at the corpus id. `before` holds each article's actor ids before the merge.
 */
function renameSpeakers(articles: readonly AnalyzedArticle[], before: string[][]): void {
  articles.forEach((a, i) => {
    const ids = new Map<string, string>();
    a.actors.forEach((x, j) => ids.set(before[i]![j]!, x.id));
    for (const q of a.quotes) if (q.speakerId) q.speakerId = ids.get(q.speakerId) ?? q.speakerId;
  });
}

/** files -> articles -> extraction -> statements and links. */
export async function analyzeCorpus(dir: string, options: AnalyzeOptions = {}): Promise<Corpus> {
  const t = options.timings;
  const tStart = performance.now();
  const cacheDir = options.cache === false ? null : (options.cacheDir ?? cacheRoot());
  const { files, skipped: listSkipped } = await listArticleFiles(dir);
  const skipped: Skipped[] = [...listSkipped];
  const total = files.length;
  const results: (AnalyzedArticle | undefined)[] = new Array(total);
  const skipReasons = new Map<number, string>();
  let done = 0;
  options.onProgress?.(0, total);

  const deliver = (r: JobResult): void => {
    if (r.ok) {
      results[r.index] = r.article;
      options.onArticle?.(r.article, r.index);
    } else {
      skipped.push({ path: files[r.index]?.rel ?? String(r.index), reason: r.reason });
      skipReasons.set(r.index, r.reason);
    }
    options.onProgress?.(++done, total);
  };

  // Phase 1: read and hash every file. Synchronous reads: for thousands of small files
  // they are several times faster than fs/promises (a thread-pool round trip per
  // open/stat/read/close); we yield every few dozen files so a TUI keeps drawing.
  const readable: Job[] = [];
  for (let index = 0; index < files.length; index++) {
    const f = files[index]!;
    if (index % 64 === 63) await new Promise<void>((r) => setImmediate(r));
    const bytes = readBytesSync(f);
    if (!(bytes instanceof Uint8Array)) deliver({ index, ok: false, reason: bytes.reason });
    else readable.push({ index, id: f.id, rel: f.rel, bytes, hash: cacheDir ? contentHash(bytes) : '' });
  }

  // This exact corpus state seen before: one entry holds every article and the
  // cross-article results. The key covers every readable file, so it is known already.
  const key = cacheDir ? corpusKey(readable) : '';
  const parsedEntry = cacheDir ? readCorpusEntrySync(cacheDir, key) : null;
  let hits = 0;
  const jobs: Job[] = [];
  const snapshot = parsedEntry ? snapshotOf(parsedEntry, readable.map((j) => textOf(j.bytes))) : null;
  if (snapshot && snapshot.every((x, i) => !('article' in x) || (x.article.id === readable[i]!.id && x.article.path === readable[i]!.rel))) {
    snapshot.forEach((x, i) => {
      const index = readable[i]!.index;
      deliver('article' in x ? { index, ok: true, article: x.article, cached: true } : { index, ok: false, reason: x.skip });
    });
    hits = snapshot.filter((x) => 'article' in x).length;
  } else {
    // Otherwise each file from its own entry, in this thread (parsing an entry costs less
    // than shipping a result back from a worker); the rest is analysed below.
    for (let i = 0; i < readable.length; i++) {
      if (i % 64 === 63) await new Promise<void>((r) => setImmediate(r));
      const hit = cacheDir ? cachedResult(readable[i]!, cacheDir) : null;
      if (hit) {
        hits++;
        deliver(hit);
      } else jobs.push(readable[i]!);
    }
  }
  const tLoaded = performance.now();

  // Phase 2: analyse the misses, on workers when there are enough of them.
  const workers = options.workers ?? os.availableParallelism();
  const useWorkers = workers > 0 && jobs.length >= (options.minFilesForWorkers ?? 50);
  const delivered = new Set<number>();
  const pool = useWorkers
    ? runInWorkers(jobs, { workers, cacheDir, onResult: (r) => { delivered.add(r.index); deliver(r); } }).then(() => null, (e: unknown) => e)
    : null;
  let inThread = useWorkers ? [] : jobs;
  const failure = pool ? await pool : null;
  if (failure) {
    // Workers could not start or died (missing dist/worker.js, resource limits): finish in-thread.
    const message = failure instanceof Error ? failure.message : String(failure);
    options.onWarning?.(`whosaid: analysis workers failed (${message}); continuing in one thread`);
    inThread = jobs.filter((j) => !delivered.has(j.index));
  }
  for (let i = 0; i < inThread.length; i++) {
    deliver(runJob(inThread[i] as Job, cacheDir));
    if (i % 64 === 63) await new Promise<void>((r) => setImmediate(r));
  }
  const tAnalyzed = performance.now();
  // The raw bytes are no longer needed (tens of MB on a large corpus).
  for (const j of readable) j.bytes = EMPTY;

  skipped.sort(byPath);
  for (const s of skipped) options.onWarning?.(skipMessage(s));
  const articles: AnalyzedArticle[] = [];
  assertHasArticles(dir, results.filter(Boolean).length, files.length, skipped);
  for (const a of results) if (a) articles.push(a);

  // Cross-article results: from the corpus-level cache when this exact state was seen before.
  const cached = parsedEntry ? bindCorpusEntry(parsedEntry, articles) : null;
  let corpus: Corpus;
  if (cached) {
    const before = articles.map((a) => a.actors.map((x) => x.id));
    articles.forEach((a, i) => a.actors.forEach((x, j) => { x.id = cached.actorIds[i]![j]!; }));
    renameSpeakers(articles, before);
    const { actors, statements, links, articleSimilarity } = cached;
    corpus = { root: dir, articles, actors, statements, links, articleSimilarity, rewrites: cached.rewrites ?? detectRewrites(articles), skipped };
  } else {
    // Article similarity and spun-copy detection need only ids and story texts: on a worker
    // they run beside the merge, statements and links here (~7 of ~20 s of cross-article
    // work at 10k articles).
    const tSim = performance.now();
    const simInWorker = workers > 0 && os.availableParallelism() > 1 && articles.length >= (options.minArticlesForSimilarityWorker ?? 1000)
      ? compareInWorker([...articles].sort(byPath).map((a) => ({ id: a.id, text: storyText(a) }))).then((r) => r, () => null)
      : null;
    corpus = corpusOf(dir, articles, { skipped, copy: false, timings: t, similarity: !simInWorker });
    if (simInWorker) {
      const tWait = performance.now();
      const done = await simInWorker;
      corpus.articleSimilarity = done ? done.similarity : compareArticles(corpus.articles);
      corpus.rewrites = done ? done.rewrites : detectRewrites(corpus.articles);
      if (t) {
        t.similarity = performance.now() - tSim;
        t.similarityWait = performance.now() - tWait;
      }
    }
    if (cacheDir) {
      const { actors, statements, links, articleSimilarity, rewrites } = corpus;
      const snapshot = readable.map((j): SnapshotItem => {
        const a = results[j.index];
        return a ? { article: a } : { skip: skipReasons.get(j.index) ?? 'skipped' };
      });
      const tWrite = performance.now();
      writeCorpusEntry(cacheDir, key, corpus.articles, { actorIds: corpus.articles.map((a) => a.actors.map((x) => x.id)), actors, statements, links, articleSimilarity, rewrites, snapshot });
      if (t) t.cacheWrite = performance.now() - tWrite;
    }
  }
  if (t) {
    t.corpusCacheHit = cached !== null;
    t.load = tLoaded - tStart;
    t.analyze = tAnalyzed - tLoaded;
    t.total = performance.now() - tStart;
    t.cacheHits = hits;
    t.cacheMisses = jobs.length;
    t.workersUsed = useWorkers ? Math.min(workers, jobs.length) : 0;
  }
  return corpus;
}
