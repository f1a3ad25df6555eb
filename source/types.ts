// The plain data that flows one way through whosaid:
//   files -> Article (corpus) -> quotes/actors (extract) -> statements/links (link) -> index (search) -> UI.
// Every offset is a UTF-16 index into Article.text: the decoded file with its BOM
// removed and CRLF/CR turned into LF. Nothing else is rewritten, so the UI can show
// and highlight the original text.

export type ActorKind = 'person' | 'organization' | 'place';

/** A line of the file, classified by the cleaner. */
export type BlockKind =
  | 'frontmatter'
  | 'title'
  | 'byline'
  | 'content'
  | 'boilerplate'
  | 'blank';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number; // exclusive, excludes the newline
}

export interface Span {
  start: number;
  end: number;
}

/** An actor as one article mentions it. */
export interface ArticleActor {
  /** Corpus-wide actor id (same across articles for the same actor). */
  id: string;
  name: string;
  kind: ActorKind;
  /** Every form as written in this article, without titles ("Trump", "Donald Trump"). */
  aliases: string[];
  mentions: number;
  spans: Span[];
}

/** An actor merged across the corpus. */
export interface CorpusActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentions: number;
  /** Article ids that mention it. */
  articles: string[];
}

export type QuoteKind = 'statement' | 'term';

export interface Quote {
  /** `${articleId}#q${n}`, n counting from 1 in reading order. */
  id: string;
  article: string;
  /** Characters between the marks, as written. */
  text: string;
  start: number;
  end: number;
  /** Canonical speaker: an actor name, or a label for an unnamed source ("US official"). */
  speaker: string | null;
  /** Corpus actor id when the speaker is a known actor. */
  speakerId: string | null;
  /** The mention as written ("he", "a US official", "Mr Witkoff"). */
  speakerMention: string | null;
  speakerSpan: Span | null;
  anonymous: boolean;
  /** "said", "told", "wrote", "according to", "mentioned", ":" for headline colons. */
  verb: string | null;
  kind: QuoteKind;
  /** 0..1, how sure the attribution is. */
  confidence: number;
  /** Quotes cut apart by one attribution ("A," he said, "B.") share a group id. */
  group: string | null;
}

export interface Article {
  id: string;
  /** Path relative to the corpus root, with the extension. */
  path: string;
  title: string;
  /** True when the title came from an explicit headline or front matter. */
  titleExplicit: boolean;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  date: string | null;
  url: string | null;
  text: string;
  blocks: Block[];
  bytes: number;
}

export interface AnalyzedArticle extends Article {
  quotes: Quote[];
  actors: ArticleActor[];
}

/** A quote or a sentence of reported speech: the unit that search and links work on. */
export interface Statement {
  id: string;
  article: string;
  kind: 'quote' | 'reported';
  text: string;
  start: number;
  end: number;
  /** Quote id when kind === 'quote'. */
  quote: string | null;
  speaker: string | null;
  anonymous: boolean;
}

export type DiffPart = { op: 'same' | 'add' | 'del'; text: string };

export interface LinkMember {
  statement: string;
  article: string;
  start: number;
  end: number;
  text: string;
  quote: string | null;
  speaker: string | null;
  /** Word-level diff from the link's first member to this one (empty for the first). */
  diff: DiffPart[];
}

export interface Link {
  id: string;
  /** 0..1: 1 is verbatim. */
  score: number;
  kind: 'verbatim' | 'near-verbatim' | 'reworded';
  members: LinkMember[];
}

export interface ArticleSimilarity {
  a: string;
  b: string;
  score: number;
  /** 'near-copy' for same wording, 'paraphrase' for machine-reworded copies. */
  relation: 'near-copy' | 'paraphrase' | 'related';
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface Corpus {
  root: string;
  articles: AnalyzedArticle[];
  actors: CorpusActor[];
  statements: Statement[];
  links: Link[];
  articleSimilarity: ArticleSimilarity[];
  /** Articles that read like machine-spun copies (source/link/rewrites.ts), most suspicious first. */
  rewrites?: { article: string; score: number; evidence: string[] }[];
  skipped: Skipped[];
}
