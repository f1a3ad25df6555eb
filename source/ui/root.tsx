// The explorer starts before the corpus is ready: a first frame at once, a progress screen
// until the first articles are analysed, then the App on the articles done so far (no
// links yet), refreshed on a throttle as more arrive, and finally on the full corpus.
// Keys typed on the progress screen are kept and replayed into the App; q and Ctrl-C quit.
import React, { useEffect, useRef, useState } from 'react';
import { useApp, useInput, useStdout } from 'ink';
import { createSearch, createSearchWorker } from '../search/index.ts';
import type { AnalyzedArticle, Corpus } from '../types.ts';
import { App, type Searcher } from './app.tsx';
import { PartialCorpus } from './partial.ts';
import { onFirstSearch, renewSearch, withFallback, type OnFirstSearch } from './searcher.ts';
import { smallFrame, type Frame } from './frame.ts';
import { MIN_COLS, MIN_ROWS } from './layout.ts';
import { keyNames } from './keys.ts';
import { buildModel, type CorpusModel, type SpeakerKey } from './model.ts';
import { oneLine } from './sanitize.ts';
import { FrameView } from './screens.tsx';
import { truncate } from './text.ts';
import type { Theme } from './theme.ts';

export interface Loaded {
  corpus: Corpus;
  searcher: Searcher;
  article?: string;
  speaker?: SpeakerKey;
}

/**
 * Analyses the corpus, reporting progress and, optionally, each article as it is done
 * (analyzeCorpus's onArticle): those are shown before the loader resolves.
 */
export type Loader = (progress: (done: number, total: number) => void, onArticle: (article: AnalyzedArticle, index?: number) => void) => Promise<Loaded>;

/** Least time between two rebuilds of the partial corpus. */
export const REFRESH_MS = 300;

/**
 * When to rebuild the partial corpus next, after one that took `cost` ms: at least `min`
 * apart, and never more than a fifth of the main thread, since each rebuild is linear in the
 * articles done (rebuilding per article would be quadratic over 10,000 of them).
 */
export function nextRefresh(cost: number, min = REFRESH_MS): number {
  return Math.max(min, 4 * cost);
}

export function loadingFrame(label: string, done: number, total: number, cols: number, rows: number): Frame {
  if (cols < MIN_COLS || rows < MIN_ROWS) return smallFrame(cols, rows);
  const width = Math.max(10, Math.min(60, cols - 20));
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  const count = total > 0 ? `${done}/${total} files` : 'listing files…';
  return {
    kind: 'full',
    header: [{ text: truncate(`whosaid · ${oneLine(label)}`, cols), tok: 'title' }],
    body: [[], [{ text: ' Analysing the articles… ', tok: 'heading' }, { text: count, tok: 'dim' }], [{ text: ` ${'█'.repeat(filled)}${'░'.repeat(width - filled)}`, tok: 'badge' }]],
    status: [{ text: 'q', tok: 'key' }, { text: ' quit  ', tok: 'bar' }, { text: 'keys typed now are kept for the explorer', tok: 'bar' }],
  };
}

export interface RootProps {
  load: Loader;
  label: string;
  theme: Theme;
  search?: string;
  /** Least milliseconds between partial-corpus rebuilds (default REFRESH_MS). */
  refreshMs?: number;
  /** Search over a partial corpus (default: the worker-thread index, in-thread if that fails). */
  partialSearch?: (corpus: Corpus) => Searcher;
}

interface Shown {
  model: CorpusModel;
  searcher: Searcher;
  /** The loader's result: the full corpus. Absent while a partial one is shown. */
  loaded?: Loaded;
}

const defaultSearch = (corpus: Corpus): Searcher => withFallback(() => createSearchWorker(corpus), () => createSearch(corpus));

export function Root({ load, label, theme, search, refreshMs = REFRESH_MS, partialSearch = defaultSearch }: RootProps): React.ReactElement {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [shown, setShown] = useState<Shown | null>(null);
  const ready = shown !== null;
  const [size, setSize] = useState({ cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  const queued = useRef<string[]>([]);
  const showing = useRef(false);

  useEffect(() => {
    let live = true;
    let finished = false;
    let last = 0;
    // Articles as they are done (completion order), absorbed at each refresh.
    const partial = new PartialCorpus(label);
    let built = 0;
    let shownArticles = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let searcher: OnFirstSearch | null = null;
    const rebuild = (): void => {
      timer = null;
      if (!live || finished) return;
      let cost = 0;
      if (partial.changes > built) {
        const t0 = performance.now();
        built = partial.changes;
        const corpus = partial.snapshot();
        // Articles done ahead of a gap in path order are held back (see PartialCorpus), so
        // the list only grows at its end. Keys typed on the progress line are replayed
        // into the first view: it waits until the list is longer than they could move
        // (j j Enter typed blind opens the third file, as it would on the full list).
        if (corpus.articles.length === shownArticles || (!showing.current && corpus.articles.length <= queued.current.length)) {
          timer = setTimeout(rebuild, nextRefresh(performance.now() - t0, refreshMs));
          return;
        }
        shownArticles = corpus.articles.length;
        const model = buildModel(corpus, { linksPending: true });
        // The search index may lag the list a little: see renewSearch.
        if (renewSearch(searcher)) {
          void Promise.resolve(searcher?.close?.()).catch(() => undefined);
          searcher = onFirstSearch(() => partialSearch(corpus));
        }
        showing.current = true;
        setShown({ model, searcher: searcher! });
        cost = performance.now() - t0;
      }
      timer = setTimeout(rebuild, nextRefresh(cost, refreshMs));
    };
    // The first partial view after one period: a warm start is done by then and goes
    // straight to the full corpus, as before.
    timer = setTimeout(rebuild, refreshMs);
    // A repaint per file would cost more than the analysis of a small one: at most one per
    // period, the latest count drawn at its end (a slow file must not leave a stale count).
    let latest = { done: 0, total: 0 };
    let trailing: ReturnType<typeof setTimeout> | null = null;
    const flush = (): void => {
      trailing = null;
      last = Date.now();
      if (live) setProgress(latest);
    };
    load(
      (done, total) => {
        latest = { done, total };
        partial.progress(done);
        const period = showing.current ? 200 : 100;
        const wait = period - (Date.now() - last);
        if (wait <= 0 || done === total) {
          if (trailing) clearTimeout(trailing);
          flush();
        } else trailing ??= setTimeout(flush, wait);
      },
      (article, index) => {
        if (live && !finished) partial.add(article, index);
      },
    ).then(
      (loaded) => {
        finished = true;
        void Promise.resolve(searcher?.close?.()).catch(() => undefined);
        if (live) setShown({ model: buildModel(loaded.corpus), searcher: loaded.searcher, loaded });
      },
      (error: unknown) => live && exit(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
      void Promise.resolve(searcher?.close?.()).catch(() => undefined);
      if (timer) clearTimeout(timer);
      if (trailing) clearTimeout(trailing);
    };
  }, [load, exit, label, refreshMs, partialSearch]);

  useEffect(() => {
    if (ready) return;
    const onResize = (): void => setSize({ cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, ready]);

  useInput(
    (input, key) => {
      const keys = keyNames(input, key);
      // q quits, unless a search was typed ahead (then it is text).
      if (keys.includes('ctrl+c') || (keys[0] === 'q' && !queued.current.includes('/'))) exit();
      else queued.current.push(...keys);
    },
    { isActive: !ready },
  );

  if (!shown) return <FrameView frame={loadingFrame(label, progress.done, progress.total, size.cols, size.rows)} theme={theme} rows={size.rows} />;
  const { model, searcher, loaded } = shown;
  return (
    <App
      model={model}
      searcher={searcher}
      theme={theme}
      progress={loaded ? null : progress}
      start={{ article: loaded?.article, speaker: loaded?.speaker, search, keys: queued.current }}
    />
  );
}
