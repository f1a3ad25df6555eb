import type { AnalyzedArticle, Statement } from '../types.ts';

// STUB: replaced by the statement builder (quotes + reported speech).
export function statementsOf(article: AnalyzedArticle): Statement[] {
  return article.quotes.map((q) => ({
    id: q.id, article: article.id, kind: 'quote', text: q.text, start: q.start, end: q.end,
    quote: q.id, speaker: q.speaker, anonymous: q.anonymous,
  }));
}
