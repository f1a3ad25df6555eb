// One small component per screen. Each turns state into lines with its pure builder
// (frame.ts) and draws them; Ink does no wrapping or layout of its own beyond the panes.
import React from 'react';
import { Box, Text } from 'ink';
import {
  actorFrame, compareFrame, explorerFrame, frameContext, helpFrame, readerFrame, searchFrame, smallFrame,
  type Frame, type FrameContext, type Progress,
} from './frame.ts';
import type { CorpusModel } from './model.ts';
import { top, type Screen, type State, type ViewOptions } from './state.ts';
import type { Line } from './text.ts';
import type { Theme } from './theme.ts';

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
  if (frame.kind === 'small') {
    return (
      <Box flexDirection="column">
        {frame.text.split('\n').map((line, i) => (
          <Text key={i} wrap="truncate-end">
            {line}
          </Text>
        ))}
      </Box>
    );
  }
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

type Props<K extends Screen['kind']> = { ctx: FrameContext; screen: Extract<Screen, { kind: K }>; theme: Theme };

export function Explorer({ ctx, screen, theme }: Props<'explorer'>): React.ReactElement {
  return <FrameView frame={explorerFrame(ctx, screen)} theme={theme} rows={ctx.g.rows} />;
}

export function Reader({ ctx, screen, theme }: Props<'reader'>): React.ReactElement {
  return <FrameView frame={readerFrame(ctx, screen)} theme={theme} rows={ctx.g.rows} />;
}

export function Search({ ctx, screen, theme }: Props<'search'>): React.ReactElement {
  return <FrameView frame={searchFrame(ctx, screen)} theme={theme} rows={ctx.g.rows} />;
}

export function Compare({ ctx, screen, theme }: Props<'compare'>): React.ReactElement {
  return <FrameView frame={compareFrame(ctx, screen)} theme={theme} rows={ctx.g.rows} />;
}

export function Actor({ ctx, screen, theme }: Props<'actor'>): React.ReactElement {
  return <FrameView frame={actorFrame(ctx, screen)} theme={theme} rows={ctx.g.rows} />;
}

export function Help({ ctx, screen, theme }: Props<'help'>): React.ReactElement {
  return <FrameView frame={helpFrame(ctx, screen)} theme={theme} rows={ctx.g.rows} />;
}

/** The screen on top of the stack, or the one-line notice when the terminal is too small. */
export function ScreenView({ model, state, view, theme, progress }: { model: CorpusModel; state: State; view: ViewOptions; theme: Theme; progress?: Progress | null }): React.ReactElement {
  const ctx = frameContext(model, state, view, progress);
  if (!ctx) return <FrameView frame={smallFrame(state.cols, state.rows)} theme={theme} rows={state.rows} />;
  const t = top(state);
  switch (t.kind) {
    case 'explorer':
      return <Explorer ctx={ctx} screen={t} theme={theme} />;
    case 'reader':
      return <Reader ctx={ctx} screen={t} theme={theme} />;
    case 'search':
      return <Search ctx={ctx} screen={t} theme={theme} />;
    case 'compare':
      return <Compare ctx={ctx} screen={t} theme={theme} />;
    case 'actor':
      return <Actor ctx={ctx} screen={t} theme={theme} />;
    case 'help':
      return <Help ctx={ctx} screen={t} theme={theme} />;
  }
}
