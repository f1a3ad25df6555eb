import type { Article, Block } from '../types.ts';

// STUB: replaced by the cleaner (boilerplate, title, outlet, byline, dateline, front matter).
export function parseArticle(id: string, relPath: string, text: string, bytes: number): Article {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    blocks.push({ kind: line.trim() ? 'content' : 'blank', start, end });
    start = end + 1;
  }
  const first = text.split('\n').find((l) => l.trim()) ?? id;
  return {
    id, path: relPath, title: first.slice(0, 80), titleExplicit: false,
    outlet: null, byline: null, dateline: null, date: null, url: null,
    text, blocks, bytes,
  };
}
