import type { Article, ArticleActor, Quote } from '../types.ts';
import type { QuoteSpan } from './quotes.ts';

// STUB
export function attributeQuotes(article: Article, spans: QuoteSpan[], actors: ArticleActor[]): Quote[] {
  void actors;
  return spans.map((s, i) => ({
    id: `${article.id}#q${i + 1}`, article: article.id, text: article.text.slice(s.start, s.end),
    start: s.start, end: s.end, speaker: null, speakerId: null, speakerMention: null, speakerSpan: null,
    anonymous: false, verb: null, kind: 'statement', confidence: 0, group: null,
  }));
}
