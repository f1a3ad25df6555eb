import type { Corpus } from './types.ts';
import { loadCorpus, type LoadOptions } from './corpus/load.ts';
import { analyzeArticle } from './extract/index.ts';
import { mergeActors } from './extract/actors.ts';
import { statementsOf } from './link/statements.ts';
import { compareArticles, linkStatements } from './link/links.ts';

/** files -> articles -> extraction -> statements and links. */
export async function analyzeCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const { articles, skipped } = await loadCorpus(dir, options);
  const analyzed = articles.map(analyzeArticle);
  const actors = mergeActors(analyzed);
  const statements = analyzed.flatMap(statementsOf);
  const links = linkStatements(statements);
  const articleSimilarity = compareArticles(analyzed);
  return { root: dir, articles: analyzed, actors, statements, links, articleSimilarity, skipped };
}
