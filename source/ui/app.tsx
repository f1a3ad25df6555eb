// React stays at the edge: keys go to the reducer, search runs asynchronously, and the
// screen on top of the stack is drawn by its component (screens.tsx).
import React, { useEffect, useMemo, useReducer, useRef } from 'react';
import { useApp, useInput, useStdout } from 'ink';
import type { SearchHit } from '../search/index.ts';
import { keyNames } from './keys.ts';
import type { CorpusModel, SpeakerKey } from './model.ts';
import { initialState, makeReducer, top, type ViewOptions } from './state.ts';
import { ScreenView } from './screens.tsx';
import type { Theme } from './theme.ts';

/**
 * The search module's interface: the in-thread index answers at once, the worker-backed
 * one with a promise, null meaning "superseded by a newer query".
 */
export interface Searcher {
  search(query: string, limit?: number): SearchHit[] | Promise<SearchHit[] | null>;
  /** Start building the index ahead of the first search. */
  prepare?(): void;
  close?(): unknown;
}

export interface AppProps {
  model: CorpusModel;
  searcher: Searcher;
  theme: Theme;
  /** Where to start, and keys typed before the explorer was ready (replayed in order). */
  start?: { article?: string; search?: string; speaker?: SpeakerKey; keys?: string[] };
  /** Fixed terminal size (tests); otherwise read from stdout and followed on resize. */
  size?: { cols: number; rows: number };
  /** Called once when the user quits, before Ink exits. */
  onQuit?: () => void;
}

export const SEARCH_LIMIT = 100;

export function App({ model, searcher, theme, start, size, onQuit }: AppProps): React.ReactElement {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const view: ViewOptions = useMemo(() => ({ color: theme.speakerColor, markers: !theme.color }), [theme]);
  const reducer = useMemo(() => makeReducer(model, view), [model, view]);
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const first = initialState(model, { ...start, cols: size?.cols ?? stdout.columns ?? 80, rows: size?.rows ?? stdout.rows ?? 24 });
    return start?.keys?.length ? reducer(first, { type: 'keys', keys: start.keys }) : first;
  });

  // Every key goes through the reducer; dispatch is stable, so no handler sees stale state.
  useInput((input, key) => {
    const keys = keyNames(input, key);
    if (keys.length) dispatch({ type: 'keys', keys });
  });

  // Keys typed ahead (see root.tsx) may still land in the queue between this component's
  // first render and its input subscription: take those too, once, in order.
  const consumed = useRef(start?.keys?.length ?? 0);
  useEffect(() => {
    const keys = start?.keys;
    if (keys && keys.length > consumed.current) dispatch({ type: 'keys', keys: keys.slice(consumed.current) });
    consumed.current = keys?.length ?? 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (size) {
      dispatch({ type: 'resize', cols: size.cols, rows: size.rows });
      return;
    }
    const onResize = (): void => dispatch({ type: 'resize', cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, size?.cols, size?.rows]);

  // Search off the key path: a timer lets queued keystrokes land first, and a newer query
  // cancels this one (the reducer also drops any answer to a superseded query).
  const t = top(state);
  const wanted = t.kind === 'search' && t.hitsSeq !== t.seq ? t.seq : null;
  const query = t.kind === 'search' ? t.query : '';
  useEffect(() => {
    if (wanted === null) return;
    let live = true;
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(() => searcher.search(query, SEARCH_LIMIT))
        .then(
          (hits) => live && hits && dispatch({ type: 'results', seq: wanted, hits }),
          () => live && dispatch({ type: 'results', seq: wanted, hits: [] }),
        );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, query, searcher]);

  useEffect(() => {
    if (!state.quit) return;
    onQuit?.();
    exit();
  }, [state.quit, exit, onQuit]);

  return <ScreenView model={model} state={state} view={view} theme={theme} />;
}
