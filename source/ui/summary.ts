// What `whosaid DIR | less` prints: the corpus as plain text, no escape codes.
import type { Corpus } from '../types.ts';
import { buildModel } from './model.ts';
import { oneLine } from './sanitize.ts';

export function plainSummary(corpus: Corpus): string {
  const model = buildModel(corpus);
  const quotes = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);
  const out = [`whosaid: ${oneLine(corpus.root)}: ${corpus.articles.length} articles, ${quotes} quotes, ${corpus.links.length} cross-source links`];
  const idW = Math.min(40, Math.max(...corpus.articles.map((a) => a.id.length), 2));
  for (const a of corpus.articles) {
    const shared = model.shared.get(a.id) ?? 0;
    const source = a.outlet ? ` (${oneLine(a.outlet)})` : '';
    out.push(`${oneLine(a.id).padEnd(idW)}  ${String(a.quotes.length).padStart(4)} quotes  ${String(shared).padStart(3)} shared  ${oneLine(a.title)}${source}`);
  }
  for (const s of corpus.skipped) out.push(`skipped ${oneLine(s.path)}: ${oneLine(s.reason)}`);
  out.push('Run whosaid in a terminal to explore, or `whosaid export` for JSON/CSV.');
  return out.join('\n') + '\n';
}
