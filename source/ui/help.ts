// The ? screen and the status bar, both printed from the binding table.
import { barFor, helpSections, type ScreenKind } from './keys.ts';
import { pad, truncateLine, type Line } from './text.ts';

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

/** Status-bar hints for a screen: "key label" pairs. */
export function barLine(screen: ScreenKind): Line {
  const line: Line = [];
  for (const [keys, label] of barFor(screen)) {
    line.push({ text: keys, tok: 'key' }, { text: ` ${label}  `, tok: 'bar' });
  }
  return line;
}
