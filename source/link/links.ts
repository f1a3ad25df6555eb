import type { AnalyzedArticle, ArticleSimilarity, Link, Statement } from '../types.ts';

// STUB: replaced by cross-source linking.
export function linkStatements(statements: Statement[]): Link[] {
  void statements;
  return [];
}

export function compareArticles(articles: AnalyzedArticle[]): ArticleSimilarity[] {
  void articles;
  return [];
}
