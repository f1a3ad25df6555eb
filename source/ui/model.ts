// Lookup tables over a Corpus, built once in linear time, so every key press is cheap.
import type { AnalyzedArticle, Corpus, CorpusActor, Link, LinkMember, Quote, Statement } from '../types.ts';

/** Something highlighted in the reader: a quote or a statement of reported speech. */
export interface Mark {
  start: number;
  end: number;
  /** Statement id when there is one (quotes usually have one too). */
  statement: string | null;
  quote: Quote | null;
  speaker: string | null;
  kind: 'quote' | 'reported';
  /** Another source carries it: n/N stop here, ] [ and c work. */
  linked: boolean;
}

export interface CorpusModel {
  corpus: Corpus;
  articles: AnalyzedArticle[];
  articleIndex: Map<string, number>;
  statementById: Map<string, Statement>;
  quoteById: Map<string, Quote>;
  /** Statement id -> quote id of the statement, and quote id -> statement id. */
  statementOfQuote: Map<string, string>;
  /** Statement id -> the links it belongs to. */
  linksOf: Map<string, Link[]>;
  linkById: Map<string, Link>;
  /** Per article: statements other sources also carry. */
  shared: Map<string, number>;
  /** Per article: marks in reading order. */
  marks(articleId: string): Mark[];
  actorById: Map<string, CorpusActor>;
  /** Every statement whose speaker is this actor (by quote speakerId or by name). */
  statementsOfSpeaker(key: SpeakerKey): Statement[];
  /** Memo for per-article layouts (keyed by the caller). */
  memo: Map<string, unknown>;
  /** A partial corpus shown while the analysis runs: no links yet, cross-source keys wait. */
  linksPending: boolean;
}

/** An actor id, or a speaker label that is no corpus actor ("US official"). */
export type SpeakerKey = { actor: string } | { name: string };

export function buildModel(corpus: Corpus, options: { linksPending?: boolean } = {}): CorpusModel {
  const articleIndex = new Map<string, number>();
  corpus.articles.forEach((a, i) => articleIndex.set(a.id, i));
  const quoteById = new Map<string, Quote>();
  for (const a of corpus.articles) for (const q of a.quotes) quoteById.set(q.id, q);
  const statementById = new Map<string, Statement>();
  const statementOfQuote = new Map<string, string>();
  const statementsByArticle = new Map<string, Statement[]>();
  for (const s of corpus.statements) {
    statementById.set(s.id, s);
    if (s.quote) statementOfQuote.set(s.quote, s.id);
    const list = statementsByArticle.get(s.article);
    if (list) list.push(s);
    else statementsByArticle.set(s.article, [s]);
  }
  const linksOf = new Map<string, Link[]>();
  const linkById = new Map<string, Link>();
  const sharedSets = new Map<string, Set<string>>();
  for (const link of corpus.links) {
    linkById.set(link.id, link);
    const articles = new Set(link.members.map((m) => m.article));
    for (const m of link.members) {
      const list = linksOf.get(m.statement);
      if (list) list.push(link);
      else linksOf.set(m.statement, [link]);
      if (articles.size > 1) {
        const set = sharedSets.get(m.article) ?? new Set<string>();
        set.add(m.statement);
        sharedSets.set(m.article, set);
      }
    }
  }
  const shared = new Map<string, number>();
  for (const [a, set] of sharedSets) shared.set(a, set.size);

  const actorById = new Map<string, CorpusActor>();
  for (const actor of corpus.actors) actorById.set(actor.id, actor);

  const marksCache = new Map<string, Mark[]>();
  const marks = (articleId: string): Mark[] => {
    const hit = marksCache.get(articleId);
    if (hit) return hit;
    const idx = articleIndex.get(articleId);
    const article = idx === undefined ? undefined : corpus.articles[idx];
    if (!article) return [];
    const out: Mark[] = article.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      statement: statementOfQuote.get(q.id) ?? null,
      quote: q,
      speaker: q.speaker,
      kind: 'quote' as const,
      linked: false,
    }));
    for (const s of statementsByArticle.get(articleId) ?? []) {
      if (s.kind !== 'reported') continue;
      out.push({ start: s.start, end: s.end, statement: s.id, quote: null, speaker: s.speaker, kind: 'reported', linked: false });
    }
    for (const m of out) m.linked = !!m.statement && (linksOf.get(m.statement) ?? []).some((l) => l.members.some((x) => x.article !== articleId));
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    marksCache.set(articleId, out);
    return out;
  };

  let bySpeaker: Map<string, Statement[]> | null = null;
  const speakerIndex = (): Map<string, Statement[]> => {
    if (bySpeaker) return bySpeaker;
    bySpeaker = new Map();
    const add = (key: string, s: Statement): void => {
      const list = bySpeaker!.get(key);
      if (list) {
        if (list[list.length - 1] !== s) list.push(s);
      } else bySpeaker!.set(key, [s]);
    };
    for (const s of corpus.statements) {
      const q = s.quote ? quoteById.get(s.quote) : undefined;
      if (q?.speakerId) add(`actor:${q.speakerId}`, s);
      if (s.speaker) add(`name:${s.speaker.toLowerCase()}`, s);
    }
    return bySpeaker;
  };
  const statementsOfSpeaker = (key: SpeakerKey): Statement[] => {
    const index = speakerIndex();
    if ('name' in key) return index.get(`name:${key.name.toLowerCase()}`) ?? [];
    const actor = actorById.get(key.actor);
    const seen = new Set<string>();
    const out: Statement[] = [];
    const lists = [index.get(`actor:${key.actor}`) ?? [], actor ? (index.get(`name:${actor.name.toLowerCase()}`) ?? []) : []];
    for (const list of lists) for (const s of list) if (!seen.has(s.id)) (seen.add(s.id), out.push(s));
    return out;
  };

  return {
    corpus,
    articles: corpus.articles,
    articleIndex,
    statementById,
    quoteById,
    statementOfQuote,
    linksOf,
    linkById,
    shared,
    marks,
    actorById,
    statementsOfSpeaker,
    memo: new Map(),
    linksPending: options.linksPending ?? false,
  };
}

/**
 * The same speaker in another model of the corpus (a partial one replaced by the next):
 * actor ids come from the corpus-wide merge and may change as articles arrive, names do not.
 */
export function sameSpeaker(from: CorpusModel, to: CorpusModel, key: SpeakerKey): SpeakerKey {
  if ('name' in key) return key;
  const before = from.actorById.get(key.actor);
  const now = to.actorById.get(key.actor);
  if (!before || (now && now.name === before.name)) return key;
  const match = to.corpus.actors.find((x) => x.name === before.name && x.kind === before.kind) ?? to.corpus.actors.find((x) => x.name === before.name);
  return match ? { actor: match.id } : { name: before.name };
}

export function articleOf(model: CorpusModel, id: string): AnalyzedArticle | undefined {
  const i = model.articleIndex.get(id);
  return i === undefined ? undefined : model.articles[i];
}

/** The link that carries a statement across sources (the one with most other articles). */
export function crossLinkOf(model: CorpusModel, statement: string | null): Link | null {
  if (!statement) return null;
  let best: Link | null = null;
  let bestCount = 0;
  for (const link of model.linksOf.get(statement) ?? []) {
    const count = new Set(link.members.map((m) => m.article)).size;
    if (count > 1 && count > bestCount) (best = link), (bestCount = count);
  }
  return best;
}

/** How many other articles carry this statement. */
export function alsoIn(model: CorpusModel, statement: string | null): number {
  const link = crossLinkOf(model, statement);
  if (!link || !statement) return 0;
  const own = model.statementById.get(statement)?.article;
  return new Set(link.members.filter((m) => m.article !== own).map((m) => m.article)).size;
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Word overlap (Jaccard) of two member texts. */
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

/**
 * The version of `statement` in the next (dir 1) or previous (dir -1) other source,
 * cycling over the link's articles in order. A link can hold several statements of one
 * article (a quote and the sentence reporting it): the one that best matches the current
 * statement is taken, a quote for a quote first, then by shared words.
 */
export function otherSource(link: Link, statement: string, dir: 1 | -1): LinkMember | null {
  const me = link.members.find((m) => m.statement === statement);
  if (!me) return null;
  const articles: string[] = [];
  for (const m of link.members) if (!articles.includes(m.article)) articles.push(m.article);
  if (articles.length < 2) return null;
  const at = articles.indexOf(me.article);
  const target = articles[(at + dir + articles.length) % articles.length]!;
  let best: LinkMember | null = null;
  let bestScore = -1;
  for (const m of link.members) {
    if (m.article !== target) continue;
    const score = (!!m.quote === !!me.quote ? 1 : 0) + overlap(m.text, me.text);
    if (score > bestScore) (best = m), (bestScore = score);
  }
  return best;
}

/** Display name of an article's source: the outlet, else its file name. */
export function sourceName(article: AnalyzedArticle): string {
  return article.outlet ?? article.path;
}
