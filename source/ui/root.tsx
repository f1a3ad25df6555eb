// The explorer starts before the corpus is ready: a first frame at once, progress while
// the articles are analysed (a 10,000-article folder takes a while), then the App. Keys
// typed meanwhile are kept and replayed into the App, q and Ctrl-C quit at once.
import React, { useEffect, useRef, useState } from 'react';
import { useApp, useInput, useStdout } from 'ink';
import type { Corpus } from '../types.ts';
import { App, type Searcher } from './app.tsx';
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

export type Loader = (progress: (done: number, total: number) => void) => Promise<Loaded>;

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
}

export function Root({ load, label, theme, search }: RootProps): React.ReactElement {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [ready, setReady] = useState<{ loaded: Loaded; model: CorpusModel } | null>(null);
  const [size, setSize] = useState({ cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  const queued = useRef<string[]>([]);

  useEffect(() => {
    let live = true;
    let last = 0;
    load((done, total) => {
      const now = Date.now();
      // A repaint per file would cost more than the analysis of a small one.
      if (live && (now - last > 100 || done === total)) {
        last = now;
        setProgress({ done, total });
      }
    }).then(
      (loaded) => live && setReady({ loaded, model: buildModel(loaded.corpus) }),
      (error: unknown) => live && exit(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [load, exit]);

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

  if (!ready) return <FrameView frame={loadingFrame(label, progress.done, progress.total, size.cols, size.rows)} theme={theme} rows={size.rows} />;
  const { loaded, model } = ready;
  return (
    <App
      model={model}
      searcher={loaded.searcher}
      theme={theme}
      start={{ article: loaded.article, speaker: loaded.speaker, search, keys: queued.current }}
    />
  );
}
