import type { Corpus, Statement } from '../types.ts';

export type SearchField = 'text' | 'speaker' | 'outlet' | 'title';

export interface SearchHit {
  statement: Statement;
  /** 0 is a perfect match, 1 a poor one (fuse.js convention). */
  score: number;
  /** Matched character ranges per field, inclusive [start, end] pairs as fuse.js gives them. */
  matches: { field: SearchField; indices: [number, number][] }[];
}

export interface StatementSearch {
  search(query: string, limit?: number): SearchHit[];
}

// STUB: replaced by the fuse.js-backed index.
export function createSearch(corpus: Corpus): StatementSearch {
  return {
    search(query, limit = 50) {
      const q = query.toLowerCase();
      return corpus.statements
        .filter((s) => s.text.toLowerCase().includes(q))
        .slice(0, limit)
        .map((statement) => ({ statement, score: 0, matches: [] }));
    },
  };
}
