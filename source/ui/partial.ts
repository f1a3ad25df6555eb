// The corpus as far as a cold analysis has got, grown in place as articles arrive.
//
// corpusOf() rebuilds everything from scratch (statements of every article, the full actor
// merge): at 10,000 articles that is seconds of main-thread work per refresh, a frozen UI.
// Here each article is handled once when it arrives (statements, actors grouped by their
// per-article id, which is kind + normalised name), so a refresh costs a sort and some
// concatenation. The full merge and the links come with the final corpus.
import { statementsOf } from '../link/statements.ts';
import type { AnalyzedArticle, Corpus, CorpusActor, Statement } from '../types.ts';

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export class PartialCorpus {
  private readonly articles: AnalyzedArticle[] = [];
  private readonly statements = new Map<string, Statement[]>();
  private readonly actors = new Map<string, CorpusActor & { aliasSet: Set<string> }>();
  private pending: AnalyzedArticle[] = [];

  constructor(private readonly root: string) {}

  /** Queue an article as analyzeCorpus delivers it (cheap: the work is done at the next snapshot). */
  add(article: AnalyzedArticle): void {
    this.pending.push(article);
  }

  get size(): number {
    return this.articles.length + this.pending.length;
  }

  /** Take in what arrived since the last call; linear in the new articles. */
  private absorb(): void {
    for (const original of this.pending) {
      // A copy: the final merge rewrites actor ids on the delivered objects in place.
      const a: AnalyzedArticle = { ...original, actors: original.actors.map((x) => ({ ...x })), quotes: original.quotes.map((q) => ({ ...q })) };
      this.articles.push(a);
      this.statements.set(a.id, statementsOf(a));
      for (const x of a.actors) {
        const known = this.actors.get(x.id);
        if (known) {
          known.mentions += x.mentions;
          known.articles.push(a.id);
          for (const al of x.aliases) known.aliasSet.add(al);
        } else this.actors.set(x.id, { id: x.id, name: x.name, kind: x.kind, aliases: [], aliasSet: new Set(x.aliases), mentions: x.mentions, articles: [a.id] });
      }
    }
    this.pending = [];
  }

  /** A Corpus of everything so far: articles in path order, statements, actors; no links. */
  snapshot(): Corpus {
    this.absorb();
    this.articles.sort(byPath);
    const articles = [...this.articles];
    const statements = articles.flatMap((a) => this.statements.get(a.id) ?? []);
    const actors = [...this.actors.values()].map(({ aliasSet, ...x }) => ({ ...x, aliases: [...aliasSet], articles: [...x.articles] }));
    return { root: this.root, articles, actors, statements, links: [], articleSimilarity: [], rewrites: [], skipped: [] };
  }
}
