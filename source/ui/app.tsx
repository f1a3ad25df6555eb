// React stays at the edge: keys go to the reducer, search runs asynchronously, and the
// screen on top of the stack is drawn by its component (screens.tsx).
import React, { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { useApp, useInput, useStdout } from 'ink';
import type { SearchHit } from '../search/index.ts';
import { keyNames } from './keys.ts';
import type { CorpusModel, SpeakerKey } from './model.ts';
import { initialState, makeReducer, top, type Action, type State, type ViewOptions } from './state.ts';
import type { Progress } from './frame.ts';
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
  /**
   * May change while the App runs (a partial corpus grows, then the full one arrives): the
   * state is re-anchored on the new model in the same reducer step, so keys never see a mix.
   */
  model: CorpusModel;
  /** Searches `model` (changes with it). */
  searcher: Searcher;
  /** The analysis still runs: how far it is (shown in the header). */
  progress?: Progress | null;
  theme: Theme;
  /** Where to start, and keys typed before the explorer was ready (replayed in order). */
  start?: { article?: string; search?: string; speaker?: SpeakerKey; keys?: string[] };
  /** Fixed terminal size (tests); otherwise read from stdout and followed on resize. */
  size?: { cols: number; rows: number };
  /** Called once when the user quits, before Ink exits. */
  onQuit?: () => void;
}

export const SEARCH_LIMIT = 100;

/** The model, its searcher and the state built on them: swapped together in one reducer step. */
interface Held {
  model: CorpusModel;
  searcher: Searcher;
  state: State;
}

type AppAction = Action | { type: 'model'; model: CorpusModel; searcher: Searcher };

export function App({ model, searcher, theme, start, size, onQuit, progress }: AppProps): React.ReactElement {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const view: ViewOptions = useMemo(() => ({ color: theme.speakerColor, markers: !theme.color }), [theme]);
  // One reducer per model (its layouts are memoised on the model), built on first use.
  const reducers = useRef(new WeakMap<CorpusModel, { view: ViewOptions; reduce: (state: State, action: Action) => State }>());
  const reducerOf = useCallback((m: CorpusModel) => {
    const hit = reducers.current.get(m);
    if (hit?.view === view) return hit.reduce;
    const reduce = makeReducer(m, view);
    reducers.current.set(m, { view, reduce });
    return reduce;
  }, [view]);
  const outer = useCallback((held: Held, action: AppAction): Held => {
    if (action.type === 'model') {
      if (action.model === held.model) return action.searcher === held.searcher ? held : { ...held, searcher: action.searcher };
      return { model: action.model, searcher: action.searcher, state: reducerOf(action.model)(held.state, { type: 'swap', from: held.model }) };
    }
    const state = reducerOf(held.model)(held.state, action);
    return state === held.state ? held : { ...held, state };
  }, [reducerOf]);
  const [held, dispatch] = useReducer(outer, undefined, (): Held => {
    const reducer = reducerOf(model);
    const first = initialState(model, { ...start, cols: size?.cols ?? stdout.columns ?? 80, rows: size?.rows ?? stdout.rows ?? 24 });
    return { model, searcher, state: start?.keys?.length ? reducer(first, { type: 'keys', keys: start.keys }) : first };
  });
  const { state } = held;

  // A new corpus (more articles, or the full one with links): re-anchor the state on it
  // during this render (React re-runs it at once), so no frame mixes the old and the new.
  if (held.model !== model || held.searcher !== searcher) dispatch({ type: 'model', model, searcher });

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
        .then(() => held.searcher.search(query, SEARCH_LIMIT))
        .then(
          (hits) => live && hits && dispatch({ type: 'results', seq: wanted, hits }),
          () => live && dispatch({ type: 'results', seq: wanted, hits: [] }),
        );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, query, held.searcher]);

  useEffect(() => {
    if (!state.quit) return;
    onQuit?.();
    exit();
  }, [state.quit, exit, onQuit]);

  return <ScreenView model={held.model} state={state} view={view} theme={theme} progress={progress} />;
}
