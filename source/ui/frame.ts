// State -> what is on screen, as plain lines. Only visible rows are built (the article
// list and the reader are virtualised), so a frame costs the same for 5 or 10,000 articles.
import { barLine, helpLines } from './help.ts';
import { actorLayout, ARTICLE_ROW_H, articleRows, compareLayout, detailLayout, geometry, hitRows, HIT_H, MIN_COLS, MIN_ROWS, readerLayout, selectLine, speakerTitle, type ItemLayout } from './layout.ts';
import { articleOf, sourceName, type CorpusModel } from './model.ts';
import { oneLine } from './sanitize.ts';
import type { State } from './state.ts';
import { top } from './state.ts';
import { cellWidth, fitLine, truncate, truncateLine, type Line } from './text.ts';
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

export function buildFrame(model: CorpusModel, state: State, view: ViewOptions): Frame {
  const { cols, rows } = state;
  if (cols < MIN_COLS || rows < MIN_ROWS) {
    return { kind: 'small', text: truncate(`whosaid: enlarge the terminal to at least ${MIN_COLS}x${MIN_ROWS} (now ${cols}x${rows})`, Math.max(1, cols - 1)) };
  }
  const g = geometry(cols, rows);
  const t = top(state);
  const bar = state.flash ? [{ text: state.flash, tok: 'error' as const }] : barLine(t.kind);
  const status = truncateLine(bar, cols);
  const c = model.corpus;
  const skipped = c.skipped.length ? ` · ${c.skipped.length} skipped` : '';
  const totals = `${c.articles.length} articles · ${c.statements.length} statements · ${c.links.length} links${skipped}`;

  switch (t.kind) {
    case 'explorer': {
      const per = Math.floor(g.bodyH / ARTICLE_ROW_H);
      const left = articleRows(model, t.scroll, per, g.leftW, t.sel, t.focus === 'list');
      const article = model.articles[t.sel];
      const detail = article ? detailLayout(model, article.id, g.detailW, view.color) : { lines: [], items: [] };
      const right = itemWindow(detail, t.focus === 'detail' ? t.dsel : null, t.dscroll, g.bodyH, g.detailW).map((l) => [{ text: ' ' }, ...l]);
      const pos = model.articles.length ? `${t.sel + 1}/${model.articles.length}` : '0/0';
      return { kind: 'panes', header: headerLine(`whosaid · ${oneLine(c.root)} · ${pos}`, totals, cols), left, right, leftW: g.leftW, rightW: g.rightW, status };
    }
    case 'reader': {
      const a = articleOf(model, t.article);
      const layout = readerLayout(model, t.article, g.readerW, view.color);
      const body: Line[] = [];
      for (let i = t.scroll; i < Math.min(layout.lines.length, t.scroll + g.bodyH); i++) {
        const line = layout.lines[i]!;
        const current = t.mark !== null && line.some((s) => s.mark === t.mark);
        // The ▶ gutter marks the current statement even without colour.
        body.push([{ text: current ? '▶' : ' ', tok: 'badge' }, ...(current ? line.map((s) => (s.mark === t.mark ? { ...s, tok: 'quoteCurrent' as const } : s)) : line)]);
      }
      const marks = model.marks(t.article);
      const end = Math.min(layout.lines.length, t.scroll + g.bodyH);
      const cur = t.mark === null ? undefined : marks[t.mark];
      const quotes = marks.filter((m) => m.kind === 'quote');
      const label = !cur ? '' : cur.kind === 'quote' ? `quote ${quotes.indexOf(cur) + 1}/${quotes.length} · ` : 'reported statement · ';
      const where = `${label}lines ${layout.lines.length ? t.scroll + 1 : 0}-${end}/${layout.lines.length}`;
      const title = a ? `${oneLine(sourceName(a))} — ${oneLine(a.title || a.path)}` : t.article;
      return { kind: 'full', header: headerLine(title, where, cols), body, status };
    }
    case 'search': {
      const prompt: Line = [{ text: '/ ', tok: 'prompt' }, { text: oneLine(t.query) }, { text: '█', tok: 'dim' }];
      const pending = t.hitsSeq !== t.seq;
      const count = pending ? 'searching…' : t.query ? `${t.hits.length} result${t.hits.length === 1 ? '' : 's'}` : 'type to search quotes, speakers, outlets, titles';
      const head = fitLine(prompt, Math.max(1, cols - cellWidth(count) - 2));
      const body: Line[] = [[...head, { text: '  ' }, { text: count, tok: 'dim' }]];
      body.push([{ text: truncate("fuzzy · 'exact  ^prefix  suffix$  !not  a | b", cols), tok: 'dim' }]);
      const per = Math.floor((g.bodyH - 2) / HIT_H);
      body.push(...hitRows(model, t.hits, t.query, t.scroll, per, cols, t.sel, view.color));
      if (!pending && t.query && !t.hits.length) body.push([{ text: '  no statement matches', tok: 'dim' }]);
      return { kind: 'full', header: headerLine('Search every statement', totals, cols), body, status };
    }
    case 'compare': {
      const layout = compareLayout(model, t.link, cols - 2, view.color, view.markers);
      const body = itemWindow(layout, t.sel, t.scroll, g.bodyH, cols - 2).map((l) => [{ text: ' ' }, ...l]);
      return { kind: 'full', header: headerLine('Across sources: every version', `version ${t.sel + 1}`, cols), body, status };
    }
    case 'actor': {
      const layout = actorLayout(model, t.key, cols - 2, view.color);
      const body = itemWindow(layout, t.sel, t.scroll, g.bodyH, cols - 2).map((l) => [{ text: ' ' }, ...l]);
      return { kind: 'full', header: headerLine(`Statements of ${oneLine(speakerTitle(model, t.key))}`, totals, cols), body, status };
    }
    case 'help': {
      const lines = helpLines(cols - 2);
      const body = lines.slice(t.scroll, t.scroll + g.bodyH).map((l) => [{ text: ' ' }, ...l]);
      return { kind: 'full', header: headerLine('Keys', 'Esc or ? to close', cols), body, status };
    }
  }
}
