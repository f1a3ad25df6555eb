// React stays at the edge: keys go to the reducer, search runs asynchronously, and the
// frame (pure, from frame.ts) is drawn line by line.
import React, { useEffect, useMemo, useReducer } from 'react';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import type { SearchHit } from '../search/index.ts';
import { keyNames } from './keys.ts';
import { buildFrame, type Frame } from './frame.ts';
import type { CorpusModel, SpeakerKey } from './model.ts';
import { initialState, makeReducer, top, type ViewOptions } from './state.ts';
import type { Line } from './text.ts';
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
  start?: { article?: string; search?: string; speaker?: SpeakerKey };
  /** Fixed terminal size (tests); otherwise read from stdout and followed on resize. */
  size?: { cols: number; rows: number };
  /** Called once when the user quits, before Ink exits. */
  onQuit?: () => void;
}

export const SEARCH_LIMIT = 100;

function LineView({ line, theme }: { line: Line; theme: Theme }): React.ReactElement {
  if (!line.length) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        <Text key={i} {...theme.style(s.tok, s.color)}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

function Lines({ lines, theme }: { lines: Line[]; theme: Theme }): React.ReactElement[] {
  return lines.map((line, i) => <LineView key={i} line={line} theme={theme} />);
}

export function FrameView({ frame, theme, rows }: { frame: Frame; theme: Theme; rows: number }): React.ReactElement {
  if (frame.kind === 'small') return <Text wrap="truncate-end">{frame.text}</Text>;
  // Height rows-1: a frame as tall as the terminal makes Ink clear the screen on every render.
  const bodyH = Math.max(1, rows - 3);
  return (
    <Box flexDirection="column" height={rows - 1}>
      <LineView line={frame.header} theme={theme} />
      {frame.kind === 'panes' ? (
        <Box flexDirection="row" height={bodyH}>
          <Box flexDirection="column" width={frame.leftW} flexShrink={0}>
            {Lines({ lines: frame.left, theme })}
          </Box>
          <Box flexDirection="column" flexGrow={1} flexBasis={0} borderStyle="single" borderTop={false} borderRight={false} borderBottom={false} borderDimColor>
            {Lines({ lines: frame.right, theme })}
          </Box>
        </Box>
      ) : (
        <Box flexDirection="column" height={bodyH}>
          {Lines({ lines: frame.body, theme })}
        </Box>
      )}
      <LineView line={frame.status} theme={theme} />
    </Box>
  );
}

export function App({ model, searcher, theme, start, size, onQuit }: AppProps): React.ReactElement {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const view: ViewOptions = useMemo(() => ({ color: theme.speakerColor, markers: !theme.color }), [theme]);
  const reducer = useMemo(() => makeReducer(model, view), [model, view]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialState(model, { ...start, cols: size?.cols ?? stdout.columns ?? 80, rows: size?.rows ?? stdout.rows ?? 24 }),
  );

  // Every key goes through the reducer; dispatch is stable, so no handler sees stale state.
  useInput((input, key) => {
    const keys = keyNames(input, key);
    if (keys.length) dispatch({ type: 'keys', keys });
  });

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

  const frame = buildFrame(model, state, view);
  return <FrameView frame={frame} theme={theme} rows={state.rows} />;
}
