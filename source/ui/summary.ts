// What `whosaid DIR | less` prints: the corpus as plain text, no escape codes. Columns are
// measured in terminal cells (CJK and emoji take two) and every cell is cut to its width.
import type { Corpus } from '../types.ts';
import { buildModel } from './model.ts';
import { oneLine } from './sanitize.ts';
import { cellWidth, pad, plural, truncate } from './text.ts';

/** Widest id, title and outlet printed (in cells); longer ones end with …. */
export const SUMMARY_ID_W = 40;
export const SUMMARY_TITLE_W = 100;
export const SUMMARY_OUTLET_W = 40;

export function plainSummary(corpus: Corpus): string {
  const model = buildModel(corpus);
  const quotes = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);
  const out = [`whosaid: ${oneLine(corpus.root)}: ${plural(corpus.articles.length, 'article')}, ${plural(quotes, 'quote')}, ${plural(corpus.links.length, 'cross-source link')}`];
  const ids = corpus.articles.map((a) => truncate(oneLine(a.id), SUMMARY_ID_W));
  const idW = Math.max(2, ...ids.map(cellWidth));
  const shared = corpus.articles.map((a) => model.shared.get(a.id) ?? 0);
  // Number columns as wide as their largest number, so every row lines up.
  const qW = Math.max(4, ...corpus.articles.map((a) => String(a.quotes.length).length));
  const sW = Math.max(3, ...shared.map((n) => String(n).length));
  corpus.articles.forEach((a, i) => {
    const n = a.quotes.length;
    const source = a.outlet ? ` (${truncate(oneLine(a.outlet), SUMMARY_OUTLET_W)})` : '';
    out.push(`${pad(ids[i]!, idW)}  ${String(n).padStart(qW)} ${n === 1 ? 'quote ' : 'quotes'}  ${String(shared[i]).padStart(sW)} shared  ${truncate(oneLine(a.title), SUMMARY_TITLE_W)}${source}`);
  });
  for (const s of corpus.skipped) out.push(`skipped ${truncate(oneLine(s.path), SUMMARY_TITLE_W)}: ${truncate(oneLine(s.reason), SUMMARY_TITLE_W)}`);
  out.push('Run whosaid in a terminal to explore, or `whosaid export` for JSON/CSV.');
  return out.join('\n') + '\n';
}
