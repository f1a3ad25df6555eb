import type { Article, ArticleActor, CorpusActor } from '../types.ts';

// STUB: replaced by the actor extractor.
export function findActors(article: Article): ArticleActor[] {
  void article;
  return [];
}

/** Merges per-article actors across the corpus and rewrites each ArticleActor.id to the corpus id. */
export function mergeActors(articles: { id: string; actors: ArticleActor[] }[]): CorpusActor[] {
  void articles;
  return [];
}
