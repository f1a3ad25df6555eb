import type { AnalyzedArticle, Article } from '../types.ts';
import { findActors } from './actors.ts';
import { findQuotes } from './quotes.ts';
import { attributeQuotes } from './attribution.ts';

/** Everything whosaid reads out of one article. Pure: same article in, same result out. */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const actors = findActors(article);
  const spans = findQuotes(article);
  const quotes = attributeQuotes(article, spans, actors);
  return { ...article, quotes, actors };
}
