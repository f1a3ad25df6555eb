// The ? screen and the status bar, both printed from the binding table.
import { barFor, helpSections, type ScreenKind } from './keys.ts';
import { cellWidth, pad, truncateLine, type Line } from './text.ts';

const TITLES: Record<ScreenKind | 'everywhere', string> = {
  everywhere: 'Everywhere (in the search prompt letters are text: use ↑ ↓, Enter, Esc)',
  explorer: 'Explorer (article list and detail pane)',
  reader: 'Reader',
  search: 'Search (type to search; fuzzy, or: \'exact  ^prefix  suffix$  !not  a | b)',
  compare: 'Compare versions',
  actor: 'Actor statements',
  help: 'This help',
};

export function helpLines(width: number): Line[] {
  const lines: Line[] = [];
  for (const section of helpSections()) {
    lines.push(truncateLine([{ text: TITLES[section.screen], tok: 'heading' }], width));
    for (const [keys, help] of section.rows) lines.push(truncateLine([{ text: `  ${pad(keys, 18)}`, tok: 'key' }, { text: help }], width));
    lines.push([]);
  }
  return lines;
}

/** Status-bar hints kept longest when the bar is too narrow for all (first = last dropped). */
const KEEP = ['help', 'quit', 'back', 'search', 'open', 'next quote', 'select', 'pane', 'next source', 'compare', 'move'];

/**
 * Status-bar hints for a screen: "key label" pairs, in table order. When they do not fit in
 * `width` cells, the least important go first, so `? help` and `q quit` always show.
 */
export function barLine(screen: ScreenKind, width = Infinity): Line {
  let pairs = barFor(screen);
  const cells = (ps: [string, string][]): number => ps.reduce((n, [keys, label]) => n + cellWidth(keys) + cellWidth(label) + 3, 0) - 2;
  const rank = (label: string): number => (KEEP.includes(label) ? KEEP.indexOf(label) : KEEP.length);
  while (pairs.length > 1 && cells(pairs) > width) {
    const worst = pairs.reduce((w, p, i) => (rank(p[1]) >= rank(pairs[w]![1]) ? i : w), 0);
    pairs = pairs.filter((_, i) => i !== worst);
  }
  const line: Line = [];
  pairs.forEach(([keys, label], i) => {
    line.push({ text: keys, tok: 'key' }, { text: i < pairs.length - 1 ? ` ${label}  ` : ` ${label}`, tok: 'bar' });
  });
  return line;
}
