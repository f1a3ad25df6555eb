// State -> what is on screen, as plain lines. Only visible rows are built (the article
// list and the reader are virtualised), so a frame costs the same for 5 or 10,000 articles.
import { barLine, helpLines } from './help.ts';
import { actorLayout, ARTICLE_ROW_H, articleRows, compareLayout, detailLayout, geometry, hitRows, HIT_H, MIN_COLS, MIN_ROWS, readerLayout, selectLine, speakerTitle, type Geometry, type ItemLayout } from './layout.ts';
import { articleOf, sourceName, type CorpusModel } from './model.ts';
import { oneLine } from './sanitize.ts';
import { top, type Screen, type State } from './state.ts';
import { cellWidth, fitLine, plural, truncate, truncateLine, truncateStart, wrapLine, type Line } from './text.ts';
import type { ViewOptions } from './state.ts';

export type Frame =
  | { kind: 'small'; text: string }
  | { kind: 'full'; header: Line; body: Line[]; status: Line }
  | { kind: 'panes'; header: Line; left: Line[]; right: Line[]; leftW: number; rightW: number; status: Line };

function itemWindow(layout: ItemLayout, sel: number | null, scroll: number, height: number, width: number): Line[] {
  const item = sel === null ? undefined : layout.items[sel];
  const out: Line[] = [];
  for (let i = scroll; i < Math.min(layout.lines.length, scroll + height); i++) {
    const line = layout.lines[i]!;
    out.push(item && i >= item.line && i < item.line + item.height ? selectLine(line, width, i === item.line) : line);
  }
  return out;
}

function headerLine(left: string, right: string, cols: number): Line {
  const r = truncate(right, Math.max(0, Math.floor(cols / 2)));
  const l = truncate(left, Math.max(0, cols - cellWidth(r) - 1));
  return [{ text: l, tok: 'title' }, { text: ' '.repeat(Math.max(1, cols - cellWidth(l) - cellWidth(r))) }, { text: r, tok: 'dim' }];
}

/** What every screen builder gets: the corpus, the terminal, and the shared chrome. */
export interface FrameContext {
  model: CorpusModel;
  view: ViewOptions;
  g: Geometry;
  /** Status bar for the screen (or the flash message). */
  status: Line;
  /** Corpus totals for the header. */
  totals: string;
}

type Of<K extends Screen['kind']> = Extract<Screen, { kind: K }>;

export function explorerFrame(ctx: FrameContext, t: Of<'explorer'>): Frame {
  const { model, view, g, status, totals } = ctx;
  const per = Math.floor(g.bodyH / ARTICLE_ROW_H);
  const left = articleRows(model, t.scroll, per, g.leftW, t.sel, t.focus === 'list');
  const article = model.articles[t.sel];
  const detail = article ? detailLayout(model, article.id, g.detailW, view.color) : { lines: [], items: [] };
  const right = itemWindow(detail, t.focus === 'detail' ? t.dsel : null, t.dscroll, g.bodyH, g.detailW).map((l) => [{ text: ' ' }, ...l]);
  const pos = model.articles.length ? `${t.sel + 1}/${model.articles.length}` : '0/0';
  const header = headerLine(`whosaid · ${oneLine(model.corpus.root)} · ${pos}`, totals, g.cols);
  return { kind: 'panes', header, left, right, leftW: g.leftW, rightW: g.rightW, status };
}

export function readerFrame(ctx: FrameContext, t: Of<'reader'>): Frame {
  const { model, view, g, status } = ctx;
  const a = articleOf(model, t.article);
  const layout = readerLayout(model, t.article, g.readerW, view.color);
  const body: Line[] = [];
  for (let i = t.scroll; i < Math.min(layout.lines.length, t.scroll + g.bodyH); i++) {
    const line = layout.lines[i]!;
    const current = t.mark !== null && line.some((s) => s.mark === t.mark);
    // The ▶ gutter marks the current statement even without colour.
    body.push([current ? { text: '▶', tok: 'badge' as const } : { text: ' ' }, ...(current ? line.map((s) => (s.mark === t.mark ? { ...s, tok: 'quoteCurrent' as const } : s)) : line)]);
  }
  if (!layout.lines.length) body.push([{ text: ' this article has no text to show', tok: 'dim' }]);
  const marks = model.marks(t.article);
  const end = Math.min(layout.lines.length, t.scroll + g.bodyH);
  const cur = t.mark === null ? undefined : marks[t.mark];
  const quotes = marks.filter((m) => m.kind === 'quote');
  const label = !cur ? '' : cur.kind === 'quote' ? `quote ${quotes.indexOf(cur) + 1}/${quotes.length} · ` : 'reported statement · ';
  const where = `${label}lines ${layout.lines.length ? t.scroll + 1 : 0}-${end}/${layout.lines.length}`;
  const title = a ? `${oneLine(sourceName(a))} — ${oneLine(a.title || a.path)}` : t.article;
  return { kind: 'full', header: headerLine(title, where, g.cols), body, status };
}

export function searchFrame(ctx: FrameContext, t: Of<'search'>): Frame {
  const { model, view, g, status, totals } = ctx;
  const cols = g.cols;
  const pending = t.hitsSeq !== t.seq && !t.refreshing;
  const count = pending ? 'searching…' : t.query ? `${t.hits.length} result${t.hits.length === 1 ? '' : 's'}` : 'type to search quotes, speakers, outlets, titles';
  const room = Math.max(1, cols - cellWidth(count) - 2);
  // The prompt scrolls: a query longer than the room shows its end, where the cursor is.
  const prompt: Line = [{ text: '/ ', tok: 'prompt' }, { text: truncateStart(oneLine(t.query), room - 3) }, { text: '█', tok: 'dim' }];
  const head = fitLine(prompt, room);
  const body: Line[] = [[...head, { text: '  ' }, { text: count, tok: 'dim' }]];
  body.push([{ text: truncate("fuzzy · 'exact  ^prefix  suffix$  !not  a | b", cols), tok: 'dim' }]);
  const per = Math.floor((g.bodyH - 2) / HIT_H);
  body.push(...hitRows(model, t.hits, t.query, t.scroll, per, cols, t.sel, view.color));
  if (!pending && t.query && !t.hits.length) body.push([{ text: '  no statement matches', tok: 'dim' }]);
  return { kind: 'full', header: headerLine('Search every statement', totals, cols), body, status };
}

export function compareFrame(ctx: FrameContext, t: Of<'compare'>): Frame {
  const { model, view, g, status } = ctx;
  const layout = compareLayout(model, t.link, g.cols - 2, view.color, view.markers);
  const body = itemWindow(layout, t.sel, t.scroll, g.bodyH, g.cols - 2).map((l) => [{ text: ' ' }, ...l]);
  return { kind: 'full', header: headerLine('Across sources: every version', `version ${t.sel + 1}`, g.cols), body, status };
}

export function actorFrame(ctx: FrameContext, t: Of<'actor'>): Frame {
  const { model, view, g, status, totals } = ctx;
  const layout = actorLayout(model, t.key, g.cols - 2, view.color);
  const body = itemWindow(layout, t.sel, t.scroll, g.bodyH, g.cols - 2).map((l) => [{ text: ' ' }, ...l]);
  return { kind: 'full', header: headerLine(`Statements of ${oneLine(speakerTitle(model, t.key))}`, totals, g.cols), body, status };
}

export function helpFrame(ctx: FrameContext, t: Of<'help'>): Frame {
  const { g, status } = ctx;
  const body = helpLines(g.cols - 2).slice(t.scroll, t.scroll + g.bodyH).map((l) => [{ text: ' ' }, ...l]);
  return { kind: 'full', header: headerLine('Keys', 'Esc or ? to close', g.cols), body, status };
}

/** Files analysed so far while the explorer already shows the ones that are done. */
export interface Progress {
  done: number;
  total: number;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The chrome shared by every screen, or null when the terminal is too small for any. */
export function frameContext(model: CorpusModel, state: State, view: ViewOptions, progress?: Progress | null): FrameContext | null {
  const { cols, rows } = state;
  if (cols < MIN_COLS || rows < MIN_ROWS) return null;
  const bar = state.flash ? [{ text: state.flash, tok: 'error' as const }] : barLine(top(state).kind, cols - 1);
  const c = model.corpus;
  const skipped = c.skipped.length ? ` · ${c.skipped.length} skipped` : '';
  return {
    model,
    view,
    g: geometry(cols, rows),
    status: truncateLine(bar, cols),
    // While analysing, progress comes first so a narrow header still shows it.
    totals: progress
      ? `${progress.total > 0 && progress.done >= progress.total ? 'linking statements…' : `analysing ${count(progress.done)}/${count(progress.total)}`} · ${plural(c.articles.length, 'article', 'articles', count)} · ${plural(c.statements.length, 'statement', 'statements', count)}`
      : `${plural(c.articles.length, 'article')} · ${plural(c.statements.length, 'statement')} · ${plural(c.links.length, 'link')}${skipped}`,
  };
}

/**
 * The notice for a terminal below MIN_COLSxMIN_ROWS. Both sizes must stay readable: the
 * longest wording that fits on one line, else one wrapped over the rows there are.
 */
export function smallFrame(cols: number, rows: number): Frame {
  const width = Math.max(1, cols - 1);
  const min = `${MIN_COLS}x${MIN_ROWS}`;
  const now = `${cols}x${rows}`;
  const wordings = [
    `whosaid: enlarge the terminal to at least ${min} (now ${now})`,
    `whosaid: enlarge the terminal to ${min} (now ${now})`,
    `enlarge the terminal to ${min} (now ${now})`,
    `enlarge to ${min} (now ${now})`,
    `min ${min}, now ${now}`,
    `min ${min} now ${now}`,
  ];
  const one = wordings.find((w) => cellWidth(w) <= width);
  if (one) return { kind: 'small', text: one };
  const height = Math.max(1, rows - 1);
  for (const w of wordings.slice(2)) {
    const lines = wrapLine([{ text: w }], width).map((l) => l.map((x) => x.text).join(''));
    if (lines.length <= height) return { kind: 'small', text: lines.join('\n') };
  }
  return { kind: 'small', text: truncate(wordings[wordings.length - 1]!, width) };
}

/** The frame of the screen on top of the stack. */
export function buildFrame(model: CorpusModel, state: State, view: ViewOptions, progress?: Progress | null): Frame {
  const ctx = frameContext(model, state, view, progress);
  if (!ctx) return smallFrame(state.cols, state.rows);
  const t = top(state);
  switch (t.kind) {
    case 'explorer':
      return explorerFrame(ctx, t);
    case 'reader':
      return readerFrame(ctx, t);
    case 'search':
      return searchFrame(ctx, t);
    case 'compare':
      return compareFrame(ctx, t);
    case 'actor':
      return actorFrame(ctx, t);
    case 'help':
      return helpFrame(ctx, t);
  }
}
