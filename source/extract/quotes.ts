import type { Article } from '../types.ts';

export interface QuoteSpan {
  /** Offsets of the text between the marks. */
  start: number;
  end: number;
  /** Offsets of the marks themselves (start of opening mark, end of closing mark). */
  outerStart: number;
  outerEnd: number;
}

// STUB
export function findQuotes(article: Article): QuoteSpan[] {
  void article;
  return [];
}
