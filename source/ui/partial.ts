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

/**
 * Articles done out of path order (a worker on a later batch) are held back while at most
 * this many wait behind a gap; past that the gap is a slow file and everything shows.
 */
export const HOLD_BACK = 256;

export class PartialCorpus {
  private readonly articles: AnalyzedArticle[] = [];
  private readonly statements = new Map<string, Statement[]>();
  private readonly actors = new Map<string, CorpusActor & { aliasSet: Set<string> }>();
  private pending: AnalyzedArticle[] = [];
  /** Arrived with their index in path order, not shown yet (ascending index). */
  private held: { article: AnalyzedArticle; index: number }[] = [];
  private arrived = 0;
  private skips = 0;
  /** Skipped files already taken to fill gaps below shownUpTo. */
  private usedSkips = 0;
  /** Every index below this is shown or skipped. */
  private shownUpTo = 0;
  private unindexed = false;

  constructor(private readonly root: string) {}

  /**
   * Queue an article as analyzeCorpus delivers it (cheap: the work is done at the next
   * snapshot). With `index`, its place in the sorted file list, the list only ever grows at
   * its end: an article shows once every one before it in path order is done (or skipped),
   * so rows never shift under a selection and keys typed ahead mean the same rows.
   */
  add(article: AnalyzedArticle, index?: number): void {
    this.arrived++;
    if (index === undefined || this.unindexed) {
      this.unindexed = true;
      this.pending.push(article, ...this.held.map((h) => h.article));
      this.held = [];
    } else this.held.push({ article, index });
  }

  /** Files done so far, articles or not (onProgress): the difference is files skipped. */
  progress(done: number): void {
    this.skips = Math.max(this.skips, done - this.arrived);
  }

  get size(): number {
    return this.arrived;
  }

  /** Grows with every article or skipped file: a snapshot may differ once it has. */
  get changes(): number {
    return this.arrived + this.skips;
  }

  /** Move the held articles that now follow on without a gap (or all, past HOLD_BACK) to pending. */
  private release(): void {
    if (!this.held.length) return;
    this.held.sort((a, b) => a.index - b.index);
    // Skipped files are not known by index: each one may fill one gap.
    let gaps = 0;
    let next = this.shownUpTo;
    let take = 0;
    for (const h of this.held) {
      const g = gaps + Math.max(0, h.index - next);
      if (g > this.skips - this.usedSkips) break;
      gaps = g;
      next = Math.max(next, h.index + 1);
      take++;
    }
    this.usedSkips += gaps;
    if (this.held.length - take > HOLD_BACK) take = this.held.length;
    if (!take) return;
    this.shownUpTo = Math.max(this.shownUpTo, this.held[take - 1]!.index + 1);
    for (const h of this.held.slice(0, take)) this.pending.push(h.article);
    this.held = this.held.slice(take);
  }

  /** Take in what arrived since the last call; linear in the new articles. */
  private absorb(): void {
    this.release();
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
