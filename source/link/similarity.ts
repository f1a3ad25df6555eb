import type { AnalyzedArticle, ArticleSimilarity } from '../types.ts';
// placeholder, replaced below
export function compareArticles(articles: AnalyzedArticle[]): ArticleSimilarity[] { void articles; return []; }
