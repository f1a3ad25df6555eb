// Attributes each quotation to its speaker.
//
// Evidence for one quote, strongest first:
//   1. an attribution right after it:        "…," he said / said Smith / a US official said
//   2. a speech verb earlier in its sentence: Smith said on Monday, "…" / X stipulates that "…"
//   3. a colon:                               Trump: "…"  /  headline …: Menon
//   4. an attribution later in its sentence:  "…" in the size of X, an official said
//   5. the quote before it in the same sentence: "A," and "B." / "A," adding, "B."
//   6. the speaker of the last quote (a paragraph that is only a quote continues its speaker)
// Pronouns and descriptions ("the official", "the Ukrainian president", "the researcher") are
// resolved against people, organisations, unnamed sources and earlier speakers mentioned before
// them in reading order, never against names inside quotes.
import type { Article, ArticleActor, Quote, QuoteKind } from '../types.ts';
import { paragraphsOf, type Paragraph, type QuoteSpan } from './quotes.ts';
import { DEMONYMS } from './gazetteer.ts';
import {
  TIME_WORDS, DOCUMENT_HEADS, INSTITUTION_HEADS, PREPOSITIONS, PRONOUNS_PLURAL, PRONOUNS_SINGULAR, RELATIVE_WORDS,
  SOURCE_MODIFIERS, SPEECH_VERBS, TITLES, VERB_FILLERS,
} from './lexicon.ts';
import {
  withoutAsides, ASKED, ASKING, COMPLEMENT_STARTERS, COORDINATORS, DETERMINER_WORDS, FEMALE_ROLES, FEMALE_TITLES, FUNCTION_WORDS, MALE_ROLES, MALE_TITLES, NAME_PARTICLES, ROLE_WORDS, SENTENCE_ADVERBS, bareName, endsWithRole, headOf, isBareDocument, isFinite, isName, isNounUse, isPronoun, isSpeakerPhrase, isSpeechVerb, lastAtOrBefore, nameKey, readSourceMentionLoose, verbFits, type NounPhrase,
} from './phrases.ts';
import { readSourceMention, SourceTracker, sourceHead, type UnnamedSource } from './sources.ts';
import { isCapitalized, sentenceEnd, sentenceStart, stripPossessive, tokenize, type Token } from './text.ts';

type Gender = 'm' | 'f' | null;

/** Who a mention refers to. */
interface Speaker {
  name: string;
  actor: ArticleActor | null;
  anonymous: boolean;
  plural: boolean;
  source: UnnamedSource | null;
  kind: 'person' | 'org' | 'source' | 'other';
}

interface Attribution {
  speaker: Speaker | null;
  mention: string | null;
  mentionStart: number;
  mentionEnd: number;
  verb: string | null;
  confidence: number;
}

/** A place where someone is mentioned, for resolving pronouns and descriptions. */
interface Candidate {
  pos: number;
  speaker: Speaker;
  subjectish: boolean;
  /** The subject of a speech verb: the strongest antecedent for "he said". */
  attributed: boolean;
}

export function attributeQuotes(article: Article, spans: QuoteSpan[], actors: ArticleActor[]): Quote[] {
  return new Attributor(article, spans, actors).run();
}

// `"…" That was the view of X` / `Those were the words of X` right after a quote.
const VIEW_OF = /^[\s,.]*(?:That|This|Such|Those|These|So)\s+(?:was|is|were|are|says|said)\s+(?:the\s+|one\s+)?(?:(?:blunt|stark|considered|early|initial|verdict|first)\s+)?(?:view|verdict|assessment|opinion|words?|message|warning|reaction|response|take|judg(?:e)?ment|conclusion|advice|argument|plea|prediction)\s+(?:of|from)\s+/;
// An all-caps place, an optional date and agency, then a dash or colon.
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--|-|:)\s*/u;
/** How many earlier mentions a description ("the minister") looks back over. */
const DESCRIPTION_LOOKBACK = 400;
const ISSUED_BY = /^\s+(?:(?:issued|signed|released|published|posted|sent|put out|circulated)\s+(?:\w+\s+){0,2}?by|from|by)\s+(?:the\s+)?/;
const QUOTED_AS = new Set(['quoted', 'heard', 'recorded', 'filmed', 'overheard']);
/** "X was quoted (by AP) as saying": the index of "quoted" before "as" and the verb at i, else -1. */
function quotedAs(tokens: Token[], i: number, floor: number): number {
  if (tokens[i - 1]?.lower !== 'as') return -1;
  for (let k = i - 2; k >= Math.max(floor, i - 6); k--) if (QUOTED_AS.has(tokens[k]!.lower)) return k;
  return -1;
}
const MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', "won't", 'cannot']);
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling']);
const PASSIVE_AUX = new Set(['been', 'being', 'was', 'were', 'is', 'are', 'be', 'get', 'got', 'gets']);
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

class Attributor {
  private readonly text: string;
  private readonly paragraphs: Paragraph[];
  /** Each paragraph's tokens, and the same without those inside quotes. */
  private readonly allTokens: Token[][];
  private readonly tokens: Token[][];
  private readonly tracker = new SourceTracker();
  private readonly candidates: Candidate[] = [];
  private readonly roles = new Map<ArticleActor, Set<string>>();
  private readonly gender = new Map<ArticleActor, Gender>();
  private readonly actorStarts = new Set<number>();
  /** Where someone who asked a question is mentioned. */
  private readonly askers = new Set<number>();
  private readonly actorEnds = new Set<number>();
  /** Every name and alias, loosely keyed, to its actor. */
  private readonly byName = new Map<string, ArticleActor>();

  constructor(
    private readonly article: Article,
    private readonly spans: QuoteSpan[],
    private readonly actors: ArticleActor[],
  ) {
    this.text = article.text;
    this.paragraphs = paragraphsOf(article);
    for (const a of actors) {
      for (const sp of a.spans) {
        this.actorStarts.add(sp.start);
        this.actorEnds.add(sp.end);
      }
      for (const form of [a.name, ...a.aliases]) if (!this.byName.has(nameKey(form))) this.byName.set(nameKey(form), a);
    }
    this.allTokens = this.paragraphs.map((p) => tokenize(this.text, p.start, p.end));
    this.tokens = this.allTokens.map((ts) => ts.filter((t) => !this.insideQuote(t.start)));
    this.collectActorMentions();
    this.collectSourceMentions();
  }

  /** Tokens wholly inside [from, to), from the paragraph's tokens (tokenising once per paragraph). */
  private tokensIn(from: number, to: number): Token[] {
    const p = this.paragraphAt(from);
    const para = this.paragraphs[p];
    if (!para || to > para.end + 1) return this.tokensIn(from, to);
    const tokens = this.allTokens[p]!;
    const lo = lastAtOrBefore(tokens, from - 1, (t) => t.start) + 1;
    const out: Token[] = [];
    for (let i = lo; i < tokens.length && tokens[i]!.start < to; i++) if (tokens[i]!.end <= to) out.push(tokens[i]!);
    return out;
  }

  private insideQuote(pos: number): boolean {
    const i = lastAtOrBefore(this.spans, pos, (s) => s.outerStart);
    return i >= 0 && pos < this.spans[i]!.outerEnd;
  }

  private paragraphAt(pos: number): number {
    const i = lastAtOrBefore(this.paragraphs, pos, (p) => p.start);
    return i >= 0 && pos <= this.paragraphs[i]!.end ? i : -1;
  }

  /** Candidates mentioned in [from, to), in reading order. */
  private candidatesIn(from: number, to: number): Candidate[] {
    const lo = lastAtOrBefore(this.candidates, from - 1, (c) => c.pos) + 1;
    const out: Candidate[] = [];
    for (let i = lo; i < this.candidates.length && this.candidates[i]!.pos < to; i++) out.push(this.candidates[i]!);
    return out;
  }

  // ---------------------------------------------------------------- mentions

  private collectActorMentions(): void {
    for (const actor of this.actors) {
      if (actor.kind === 'place') continue;
      const roles = new Set<string>();
      let described = 0;
      for (const span of actor.spans) {
        if (this.insideQuote(span.start)) continue;
        // Descriptions come with the first few mentions ("guitarist Niamh Cassidy"), rarely later.
        if (described++ < 4) for (const w of this.describingWords(span.start, span.end)) roles.add(w);
      }
      if ([...roles].some((w) => FEMALE_ROLES.has(w))) this.gender.set(actor, 'f');
      else if ([...roles].some((w) => MALE_ROLES.has(w))) this.gender.set(actor, 'm');
      for (const span of actor.spans) {
        if (this.insideQuote(span.start)) continue;
        this.noteGender(actor, span.start, span.end);
        this.addCandidate({ pos: span.start, speaker: this.actorSpeaker(actor), subjectish: this.subjectish(span.start, span.end), attributed: false });
      }
      this.roles.set(actor, roles);
    }
  }

  /** Words that describe an actor where it is named: "guitarist X", "X, the EU's chief negotiator,". */
  private describingWords(start: number, end: number): string[] {
    const p = this.paragraphs[this.paragraphAt(start)];
    if (!p) return [];
    const words: string[] = [];
    const before = this.tokensIn(Math.max(p.start, start - 80), start);
    for (let i = before.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const t = before[i]!;
      if (t.text === ',') {
        // "The European Union’s chief negotiator, Helena Brandt": a description before a comma.
        for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
          const u = before[j]!;
          if (u.text === ',' || u.text === '.' || u.text === ':' || PREPOSITIONS.has(u.lower) && u.lower !== 'of') break;
          words.push(stripPossessive(u.lower));
        }
        break;
      }
      if (PREPOSITIONS.has(t.lower) || DETERMINER_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower) || /^[.;:()]$/.test(t.text)) break;
      words.push(stripPossessive(t.lower));
    }
    const after = this.tokensIn(end, Math.min(p.end, end + 100));
    if (after[0]?.text === ',') {
      // An appositive closes with a comma or the sentence's end: "X, the EU's chief negotiator, said".
      const appositive: string[] = [];
      for (let i = 1; i < after.length && i <= 10; i++) {
        const t = after[i]!;
        if (t.text === ',' || t.text === '.' || t.text === ';' || i === after.length - 1) {
          if (t.text !== ';') words.push(...appositive);
          break;
        }
        if (RELATIVE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
        appositive.push(stripPossessive(t.lower));
      }
    }
    return words;
  }

  /**
   * Gender from a title ("Mr", "Ms") or, failing that, from the first personal pronoun after
   * the name in its sentence with no other name between: "Kevin Omondi pokes his head".
   */
  private noteGender(actor: ArticleActor, start: number, end: number): void {
    const title = this.text.slice(Math.max(0, start - 6), start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (MALE_TITLES.has(title)) this.gender.set(actor, 'm');
    else if (FEMALE_TITLES.has(title)) this.gender.set(actor, 'f');
    if (this.gender.has(actor)) return;
    const p = this.paragraphs[this.paragraphAt(start)];
    if (!p) return;
    const stop = sentenceEnd(this.text, end, p.end);
    const tokens = this.tokensIn(end, stop);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (this.actorStarts.has(t.start) || this.insideQuote(t.start)) return;
      // Only a subject pronoun ("Shah said she had …") or a possessive right after a verb
      // ("Omondi pokes his head") is about the person; objects ("saw less of him") are not.
      const prev = tokens[k - 1];
      const subject = (t.lower === 'he' || t.lower === 'she') && !!prev && (isSpeechVerb(prev) || prev.lower === 'that' || prev.text === ',');
      const possessive = (t.lower === 'his' || t.lower === 'her') && !!prev && prev.text === prev.lower && /^\p{L}+$/u.test(prev.text) && !PREPOSITIONS.has(prev.lower) && !DETERMINER_WORDS.has(prev.lower) && k <= 2;
      if (!subject && !possessive) continue;
      return void this.gender.set(actor, t.lower === 'he' || t.lower === 'his' ? 'm' : 'f');
    }
  }

  /** Unnamed sources mentioned anywhere outside quotes, so "the second official" can be told apart. */
  private collectSourceMentions(): void {
    this.tokens.forEach((tokens) => {
      tokens.forEach((_, i) => {
        const m = readSourceMention(tokens, i);
        if (!m || this.describesNamed(tokens, i, m.start)) return;
        const source = this.tracker.identify(m);
        this.addCandidate({ pos: m.start, speaker: this.sourceSpeaker(source, null), subjectish: this.subjectish(m.start, m.end), attributed: false });
      });
    });
  }

  /** "India's chief negotiator, Rajiv Menon," / "Rajiv Menon, India's negotiator," describe a named person. */
  private describesNamed(tokens: Token[], head: number, start: number): boolean {
    const next = tokens[head + 1];
    let at = next?.text === ',' ? head + 2 : head + 1;
    // "a Welsh officer, Captain Edward Vaughan-Lloyd": titles come before the name's span.
    while (tokens[at] && TITLES.has(tokens[at]!.lower.replace(/\.$/, '')) && isCapitalized(tokens[at]!.text) && at < head + 5) at++;
    const afterComma = tokens[at];
    if (afterComma && /^\p{Lu}\p{Ll}/u.test(afterComma.text) && this.actorStarts.has(afterComma.start)) return true;
    const before = tokens.findIndex((t) => t.start === start);
    const prev = tokens[before - 1];
    const prevName = prev?.text === ',' ? tokens[before - 2] : null;
    return !!prevName && this.actorEnds.has(prevName.end);
  }

  private addCandidate(c: Candidate): void {
    const i = lastAtOrBefore(this.candidates, c.pos, (x) => x.pos);
    if (i >= 0 && this.candidates[i]!.pos === c.pos) {
      if (c.attributed) this.candidates[i] = c;
      return;
    }
    this.candidates.splice(i + 1, 0, c);
  }

  /** A mention preceded by a preposition ("met with X", "by presenter X") or possessive is no subject. */
  private subjectish(start: number, end: number): boolean {
    if (/^[’']s\b/.test(this.text.slice(end, end + 3))) return false;
    const window = this.text.slice(Math.max(0, start - 60), start);
    const clause = window.slice(Math.max(...[',', ';', ':', '(', '—'].map((c) => window.lastIndexOf(c)), window.search(/[.!?]\s+\S*$/)) + 1);
    const before = clause.match(/[\p{L}’'.]+/gu) ?? [];
    for (let k = before.length - 1, n = 0; k >= 0 && n < 7; k--, n++) {
      const word = before[k]!;
      const w = word.toLowerCase().replace(/\.$/, '');
      // Titles and names before the mention ("by Assistant U.S. Attorney Kevin Dorsey") are part of it.
      if (/^\p{Lu}/u.test(word) || TITLES.has(w) || ROLE_WORDS.has(w)) continue;
      return !PREPOSITIONS.has(w);
    }
    return true;
  }

  private actorSpeaker(actor: ArticleActor): Speaker {
    return { name: this.displayName(actor), actor, anonymous: false, plural: false, source: null, kind: actor.kind === 'person' ? 'person' : 'org' };
  }

  /** The actor's name as this article writes it: "AFP" here even where the corpus knows "Agence France-Presse". */
  private readonly displayNames = new Map<ArticleActor, string>();
  /** Capitalised words inside the quote being attributed (null between quotes). */
  private quoteWords: Set<string> | null = null;

  /** Whether a capitalised word of the quote is one of the actor's name words. */
  private namedIn(actor: ArticleActor, words: Set<string>): boolean {
    if (!words.size) return false;
    return [actor.name, ...actor.aliases].some((n) => n.split(/\s+/).some((w) => w.length >= 3 && words.has(w.replace(/[’']s$/, ''))));
  }
  private readonly firstMentions = new Map<ArticleActor, number>();

  private byAlias: Map<string, ArticleActor> | null = null;

  /** Actors by any alias, lower-cased; the first actor in article order wins, as a scan would find it. */
  private actorsByAlias(): Map<string, ArticleActor> {
    if (!this.byAlias) {
      this.byAlias = new Map();
      for (const a of this.actors) for (const x of a.aliases) if (!this.byAlias.has(x.toLowerCase())) this.byAlias.set(x.toLowerCase(), a);
    }
    return this.byAlias;
  }

  private byFirstMention: ArticleActor[] | null = null;

  private actorsByFirstMention(): ArticleActor[] {
    // Stable sort: actors first named at the same place keep the article's order.
    return (this.byFirstMention ??= [...this.actors].sort((x, y) => this.firstMention(x) - this.firstMention(y)));
  }

  private firstMention(a: ArticleActor): number {
    let at = this.firstMentions.get(a);
    if (at === undefined) this.firstMentions.set(a, (at = a.spans.reduce((m, s) => Math.min(m, s.start), Infinity)));
    return at;
  }
  private surnames: Map<string, ArticleActor[]> | null = null;

  /** People by the last word of any of their names, built once (a huge file names thousands). */
  private peopleBySurname(): Map<string, ArticleActor[]> {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const a of this.actors) {
        if (a.kind !== 'person') continue;
        for (const last of new Set([a.name, ...a.aliases].map((x) => x.split(' ').pop()!))) {
          const list = this.surnames.get(last) ?? [];
          list.push(a);
          this.surnames.set(last, list);
        }
      }
    }
    return this.surnames;
  }

  /** The actor's name as this article writes it (scanning the text once per actor, not per quote). */
  private displayName(actor: ArticleActor): string {
    let name = this.displayNames.get(actor);
    if (name === undefined) {
      // The forms written here are the texts of the actor's spans: no scan of the article.
      const written = new Set(actor.spans.map((s) => this.text.slice(s.start, s.end)));
      name = written.has(actor.name) ? actor.name : [...actor.aliases].filter((a) => written.has(a)).sort((x, y) => y.length - x.length)[0] ?? actor.name;
      this.displayNames.set(actor, name);
    }
    return name;
  }

  private sourceSpeaker(source: UnnamedSource, complement: Token[] | null): Speaker {
    if (complement?.length && source.modifiers.length === 0) {
      const named = complement.filter((t) => isCapitalized(t.text));
      const institution = complement.filter((t) => INSTITUTION_HEADS.has(t.lower));
      source.modifiers = (named.length ? named : institution).map((t) => stripPossessive(t.text));
    }
    return { name: '', actor: null, anonymous: true, plural: source.plural, source, kind: 'source' };
  }

  // ---------------------------------------------------------------- main loop

  run(): Quote[] {
    const reported = this.reportedSpeech();
    const attributions: Attribution[] = [];
    const groups: (string | null)[] = [];
    const quotes: Quote[] = [];
    let groupCount = 0;
    let r = 0;
    this.spans.forEach((span, index) => {
      // Resolve reported speech ("He said the band would …") that comes before this quote.
      // and subject pronouns ("He formed the band in 1968."), so "he said" can follow a chain of them.
      while (r < reported.length && reported[r]!.verbPos < span.outerStart) this.resolveReported(reported[r++]!);
      const prev = index > 0 ? this.spans[index - 1]! : null;
      const prevAttribution = index > 0 ? attributions[index - 1]! : null;
      this.quoteWords = new Set(this.text.slice(span.start, span.end).match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []);
      const { attribution, sharesWithPrevious } = this.attribute(span, prev, prevAttribution);
      this.quoteWords = null;
      attributions.push(attribution);
      // The one who asks is not the one who answers: askers are no antecedents for "he said".
      if (attribution.mention && ASKING.has(attribution.verb ?? '')) this.askers.add(attribution.mentionStart);
      if (attribution.speaker && attribution.mention && !ASKING.has(attribution.verb ?? '')) {
        this.addCandidate({ pos: attribution.mentionStart, speaker: attribution.speaker, subjectish: true, attributed: true });
      }
      let group: string | null = null;
      if (sharesWithPrevious && prev) {
        group = groups[index - 1] ?? `${this.article.id}#g${++groupCount}`;
        groups[index - 1] = group;
        const previousQuote = quotes[index - 1];
        if (previousQuote) previousQuote.group = group;
      }
      groups.push(group);
      quotes.push(this.toQuote(span, index, attribution, group));
    });
    this.echoes(quotes, attributions);
    this.interviewAnswers(quotes, attributions);
    // Labels of unnamed sources depend on how many the whole article has, so set them last.
    quotes.forEach((q, i) => {
      const s = attributions[i]!.speaker;
      if (s?.source) q.speaker = this.tracker.label(s.source);
    });
    return quotes;
  }

  /**
   * A headline quote rarely names its speaker, but it echoes a quote in the body:
   * 'MY WHOLE LIFE WAS ON THAT SERVER' is the mother's "My whole life was on that server…".
   */
  private echoes(quotes: Quote[], attributions: Attribution[]): void {
    const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    quotes.forEach((q, i) => {
      const paragraph = this.spans[i]!.paragraph;
      if (attributions[i]!.speaker || (paragraph > 2 && !this.paragraphs[paragraph]!.isTitle)) return;
      const mine = words(q.text);
      if (mine.length < 2) return;
      let best = -1;
      let bestShare = 0;
      quotes.forEach((other, j) => {
        if (j === i || !attributions[j]!.speaker) return;
        const theirs = new Set(words(other.text));
        const share = mine.filter((w) => theirs.has(w)).length / mine.length;
        if (share > bestShare) { bestShare = share; best = j; }
      });
      if (best < 0 || bestShare < 0.8) return;
      const source = attributions[best]!;
      attributions[i] = { ...source, confidence: Math.min(source.confidence, 0.7) };
      Object.assign(q, {
        speaker: source.speaker!.name || null,
        speakerId: source.speaker!.actor?.id ?? null,
        speakerMention: source.mention,
        speakerSpan: source.mention ? { start: source.mentionStart, end: source.mentionEnd } : null,
        anonymous: source.speaker!.anonymous,
        verb: source.verb,
        confidence: Math.min(source.confidence, 0.7),
      });
    });
  }

  /**
   * A Q&A: quotes in answer paragraphs ("A: …") with no speaker of their own are the
   * interviewee's — the person the article names most often.
   */
  private interviewAnswers(quotes: Quote[], attributions: Attribution[]): void {
    const answers = quotes.map((_, i) => i).filter((i) => {
      const p = this.paragraphs[this.spans[i]!.paragraph]!;
      return /^\s*A[:.]\s/.test(this.text.slice(p.start, p.start + 4)) && (!attributions[i]!.speaker || attributions[i]!.verb === null);
    });
    if (!answers.length) return;
    const people = this.actors.filter((a) => a.kind === 'person').sort((a, b) => b.mentions - a.mentions);
    const interviewee = people[0];
    if (!interviewee) return;
    const speaker = this.actorSpeaker(interviewee);
    for (const i of answers) {
      attributions[i] = { speaker, mention: null, mentionStart: 0, mentionEnd: 0, verb: null, confidence: 0.5 };
      Object.assign(quotes[i]!, { speaker: speaker.name, speakerId: interviewee.id, speakerMention: null, speakerSpan: null, anonymous: false, verb: null, confidence: 0.5 });
    }
  }

  /** Subjects of speech verbs outside quotes, in reading order. */
  private reportedSpeech(): { verbPos: number; tokens: Token[]; verbIndex: number; floor: number }[] {
    const out: { verbPos: number; tokens: Token[]; verbIndex: number; floor: number }[] = [];
    this.tokens.forEach((tokens, p) => {
      let floor = 0;
      tokens.forEach((t, i) => {
        if (t.text === '.' || t.text === '?' || t.text === '!') floor = i + 1;
        if ((t.lower === 'he' || t.lower === 'she') && this.subjectPronoun(tokens, i)) {
          out.push({ verbPos: t.start, tokens, verbIndex: -i - 1, floor });
          return;
        }
        if (!isSpeechVerb(t) || !isFinite(t.lower) || isNounUse(tokens, i)) return;
        out.push({ verbPos: t.start, tokens, verbIndex: i, floor });
      });
      void p;
    });
    return out;
  }

  /** "He formed the band", ", he insisted,": a pronoun as the subject of its clause. */
  private subjectPronoun(tokens: Token[], i: number): boolean {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const opens = !prev || /^[,.;:!?—–(]$/.test(prev.text) || COORDINATORS.has(prev.lower) || prev.lower === 'that';
    return opens && !!next && next.text === next.lower && /^\p{L}/u.test(next.text);
  }

  private resolveReported(r: { tokens: Token[]; verbIndex: number; floor: number }): void {
    if (r.verbIndex < 0) {
      // A subject pronoun: resolve it now and let later pronouns chain through it.
      const t = r.tokens[-r.verbIndex - 1]!;
      const speaker = this.antecedent(t.start, t.lower);
      if (speaker) this.addCandidate({ pos: t.start, speaker, subjectish: true, attributed: false });
      return;
    }
    // "had been reported", "was told": a passive subject is not the speaker.
    // ("is saying" is no passive: only a participle after the auxiliary is.)
    if (PASSIVE_AUX.has(r.tokens[r.verbIndex - 1]?.lower ?? '') && !r.tokens[r.verbIndex]!.lower.endsWith('ing')) return;
    const np = this.subjectBefore(r.tokens, r.verbIndex, r.floor);
    if (!np) return;
    const a = this.resolve(np, r.tokens[r.verbIndex]!.text, 0.9);
    if (a.speaker) this.addCandidate({ pos: a.mentionStart, speaker: a.speaker, subjectish: true, attributed: true });
  }

  private toQuote(span: QuoteSpan, index: number, a: Attribution, group: string | null): Quote {
    const text = this.text.slice(span.start, span.end);
    return {
      id: `${this.article.id}#q${index + 1}`,
      article: this.article.id,
      text,
      start: span.start,
      end: span.end,
      speaker: a.speaker ? a.speaker.name || null : null,
      speakerId: a.speaker?.actor?.id ?? null,
      speakerMention: a.mention,
      speakerSpan: a.mention ? { start: a.mentionStart, end: a.mentionEnd } : null,
      anonymous: a.speaker?.anonymous ?? false,
      verb: a.verb,
      kind: this.kindOf(span, text),
      confidence: a.speaker ? Math.round(a.confidence * 100) / 100 : 0,
      group,
    };
  }

  private looksLikeTerm(span: QuoteSpan): boolean {
    const text = this.text.slice(span.start, span.end);
    const words = text.trim().split(/\s+/).filter(Boolean);
    return words.length <= 4 && !/[.!?…]\s*$/.test(text) && !/[:,]\s*$/.test(this.text.slice(Math.max(0, span.outerStart - 3), span.outerStart));
  }

  /** A short quoted phrase set inside a sentence is a term (scare quote), not a statement. */
  private kindOf(span: QuoteSpan, text: string): QuoteKind {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (words.length > 4) return 'statement';
    // A title in Title Case ("Paper Lanterns,") names a work; it is not a statement.
    if (words.length > 1 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && span.paragraph > 0) return 'term';
    if (/[.!?,…]\s*$/.test(text)) return 'statement';
    const p = this.paragraphs[span.paragraph]!;
    const before = this.text.slice(Math.max(p.start, span.outerStart - 3), span.outerStart);
    if (/[:,]\s*$/.test(before) || before.trim() === '' && span.outerStart - p.start < 3) return 'statement';
    return 'term';
  }

  private attribute(span: QuoteSpan, prev: QuoteSpan | null, prevAttribution: Attribution | null): { attribution: Attribution; sharesWithPrevious: boolean } {
    const p = this.paragraphs[span.paragraph]!;
    const text = this.text;
    const inherit = (confidence: number, shares: boolean) => ({
      attribution: prevAttribution ? { ...prevAttribution, confidence: Math.min(prevAttribution.confidence, confidence) } : none(),
      sharesWithPrevious: shares && !!prevAttribution?.speaker,
    });

    if (span.continued) return inherit(0.9, true);

    const sentenceFrom = sentenceStart(text, p.start, span.outerStart);
    // A title or scare quote earlier in the sentence ("his remix of "Ogene Rhythm", wrote on X:") is
    // part of the clause, not a quote whose speaker this one shares.
    const prevIsTerm = !!prev && this.looksLikeTerm(prev);
    const prevInSentence = prev && !prevIsTerm && prev.paragraph === span.paragraph && prev.outerEnd > sentenceFrom && prev.outerEnd <= span.outerStart ? prev : null;
    const clauseFrom = prevInSentence ? prevInSentence.outerEnd : sentenceFrom;
    const before = text.slice(clauseFrom, span.outerStart);

    // A question put to someone: "Asked "…?", he said …" — the asker is unnamed.
    if (ASKED.test(before) && !prevInSentence) {
      const speaker: Speaker = { name: 'questioner', actor: null, anonymous: true, plural: false, source: null, kind: 'other' };
      return { attribution: { speaker, mention: before.trim(), mentionStart: clauseFrom, mentionEnd: span.outerStart, verb: 'asked', confidence: 0.6 }, sharesWithPrevious: false };
    }

    const following = this.spans[this.spans.indexOf(span) + 1];
    const next = following && following.paragraph === span.paragraph ? following : undefined;
    const afterTo = Math.min(sentenceEnd(text, span.outerEnd, p.end), next ? next.outerStart : p.end);
    const immediate = this.afterAttribution(span.outerEnd, afterTo, true);
    if (immediate) return { attribution: immediate, sharesWithPrevious: false };

    if (prevInSentence) {
      // "…," said Tomas Brandt, an analyst, adding that he expected "…": the participle continues the speaker.
      const between = this.tokensIn(prevInSentence.outerEnd, span.outerStart);
      const lastVerb = between.filter((t, k) => isSpeechVerb(t) && !isNounUse(between, k)).at(-1);
      if (lastVerb && !isFinite(lastVerb.lower)) return inherit(0.8, true);
    }
    const earlier = this.beforeAttribution(clauseFrom, span.outerStart);
    if (earlier) {
      const samePrev = !!prevInSentence && !!prevAttribution && prevAttribution.mentionStart === earlier.mentionStart;
      return { attribution: earlier, sharesWithPrevious: samePrev };
    }
    if (prevInSentence) {
      const between = this.tokensIn(prevInSentence.outerEnd, span.outerStart);
      const hasVerb = between.some((t) => SPEECH_VERBS.has(t.lower));
      return inherit(hasVerb ? 0.85 : 0.75, true);
    }
    const colon = this.colonAttribution(sentenceFrom, span.outerStart) ?? (p.isTitle || span.paragraph < 2 ? this.trailingColon(p) : null);
    if (colon) return { attribution: colon, sharesWithPrevious: false };
    const later = this.afterAttribution(span.outerEnd, afterTo, false);
    if (later) return { attribution: later, sharesWithPrevious: false };
    const viewOf = this.viewOfNext(span, p);
    if (viewOf) return { attribution: viewOf, sharesWithPrevious: false };
    const colonSubject = this.colonSubject(sentenceFrom, span.outerStart);
    if (colonSubject) return { attribution: colonSubject, sharesWithPrevious: false };

    const introduced = this.introducedByColon(span) ?? this.previousSentenceSubject(span, prevAttribution);
    if (introduced) return { attribution: introduced, sharesWithPrevious: false };
    // No attribution in its sentence: the last speaker goes on.
    if (prevAttribution?.speaker && prev) return inherit(span.paragraph - prev.paragraph <= 2 ? 0.6 : 0.4, false);
    return { attribution: none(), sharesWithPrevious: false };
  }

  // ---------------------------------------------------------------- attribution patterns

  /** `"…," he said` / `said Smith` / `according to X` right after the quote, or after a later comma. */
  private afterAttribution(from: number, to: number, immediate: boolean): Attribution | null {
    const tokens = withoutAsides(this.tokensIn(from, to));
    const starts: number[] = [];
    if (immediate) starts.push(tokens[0]?.text === ',' ? 1 : 0);
    else tokens.forEach((t, i) => { if (t.text === ',' && i > 0) starts.push(i + 1); });
    for (const s of starts) {
      const a = this.clauseAt(tokens, s);
      if (a) return a;
    }
    return null;
  }

  /** An attribution clause starting at tokens[s]: NP [fillers] VERB, VERB NP, or according to NP. */
  private clauseAt(tokens: Token[], s: number): Attribution | null {
    const first = tokens[s];
    if (!first) return null;
    if (first.lower === 'according' && tokens[s + 1]?.lower === 'to') {
      const np = this.nounPhraseForward(tokens, s + 2);
      return np ? this.resolve(np, 'according to', 0.9) : null;
    }
    // Inverted: said Smith / added the official / said a spokesperson for the ministry.
    let v = s;
    while (v < tokens.length && VERB_FILLERS.has(tokens[v]!.lower) && v - s < 2) v++;
    if (tokens[v] && isSpeechVerb(tokens[v]!) && isFinite(tokens[v]!.lower) && !isNounUse(tokens, v)) {
      // "told reporters in Manila": the one told is the audience, never the speaker.
      if (TELL_FORMS.has(tokens[v]!.lower)) return null;
      const np = this.nounPhraseForward(tokens, v + 1);
      // "said his lawyer, Collins Wafula, outside the court", "asked his mother, Folake Adeyemi": the name in apposition.
      const comma = tokens.findIndex((t, k) => k > v && k <= v + 4 && t.text === ',');
      const after = np ? tokens.indexOf(np.tokens.at(-1)!) + 1 : comma > v + 1 && tokens.slice(v + 1, comma).every((t) => t.text === t.lower && /^\p{L}/u.test(t.text)) ? comma : -1;
      if ((!np || !isName(np)) && after > 0 && tokens[after]?.text === ',') {
        const named = this.nounPhraseForward(tokens, after + 1);
        if (named && isName(named) && named.tokens.length <= 4 && !PRONOUNS_SINGULAR.has(named.tokens[0]!.lower)) return this.resolve(named, tokens[v]!.text, 0.9);
      }
      if (np && !PRONOUNS_SINGULAR.has(np.tokens[0]!.lower) && verbFits(tokens[v]!, np)) return this.resolve(np, tokens[v]!.text, 0.9);
      return null;
    }
    // Subject first: he said / Smith told CNN / the country's chief negotiator at the talks said.
    for (let i = s; i < tokens.length && i - s <= 14; i++) {
      const t = tokens[i]!;
      if (t.text === '.' || t.text === ';' || t.text === ':') return null;
      if (t.text === ',' && !(i > s && this.appositiveAhead(tokens, i))) return null;
      if (t.text === ',') {
        i = this.skipAppositive(tokens, i);
        continue;
      }
      if (isSpeechVerb(t) && i > s && !isNounUse(tokens, i)) {
        // "Salonga was quoted (by AP) as saying": the one quoted is the speaker.
        const quoted = quotedAs(tokens, i, s);
        if (quoted >= 0) {
          const np = this.subjectBefore(tokens, quoted, s);
          return np ? this.resolve(np, 'quoted', 0.9) : null;
        }
        const np = this.subjectBefore(tokens, i, s);
        if (np && (np.tokens[0] === tokens[s] || tokens.slice(s, i).includes(np.tokens[0]!) && tokens.slice(s, i).some((x) => x.text === ',')) && verbFits(t, np)) return this.resolve(np, t.text, 0.95);
        // "disaster management state minister Mohammad Talukder told": lower-case descriptors, then the name.
        const lead = np ? tokens.slice(s, tokens.indexOf(np.tokens[0]!)) : [];
        if (np && lead.length && lead.length <= 5 && isName(np) && verbFits(t, np) && lead.every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x.text) && !PREPOSITIONS.has(x.lower) && !FUNCTION_WORDS.has(x.lower) && !DETERMINER_WORDS.has(x.lower) && !isSpeechVerb(x))) return this.resolve(np, t.text, 0.9);
        if (np && !(np.tokens[0] === tokens[s])) {
          // The whole run before the verb is one subject with complements: "the country's chief negotiator at the UN talks".
          const whole = this.descriptionSpan(tokens, s, i);
          if (whole) return this.resolve(whole, t.text, 0.9);
        }
        return null;
      }
      if (i > s && !this.canBeInSubject(t) && !(isSpeechVerb(t) && isNounUse(tokens, i))) return null;
    }
    return null;
  }

  private canBeInSubject(t: Token): boolean {
    return /^[\p{L}\p{N}\[]/u.test(t.text) && !isSpeechVerb(t);
  }

  /** tokens[s..verb) as one description ("the country's chief negotiator at the talks"), if it is one. */
  private descriptionSpan(tokens: Token[], s: number, verb: number): NounPhrase | null {
    const run = tokens.slice(s, verb);
    if (run.length > 12 || !run.length) return null;
    const first = run[0]!.lower;
    if (!DETERMINER_WORDS.has(first) && !/[’']s$/.test(run[0]!.text)) return null;
    const headAt = run.findIndex((t, k) => k > 0 && (ROLE_WORDS.has(t.lower) || !!sourceHead(t.lower)) && t.text === t.lower);
    if (headAt < 0) return null;
    const next = run[headAt + 1];
    if (next && !PREPOSITIONS.has(next.lower)) return null;
    return { tokens: run.slice(0, headAt + 1), complement: run.slice(headAt + 1) };
  }

  private appositiveAhead(tokens: Token[], comma: number): boolean {
    const next = tokens[comma + 1];
    if (!next) return false;
    if (RELATIVE_WORDS.has(next.lower) || DETERMINER_WORDS.has(next.lower)) return true;
    // ", Veltrix's chief executive, said": a short phrase closed by a comma and a speech verb.
    const close = this.skipAppositive(tokens, comma);
    if (close - comma > 9) return false;
    let v = close + 1;
    while (tokens[v] && VERB_FILLERS.has(tokens[v]!.lower)) v++;
    return !!tokens[v] && isSpeechVerb(tokens[v]!);
  }

  private skipAppositive(tokens: Token[], comma: number): number {
    for (let j = comma + 1; j < tokens.length && j - comma < 25; j++) if (tokens[j]!.text === ',') return j;
    return tokens.length;
  }

  /** A speech verb earlier in the quote's sentence, with its subject. */
  private beforeAttribution(from: number, to: number): Attribution | null {
    const tokens = withoutAsides(this.tokensIn(from, to).filter((t) => !this.insideQuote(t.start)));
    let documentOnly: Attribution | null = null;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (!isSpeechVerb(t)) continue;
      if (isNounUse(tokens, i)) continue; // "a post", "the club's report"
      // "CEO Marcus Lindqvist was quoted (by Reuters) as saying:"
      const heard = t.lower === 'saying' ? quotedAs(tokens, i, 0) : -1;
      if (heard >= 0) {
        const np = this.subjectBefore(tokens, heard, 0);
        if (np) return this.resolve(np, 'quoted as saying', 0.85);
      }
      // "the search would continue": a modal makes it no report of speech.
      if (MODALS.has(tokens[i - 1]?.lower ?? '')) continue;
      if (!isFinite(t.lower)) {
        // "Gareth Pryce, speaking to BBC Radio 5 Live, …" / "…, saying there was "…"".
        const np = this.participleSubject(tokens, i);
        return np ? this.resolve(np, t.text, 0.8) : documentOnly;
      }
      const np = this.subjectBefore(tokens, i, 0);
      // "the producer states were …": a plural noun after a bare noun, not "the producer states that".
      if (np && /s$/.test(t.lower) && np.tokens.length === 2 && np.tokens[0]!.lower === 'the' && !this.nounWord(np.tokens[1]!) && !sourceHead(np.tokens[1]!.lower)) continue;
      if (np && verbFits(t, np)) {
        // "Analysts said the ruling added "…"": a bare document is a weaker speaker than an earlier subject.
        if (isBareDocument(np)) {
          documentOnly ??= this.resolve(np, t.text, 0.9);
          continue;
        }
        return this.resolve(np, t.text, 0.9);
      }
      // No subject: a noun that looks like a verb ("the producer states were …") — look further back.
    }
    if (documentOnly) return documentOnly;
    const according = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
    if (according >= 0) {
      const np = this.nounPhraseForward(tokens, according + 2);
      if (np) return this.resolve(np, 'according to', 0.85);
    }
    return null;
  }

  /** The subject of a participle: "X, speaking to Sky Sports," / "Here is X, speaking …" / the sentence's subject. */
  private participleSubject(tokens: Token[], i: number): NounPhrase | null {
    if (tokens[i - 1]?.text === ',') {
      const d = this.datelineEnd(tokens);
      const np = this.commaSegments(tokens, i, d) ?? this.nounPhraseBackward(tokens, i - 1, d);
      // "responded on X, writing:": the object of a preposition is not the one writing.
      const before = np ? tokens[tokens.indexOf(np.tokens[0]!) - 1] : undefined;
      if (np && isName(np) && !(before && PREPOSITIONS.has(before.lower))) return np;
    }
    return this.sentenceSubject(tokens, i);
  }

  /** The noun phrase at the start of the sentence, before its first verb-like word. */
  /** Index of the first token after a leading dateline ("NEW YORK (AP) —", "LONDON, May 3 (Reuters) -"), else 0. */
  private datelineEnd(tokens: Token[]): number {
    const first = tokens[0];
    if (!first) return 0;
    const m = DATELINE.exec(this.text.slice(first.start, first.start + 80));
    if (!m) return 0;
    const end = first.start + m[0].length;
    const k = tokens.findIndex((t) => t.start >= end);
    return k > 0 ? k : 0;
  }

  private sentenceSubject(tokens: Token[], limit: number): NounPhrase | null {
    // "NEW YORK (AP) — The former finance chief …": the dateline is no subject.
    const d = this.datelineEnd(tokens);
    for (let end = d + 1; end <= Math.min(limit, d + 12); end++) {
      const t = tokens[end];
      if (!t || t.text === ',' || (t.text === t.lower && !this.nounWord(t) && !NAME_PARTICLES.has(t.lower) && !PREPOSITIONS.has(t.lower) && !DETERMINER_WORDS.has(t.lower) && !/^\p{L}+[’']s$/u.test(t.text))) {
        const np = this.sourceDescription(tokens, d, end) ?? this.nounPhraseBackward(tokens, end, d);
        if (!np || np.tokens[0] !== tokens[d]) return null;
        // "Our correspondent in Chivay, Diego Salinas, has sent …": the name in apposition.
        if (t?.text === ',' && !isName(np)) {
          const close = tokens.findIndex((x, k) => k > end && x.text === ',');
          if (close > end + 1 && close - end <= 5) {
            const appositive = this.nounPhraseBackward(tokens, close, end + 1);
            if (appositive && appositive.tokens[0] === tokens[end + 1] && isName(appositive)) return appositive;
          }
        }
        return np;
      }
    }
    return null;
  }

  private nounWord(t: Token): boolean {
    const lower = t.lower;
    return SOURCE_MODIFIERS.has(lower) || !!sourceHead(lower) || DOCUMENT_HEADS.has(lower) || ROLE_WORDS.has(lower) || TITLES.has(lower) || INSTITUTION_HEADS.has(lower);
  }

  /**
   * The subject of the speech verb at tokens[verb], looking no further back than floor:
   * skips fillers ("later"), relative clauses (", who …,"), appositives (", the EU's negotiator,"),
   * and coordinated verbs ("told reporters … and urged").
   */
  private subjectBefore(tokens: Token[], verb: number, floor: number): NounPhrase | null {
    let end = verb;
    for (let moved = true; moved;) {
      moved = false;
      while (end > floor && VERB_FILLERS.has(tokens[end - 1]!.lower)) { end--; moved = true; }
      // "on Wednesday", "last week", "late on Monday night"
      if (end > floor && TIME_WORDS.has(tokens[end - 1]!.lower)) {
        let k = end - 1;
        while (k > floor && (TIME_WORDS.has(tokens[k - 1]!.lower) || ['on', 'last', 'this', 'late', 'early', 'earlier', 'later', 'in', 'the', 'that'].includes(tokens[k - 1]!.lower))) k--;
        if (k < end - 1 || ['on', 'last', 'this'].includes(tokens[k]?.lower ?? '')) { end = k; moved = true; }
        else if (k === end - 1 && /^(?:today|yesterday|tonight)$/.test(tokens[k]!.lower)) { end = k; moved = true; }
      }
    }
    const prev = tokens[end - 1];
    if (!prev || end <= floor) return null;
    if (COORDINATORS.has(prev.lower)) {
      for (let j = end - 2; j >= floor; j--) {
        const t = tokens[j]!;
        if (t.text === '.' || t.text === ';') return null;
        if (isSpeechVerb(t) && isFinite(t.lower)) return this.subjectBefore(tokens, j, floor);
      }
      return null;
    }
    if (prev.lower === 'who' || prev.lower === 'which') {
      const comma = tokens[end - 2]?.text === ',' ? end - 2 : end - 1;
      return this.nounPhraseBackward(tokens, comma, floor) ?? this.commaSegments(tokens, comma + 1, floor);
    }
    if (prev.text === ',') return this.commaSegments(tokens, end, floor);
    const np = this.sourceDescription(tokens, floor, end) ?? this.nounPhraseBackward(tokens, end, floor);
    // "The post on X reads": the post, not the platform it is on.
    const at = np ? tokens.indexOf(np.tokens[0]!) : -1;
    if (at - 2 >= floor && ['on', 'via', 'in'].includes(tokens[at - 1]!.lower) && DOCUMENT_HEADS.has(tokens[at - 2]!.lower)) {
      return this.nounPhraseBackward(tokens, at - 1, floor) ?? np;
    }
    return np;
  }

  /**
   * "Rajiv Menon, India's negotiator, told" / "Mr Witkoff, who was by his side, mentioned":
   * reads the comma-separated segments before the verb from right to left and takes the
   * first name; a description ("A spokesperson for the Ministry") only when there is no name.
   */
  private commaSegments(tokens: Token[], end: number, floor: number): NounPhrase | null {
    const bounds: [number, number][] = [];
    let segEnd = end - 1; // the comma before the verb
    for (let j = segEnd - 1; j >= floor - 1; j--) {
      if (j < floor || tokens[j]!.text === ',') {
        bounds.push([j + 1, segEnd]);
        segEnd = j;
      }
      if (bounds.length > 5) break;
    }
    // The subject opens the clause; appositives follow it: "The Enugu State Governor, Dr Obinna
    // Chukwuma, in a statement signed by his press secretary, Mr Emeka Ani, described …" is the
    // governor. Introductory phrases ("Chatting with CNN on Sunday,", "Earlier,") are skipped.
    const parsed = bounds.reverse().map(([from, to]) => {
      if (to - from > 1 && (COORDINATORS.has(tokens[from]!.lower) || ['so', 'yet', 'still'].includes(tokens[from]!.lower))) from++;
      if (to <= from) return null;
      const head = tokens[from]!;
      if (RELATIVE_WORDS.has(head.lower) || PREPOSITIONS.has(head.lower) || SENTENCE_ADVERBS.has(head.lower) || isSpeechVerb(head)) return null;
      if (to - from === 1 && /^\d+$/.test(head.text)) return null; // ", 31," is an age
      const np = this.sourceDescription(tokens, from, to) ?? this.nounPhraseBackward(tokens, to, from);
      if (!np) return null;
      if (np.tokens[0] === tokens[from]) {
        if (head.text !== head.lower || DETERMINER_WORDS.has(head.lower) || head.lower.startsWith('one') || head.lower === 'another') return np;
        // "retired General Marco Antonio Salas": lowercase modifiers, then the name.
        const rest = np.tokens.slice(np.tokens.findIndex((t) => t.text !== t.lower));
        return rest.length && rest.length < np.tokens.length && isName({ tokens: rest }) ? { tokens: rest } : null;
      }
      // "retired General Marco Antonio Salas", "Intensive care nurse Shona McBride": descriptive words, then the name.
      const lead = tokens.slice(from, tokens.indexOf(np.tokens[0]!));
      const descriptive = lead.length <= 4 && lead.every((t, k) => /^[\p{L}-]+$/u.test(t.text) && (t.text === t.lower || k === 0) && !PREPOSITIONS.has(t.lower) && !isSpeechVerb(t));
      return descriptive && isName(np) ? np : null;
    });
    const first = parsed.findIndex((np) => np !== null);
    if (first < 0) return null;
    const np1 = parsed[first]!;
    const np2 = parsed[first + 1] ?? null;
    // "the Minister for Tourism, Arts and Culture, Mrs Abena Sarpong-Mensah, said": an office
    // in apposition to a person the article names is that person.
    if (!this.matchActor(np1)) {
      const person = parsed.slice(first + 1).find((np) => np && this.matchActor(np)?.kind === 'person');
      if (person) return person;
    }
    if (isName(np1) && !endsWithRole(np1)) return np1;
    if (np2 && isName(np2) && !endsWithRole(np2)) return np2;
    return np1;
  }

  /** "A second person familiar with the matter", "Analysts at Brightwater Securities": a source with its complement. */
  private sourceDescription(tokens: Token[], floor: number, end: number): NounPhrase | null {
    for (let h = end - 1; h >= floor && end - h <= 10; h--) {
      const t = tokens[h]!;
      const atStart = h === floor || tokens[h - 1]?.text === ',' ;
      if (!sourceHead(t.lower) || (t.text !== t.lower && !(atStart && isCapitalized(t.text)))) continue;
      const complement = tokens.slice(h + 1, end);
      if (complement.length && !COMPLEMENT_STARTERS.has(complement[0]!.lower)) continue;
      // A finite speech verb ends the description; nouns like "state" in "an island state" do not.
      if (complement.some((c) => c.text === ',' || (isSpeechVerb(c) && /(?:ed|said|says|told|tells|wrote|writes|spoke)$/.test(c.lower)))) continue;
      let start = h;
      while (start > floor && h - start < 5) {
        const u = tokens[start - 1]!;
        if (/^[,.;:()]$/.test(u.text) || PREPOSITIONS.has(u.lower) || SPEECH_VERBS.has(u.lower) || RELATIVE_WORDS.has(u.lower) && u.lower !== 'that') break;
        start--;
        if (DETERMINER_WORDS.has(u.lower) || u.lower === 'one' || u.lower === 'another') break;
      }
      const head = tokens.slice(start, h + 1);
      const hasDeterminer = DETERMINER_WORDS.has(head[0]!.lower) || head[0]!.lower === 'another' || head[0]!.lower === 'one';
      if (!hasDeterminer && !sourceHead(t.lower)!.plural && head.length === 1 && !complement.length) return null;
      return { tokens: head, complement };
    }
    return null;
  }

  /**
   * "Luca Benedetti has been speaking to BBC Radio 5 Live, and he is not happy:" followed by a
   * paragraph that is a quote: the previous paragraph introduces it.
   */
  private introducedByColon(span: QuoteSpan): Attribution | null {
    const p = this.paragraphs[span.paragraph]!;
    const prev = this.paragraphs[span.paragraph - 1];
    if (!prev || this.text.slice(p.start, span.outerStart).trim() !== '') return null;
    const colon = /:\s*$/.test(this.text.slice(prev.start, prev.end));
    const from = sentenceStart(this.text, prev.start, prev.end - 1);
    // "Resident Margaret Doyle spoke to ABC from the showground." then a paragraph that is her quote.
    if (!colon && (this.spans.some((s) => s.outerEnd > from && s.outerStart < prev.end) || !this.tokensIn(from, prev.end).some((t, k, all) => isSpeechVerb(t) && isFinite(t.lower) && !isNounUse(all, k)))) return null;
    const tokens = this.tokensIn(from, prev.end).filter((t) => !this.insideQuote(t.start));
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (!isSpeechVerb(tokens[i]!) || isNounUse(tokens, i)) continue;
      const np = isFinite(tokens[i]!.lower) ? this.subjectBefore(tokens, i, 0) : this.participleSubject(tokens, i);
      if (np) return this.resolve(np, tokens[i]!.text, 0.8);
    }
    const np = this.sentenceSubject(tokens, tokens.length - 1);
    if (np && np.tokens.some((t) => isCapitalized(t.text))) return this.resolve(np, ':', 0.7);
    const pronoun = tokens.find((t) => PRONOUNS_SINGULAR.has(t.lower) || t.lower === 'his' || t.lower === 'her');
    if (pronoun) {
      const speaker = this.antecedent(pronoun.start, pronoun.lower === 'his' ? 'he' : pronoun.lower === 'her' ? 'she' : pronoun.lower);
      if (speaker) return { speaker, mention: pronoun.text, mentionStart: pronoun.start, mentionEnd: pronoun.end, verb: ':', confidence: 0.6 };
    }
    return null;
  }

  /**
   * "Pryce, asked about the disallowed goal, shrugged. 'From where I was standing …'":
   * a quote with no attribution after a sentence (without quotes) whose subject is a person.
   */
  private previousSentenceSubject(span: QuoteSpan, prevAttribution: Attribution | null): Attribution | null {
    const p = this.paragraphs[span.paragraph]!;
    const start = sentenceStart(this.text, p.start, span.outerStart);
    if (start <= p.start) return null;
    let end = start;
    while (end > p.start && /[\s"'”’.!?]/.test(this.text[end - 1]!)) end--;
    const from = sentenceStart(this.text, p.start, end);
    if (this.spans.some((s) => s.outerEnd > from && s.outerStart < start)) return null;
    const tokens = this.tokensIn(from, start);
    const np = this.sentenceSubject(tokens, tokens.length - 1);
    if (!np) return null;
    const a = this.resolve(np, '', 0.6);
    // An organisation only when that sentence is about its statement ("X has put out a statement.").
    const issues = a.speaker?.kind === 'org' && tokens.some((t) => DOCUMENT_HEADS.has(t.lower));
    if (!a.speaker || (a.speaker.kind !== 'person' && a.speaker.kind !== 'source' && !issues)) return null;
    if (prevAttribution?.speaker && prevAttribution.speaker.name === a.speaker.name && prevAttribution.speaker.source === a.speaker.source) return null;
    return { ...a, verb: null, confidence: 0.6 };
  }

  /** "Dr. Arjun Mehta, the medical officer, opened by repeating the advice: "…"": the clause's subject. */
  private colonSubject(from: number, to: number): Attribution | null {
    if (!/:\s*$/.test(this.text.slice(from, to))) return null;
    const tokens = this.tokensIn(from, to).filter((t) => !this.insideQuote(t.start));
    if (tokens.length < 3 || tokens.at(-1)!.text !== ':') return null;
    const np = this.sentenceSubject(tokens, tokens.length - 1) ?? (tokens.some((t) => t.text === ',') ? this.commaSegments(tokens, tokens.findIndex((t) => t.text === ',') + 1, 0) : null);
    // "The message was simple:" names no one; documents with owners are colonAttribution's.
    if (!np || np.tokens.some((t) => DOCUMENT_HEADS.has(t.lower))) return null;
    const a = this.resolve(np, ':', 0.7);
    return a.speaker && (a.speaker.actor || a.speaker.kind === 'source') ? a : null;
  }

  /** `"…" That was the view of Conor Fitzsimons, who …`: the next sentence names whose words they were. */
  private viewOfNext(span: QuoteSpan, p: Paragraph): Attribution | null {
    const rest = this.text.slice(span.outerEnd, p.end);
    const m = VIEW_OF.exec(rest);
    if (!m) return null;
    const from = span.outerEnd + m[0].length;
    const tokens = this.tokensIn(from, Math.min(p.end, sentenceEnd(this.text, from, p.end)));
    const np: Token[] = [];
    for (const t of tokens) {
      if (/^[,.;:()—–]$/.test(t.text) || (t.text === t.lower && !DETERMINER_WORDS.has(t.lower) && !NAME_PARTICLES.has(t.lower) && np.length)) break;
      np.push(t);
    }
    if (!np.length) return null;
    const a = this.resolve({ tokens: np }, 'view', 0.75);
    return a.speaker ? { ...a, verb: null } : null;
  }

  /** "Trump: "…"" and "U.S. officials: "…"" at the start of a line. */
  private colonAttribution(from: number, to: number): Attribution | null {
    const tokens = this.tokensIn(from, to);
    if (tokens.length < 2 || tokens[tokens.length - 1]!.text !== ':') return null;
    const np = this.nounPhraseBackward(tokens, tokens.length - 1, 0);
    if (np && np.tokens[0] === tokens[0]) return this.resolve(np, ':', 0.85);
    // "Ashworth's post is rather shorter:": the owner of a post or statement.
    // ("Via the health unit's Facebook page:": a platform may sit between owner and page.)
    const doc = tokens.findIndex((t, k) => DOCUMENT_HEADS.has(t.lower) && k > 0 && (/[’']s$/.test(tokens[k - 1]!.text) || (k > 1 && /[’']s$/.test(tokens[k - 2]!.text) && isCapitalized(tokens[k - 1]!.text))));
    if (doc > 0) return this.resolve({ tokens: tokens.slice(0, doc + 1).filter((t) => !PREPOSITIONS.has(t.lower)) }, ':', 0.75);
    return null;
  }

  /** Headlines that end with their source: "India won't accept 'unfair burden' in treaty: Menon". */
  private trailingColon(p: Paragraph): Attribution | null {
    const line = this.text.slice(p.start, p.end);
    const m = /:\s*((?:\p{Lu}[\p{L}.’'-]*\s?){1,4})\s*$/u.exec(line);
    if (!m) return null;
    const tokens = this.tokensIn(p.start + m.index + m[0].indexOf(m[1]!), p.end);
    return tokens.length ? this.resolve({ tokens }, ':', 0.7) : null;
  }

  /** The noun phrase that ends just before tokens[end]: a pronoun, a name, or a description. */
  private nounPhraseBackward(tokens: Token[], end: number, floor: number): NounPhrase | null {
    const last = tokens[end - 1];
    if (!last || end - 1 < floor) return null;
    if (isPronoun(last.lower)) return { tokens: [last] };
    let i = end - 1;
    const taken: Token[] = [];
    while (i >= floor) {
      const t = tokens[i]!;
      const lower = t.lower;
      if (/^[,:;().?!—–]$/.test(t.text)) break;
      if (DETERMINER_WORDS.has(lower) || lower === 'one' || lower === 'another') {
        if (['his', 'her', 'its', 'their', 'this', 'that', 'our', 'my', 'your'].includes(lower)) break;
        taken.unshift(t);
        // "Article 5 of the NATO treaty": this determiner opens a complement, not the phrase.
        const prep = tokens[i - 1];
        const headBefore = tokens[i - 2];
        if (prep && headBefore && i - 2 >= floor && ['of', 'from', 'for'].includes(prep.lower) && (isCapitalized(headBefore.text) || DOCUMENT_HEADS.has(headBefore.lower) || !!sourceHead(headBefore.lower))) {
          i--;
          continue;
        }
        break;
      }
      if (PREPOSITIONS.has(lower)) {
        // Keep complements of a head noun: "a statement from No 10", "Secretary of State".
        const headBefore = tokens[i - 1];
        const keep = headBefore && taken.length > 0 && ['from', 'for', 'of', 'at', 'with', 'in'].includes(lower) &&
          (DOCUMENT_HEADS.has(headBefore.lower) || !!sourceHead(headBefore.lower) || isCapitalized(headBefore.text));
        if (!keep) break;
        taken.unshift(t);
        i--;
        continue;
      }
      if (taken.length === 0 && /^\p{Ll}[\p{Ll}-]{3,}$/u.test(t.text) && i - 1 >= floor && ['the', 'a', 'an', 'one'].includes(tokens[i - 1]!.lower) && !SPEECH_VERBS.has(lower)) {
        taken.unshift(t);
        i--;
        continue;
      }
      if ((lower === 'and' || t.text === '&') && taken.length && isCapitalized(taken[0]!.text) && isCapitalized(tokens[i - 1]?.text ?? '') && i - 1 >= floor) {
        taken.unshift(t);
        i--;
        continue;
      }
      if (FUNCTION_WORDS.has(lower) || SENTENCE_ADVERBS.has(lower) || t.text === 'I') break;
      const capital = isCapitalized(t.text);
      const number = /^\d+$/.test(t.text) && taken.length === 0 && tokens[i - 1]?.lower === 'no';
      const modifier = taken.length > 0 && /^[\p{L}-]+$/u.test(t.text) && !PREPOSITIONS.has(lower) && !SPEECH_VERBS.has(lower) &&
        i - 1 >= floor && (DETERMINER_WORDS.has(tokens[i - 1]!.lower) || (i - 2 >= floor && DETERMINER_WORDS.has(tokens[i - 2]!.lower) && /^[\p{L}-]+$/u.test(tokens[i - 1]!.text)));
      if (capital || this.nounWord(t) || NAME_PARTICLES.has(lower) || number || /[’']s$/.test(t.text) || modifier) {
        taken.unshift(t);
        i--;
        continue;
      }
      break;
    }
    while (taken.length && (PREPOSITIONS.has(taken[0]!.lower) || NAME_PARTICLES.has(taken[0]!.lower))) taken.shift();
    if (!taken.length || !isSpeakerPhrase(taken)) return null;
    return { tokens: taken };
  }

  /** The noun phrase starting at tokens[start]: said [NP]. */
  private nounPhraseForward(tokens: Token[], start: number): NounPhrase | null {
    let end = start;
    while (end < tokens.length && !/^[,.;:()—–]$/.test(tokens[end]!.text) && end - start < 10) {
      const lower = tokens[end]!.lower;
      if (end > start && (SPEECH_VERBS.has(lower) || (VERB_FILLERS.has(lower) && !isCapitalized(tokens[end]!.text)))) break;
      if (end > start && PREPOSITIONS.has(lower) && !['of', 'for', 'from', 'at'].includes(lower)) break;
      end++;
    }
    if (end === start) return null;
    const np = this.sourceDescription(tokens, start, end) ?? this.nounPhraseBackward(tokens, end, start);
    if (np && np.tokens[0] === tokens[start]) return np;
    // "said transport secretary Kenneth Drummond": a lower-case role before the name.
    const at = np ? tokens.indexOf(np.tokens[0]!) : -1;
    if (np && at > start && at - start <= 4 && isName(np) &&
      tokens.slice(start, at).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !FUNCTION_WORDS.has(t.lower))) {
      return { tokens: tokens.slice(start, end) };
    }
    return null;
  }

  // ---------------------------------------------------------------- resolution

  private resolve(np: NounPhrase, verb: string, confidence: number): Attribution {
    const first = np.tokens[0]!;
    const lastToken = (np.complement?.length ? np.complement : np.tokens).at(-1)!;
    const last = np.tokens[np.tokens.length - 1]!;
    const base = { mention: this.text.slice(first.start, lastToken.end), mentionStart: first.start, mentionEnd: lastToken.end, verb: verb.toLowerCase() };
    const lower = first.lower;
    if (/^(?:i|we|you)(?:['’].*)?$/.test(lower)) return { ...base, speaker: null, confidence: 0 };
    if (np.tokens.length === 1 && isPronoun(lower)) {
      const speaker = this.antecedent(first.start, lower);
      return { ...base, speaker, confidence: speaker ? confidence - 0.15 : 0 };
    }
    // "an announcement from No 10", "a statement by the ministry": the source is the complement.
    const words = [...np.tokens, ...(np.complement ?? [])];
    const docIndex = words.findIndex((t) => DOCUMENT_HEADS.has(t.lower));
    if (docIndex >= 0 && (docIndex === words.length - 1 || PREPOSITIONS.has(words[docIndex + 1]!.lower))) {
      const rest = words.slice(docIndex + 2).filter((t) => t.lower !== 'the');
      // "a statement from No 10" names its issuer; "the post on X" only its medium.
      const issuerComplement = ['from', 'by', 'of', 'for'].includes(words[docIndex + 1]?.lower ?? '');
      if (rest.length && issuerComplement) return this.resolve({ tokens: rest }, verb, confidence);
      // "The club's statement read": the possessor issued it ("the unit's Facebook page": the unit's).
      let owner = words.slice(0, docIndex);
      if (owner.length >= 2 && /[’']s$/.test(owner.at(-2)!.text) && isCapitalized(owner.at(-1)!.text)) owner = owner.slice(0, -1);
      if (owner.length && /[’']s$/.test(owner.at(-1)!.text)) {
        const tokens = [...owner.slice(0, -1), { ...owner.at(-1)!, text: stripPossessive(owner.at(-1)!.text), lower: stripPossessive(owner.at(-1)!.lower) }];
        return { ...this.resolve({ tokens }, verb, confidence), ...base, verb: base.verb };
      }
      // "Her post reads:": the one the possessive pronoun points to.
      const pronounBefore = owner.length ? null : /\b(his|her|their|its)\s+$/i.exec(this.text.slice(Math.max(0, first.start - 8), first.start));
      const possessive = POSSESSIVE_PRONOUNS[(owner.length === 1 ? owner[0]!.lower : pronounBefore?.[1]?.toLowerCase()) ?? ''];
      if (possessive) {
        const speaker = this.antecedent(first.start, possessive);
        if (speaker) return { ...base, speaker, confidence: confidence - 0.15 };
      }
      // "The official Castlebridge Rovers account", "a Kremlin statement": the named owner.
      const named = owner.filter((t) => isCapitalized(t.text) && !DETERMINER_WORDS.has(t.lower));
      if (named.length) return { ...this.resolve({ tokens: named }, verb, confidence), ...base, verb: base.verb };
      // "the statement read": whoever issued the statement mentioned last ("in a statement signed by …").
      const issuer = this.issuerOf(words[docIndex]!.lower, first.start);
      if (issuer) return { ...base, speaker: issuer, confidence: confidence - 0.2 };
      const speaker = this.lastOrganisation(first.start);
      return { ...base, speaker, confidence: speaker ? confidence - 0.3 : 0 };
    }
    const definite = lower === 'the' || /[’']s$/.test(first.text) && np.tokens.length > 1;
    const head = headOf(np.tokens);
    // A definite description of someone named in the article: "the researcher", "the country's chief negotiator".
    if (definite && head && (ROLE_WORDS.has(head) || !!sourceHead(head) || INSTITUTION_HEADS.has(head))) {
      const described = this.describedActor(np, head, first.start);
      if (described) return { ...base, speaker: this.actorSpeaker(described), confidence: confidence - 0.15 };
    }
    // "Minister of Sports Chief Adebayo Okonkwo-Daniels": an office whose complement ends in a person's name.
    // (Only a title heads it: "a spokesperson for Keir Starmer" is still the spokesperson.)
    if (np.complement?.length && TITLES.has(last.lower) && !['of', 'for'].every((w) => w !== np.complement![0]!.lower)) {
      const person = this.matchActor({ tokens: np.complement });
      if (person?.kind === 'person') return { ...base, speaker: this.actorSpeaker(person), confidence };
    }
    // An unnamed source: "a US official", "officials", "the second official", "a spokesperson for the ministry".
    const headIndex = np.tokens.findIndex((t, k) => k === np.tokens.length - 1 && !!sourceHead(t.lower) && (t.text === t.lower || k === 0));
    if (headIndex >= 0) {
      const tokens = this.tokensIn(first.start, np.tokens[headIndex]!.end);
      if (tokens.length) tokens[tokens.length - 1] = { ...tokens[tokens.length - 1]!, text: tokens[tokens.length - 1]!.lower };
      const m = readSourceMention(tokens, tokens.length - 1) ?? (np.complement?.length ? { ...readSourceMentionLoose(tokens), start: first.start } : null);
      if (m) {
        const source = this.tracker.identify(m);
        return { ...base, speaker: this.sourceSpeaker(source, np.complement ?? null), confidence };
      }
    }
    // "the archdiocese", "the union": an organisation of the article whose name has that word.
    if (definite && head && head.length > 3 && !/^\p{Lu}/u.test(last.text)) {
      const named = this.actors.filter((a) => a.kind === 'organization' && a.name.toLowerCase().split(/\s+/).includes(head));
      if (named.length === 1) return { ...base, speaker: this.actorSpeaker(named[0]!), confidence: confidence - 0.15 };
    }
    if (definite && head && head.length > 3 && !/^\p{Lu}/u.test(last.text)) {
      const written = this.namedInText(head, first.start);
      if (written) return { ...base, speaker: { name: written, actor: null, anonymous: false, plural: false, source: null, kind: 'org' }, confidence: confidence - 0.25 };
    }
    // "the Portuguese said": a nationality standing for a person already named.
    const demonym = lower === 'the' && np.tokens.length === 2 && /^\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i|ch)$/u.test(last.text);
    const anaphoric = definite && head && (demonym || (!/^\p{Lu}/u.test(last.text) && !DOCUMENT_HEADS.has(head) && !INSTITUTION_HEADS.has(head) && !sourceHead(head)));
    // "The Nigerian, a senior at …, said": the person described by that country ("Nigeria's X").
    if (demonym) {
      const country = DEMONYMS.get(last.text)?.country.toLowerCase();
      const from = lastAtOrBefore(this.candidates, first.start - 1, (c) => c.pos);
      for (let i = from; country && i >= 0 && i > from - DESCRIPTION_LOOKBACK; i--) {
        const actor = this.candidates[i]!.speaker.actor;
        const roles = actor && actor.kind === 'person' ? this.roles.get(actor) : undefined;
        if (roles && (roles.has(country) || roles.has(last.lower))) return { ...base, speaker: this.actorSpeaker(actor!), confidence: confidence - 0.2 };
      }
    }
    if (anaphoric) {
      // "the minister", "the 54-year-old": someone already in the story.
      // A description says nothing of gender: 'someone' matches either and teaches none.
      const speaker = this.antecedent(first.start, 'someone', (a) => this.conflicts(np, a));
      // "The startup's founder" with nobody before it: the role itself is the best label.
      if (speaker || !ROLE_WORDS.has(head!)) return { ...base, speaker, confidence: speaker ? confidence - 0.3 : 0 };
    }
    // A name, possibly with titles: "US Secretary of State Marco Rubio", "Mr Witkoff", "AFP".
    const actor = this.matchActor(np);
    if (actor) return { ...base, speaker: this.actorSpeaker(actor), confidence };
    if (definite && head && INSTITUTION_HEADS.has(head) && !isName(np)) {
      // "the league": an organisation whose name has the word, else (for companies) the last one that spoke.
      const named = this.actors.find((a) => a.kind === 'organization' && a.name.toLowerCase().split(/\s+/).includes(head));
      if (named) return { ...base, speaker: this.actorSpeaker(named), confidence: confidence - 0.2 };
      const speaker = ['company', 'firm', 'group', 'startup', 'business'].includes(head) ? this.lastOrganisation(first.start) : null;
      if (speaker) return { ...base, speaker, confidence: confidence - 0.3 };
    }
    const name = bareName(np.tokens);
    const split = np.tokens.some((t) => ['of', 'from', 'at', 'for'].includes(t.lower));
    if (head && !split && !/^\p{Lu}/u.test(last.text) && (INSTITUTION_HEADS.has(head) || ROLE_WORDS.has(head))) {
      const label = np.tokens.filter((t, k) => !(k === 0 && DETERMINER_WORDS.has(t.lower))).map((t) => t.text).join(' ');
      return { ...base, speaker: { name: label, actor: null, anonymous: false, plural: false, source: null, kind: INSTITUTION_HEADS.has(head) ? 'org' : 'person' }, confidence: confidence - 0.3 };
    }
    // "NURSES' FURY:", "COLES ROCKS 'N' ROLLS!": a shouted headline phrase names nobody.
    // Acronyms ("NSW RFS") are short; shouted words are not.
    const shouted = np.tokens.filter((t) => /\p{L}{4}/u.test(t.text));
    if (name && !/\p{Ll}/u.test(name) && shouted.length >= 2 && shouted.some((t) => /\p{L}{5}/u.test(t.text))) return { ...base, speaker: null, confidence: 0 };
    if (!name || !/\p{Lu}/u.test(name)) {
      const label = np.tokens.filter((t) => !DETERMINER_WORDS.has(t.lower)).map((t) => t.text).join(' ');
      return { ...base, speaker: label ? { name: label, actor: null, anonymous: false, plural: false, source: null, kind: 'other' } : null, confidence: confidence - 0.3 };
    }
    return { ...base, speaker: { name, actor: null, anonymous: false, plural: false, source: null, kind: 'person' }, confidence: confidence - 0.1 };
  }

  private matchActor(np: NounPhrase): ArticleActor | null {
    const full = np.tokens.filter((t) => !DETERMINER_WORDS.has(t.lower)).map((t) => t.text).join(' ');
    const whole = this.byName.get(nameKey(full));
    if (whole) return whole;
    // "Kenya's health ministry" is not Kenya: a lowercase head noun is what the phrase names.
    const last = np.tokens[np.tokens.length - 1]!;
    if (last.text === last.lower && /^\p{L}/u.test(last.text) && !NAME_PARTICLES.has(last.lower)) return null;
    const name = bareName(np.tokens);
    if (!name) return null;
    const words = name.split(' ');
    for (let k = 0; k < words.length; k++) {
      const hit = this.byName.get(nameKey(words.slice(k).join(' ')));
      // "Fossil Free Pensions UK" is not the UK: only a person is named by the end of a longer name.
      if (hit && (k === 0 || hit.kind === 'person')) return hit;
    }
    const surname = words[words.length - 1]!;
    const people = this.peopleBySurname().get(surname);
    return people?.length === 1 ? people[0]! : null;
  }

  /** The person or organisation a definite description names, by the words that describe them. */
  private describedActor(np: NounPhrase, head: string, pos: number): ArticleActor | null {
    const alias = this.actorsByAlias().get(np.tokens.map((t) => t.text).join(' ').toLowerCase());
    if (alias) return alias;
    const wantOrg = INSTITUTION_HEADS.has(head) || ['band', 'company', 'firm', 'group', 'startup', 'agency'].includes(head);
    const matches = (a: ArticleActor) => (a.kind === 'person') !== wantOrg && (this.roles.get(a)?.has(head) ?? false) && !this.conflicts(np, a);
    const firstMention = (a: ArticleActor) => this.firstMention(a);
    // Look back over the last few hundred mentions only: an article's worth, and a huge file
    // is not rescanned from its start for every description.
    const from = lastAtOrBefore(this.candidates, pos - 1, (c) => c.pos);
    for (let i = from; i >= 0 && i > from - DESCRIPTION_LOOKBACK; i--) {
      const c = this.candidates[i]!;
      if ((c.speaker.actor && matches(c.speaker.actor)) || c.speaker.source?.head === head) return c.speaker.actor;
    }
    const p = this.paragraphAt(pos);
    const soon = this.paragraphs[Math.min(this.paragraphs.length - 1, p + 2)]!.end;
    // The first actor named soon after (sorted by first mention: a binary search, not a scan).
    const byFirst = this.actorsByFirstMention();
    let lo = 0, hi = byFirst.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (firstMention(byFirst[mid]!) <= pos) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < byFirst.length && firstMention(byFirst[k]!) <= soon; k++) if (matches(byFirst[k]!)) return byFirst[k]!;
    // A lede often describes before it names: "…, the country's chief negotiator said. [¶] Rajiv Menon, …"
    if (p <= 3 && ROLE_WORDS.has(head)) {
      const next = this.candidates.find((c) => c.pos > pos && c.pos <= soon && c.subjectish && c.speaker.kind === (wantOrg ? 'org' : 'person'));
      if (next?.speaker.actor) return next.speaker.actor;
    }
    return null;
  }

  /** "The Ukrainian president" cannot be someone described as "European Commission President". */
  private conflicts(np: NounPhrase, actor: ArticleActor): boolean {
    const roles = this.roles.get(actor);
    if (!roles?.size) return false;
    const head = headOf(np.tokens);
    if (!head || !roles.has(head)) return false;
    const qualifiers = np.tokens.slice(0, -1).filter((t) => /^\p{Lu}/u.test(t.text) && !DETERMINER_WORDS.has(t.lower)).map((t) => stripPossessive(t.lower));
    return qualifiers.some((q) => !roles.has(q));
  }

  /** The last capitalised name before pos with this word in it: "the diocese" -> "Diocese of Brava". */
  private namedInText(word: string, pos: number): string | null {
    const cap = word[0]!.toUpperCase() + word.slice(1);
    const name = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]+ ){0,3}${cap}(?: (?:of|for) (?:the )?(?:\\p{Lu}[\\p{L}'’-]+ ?){1,3})?`, 'gu');
    let found: string | null = null;
    for (const m of this.text.slice(Math.max(0, pos - 3000), pos).matchAll(name)) found = m[0].trim();
    return found && found.includes(' ') ? found.replace(/^The /, '') : null;
  }

  /** The speaker of the sentence that last mentioned a document of this kind before pos. */
  private issuerOf(word: string, pos: number): Speaker | null {
    const head = word.replace(/s$/, '');
    for (let p = this.paragraphAt(pos); p >= 0; p--) {
      const para = this.paragraphs[p]!;
      const tokens = this.tokensIn(para.start, Math.min(para.end, pos));
      for (let k = tokens.length - 1; k >= 0; k--) {
        const t = tokens[k]!;
        // The document or the act of issuing it: "a post", "has posted".
        if (t.start >= pos || this.insideQuote(t.start) || !(t.lower.startsWith(head) && /^(?:s|ed|ted|ing|ting)?$/.test(t.lower.slice(head.length)))) continue;
        const from = sentenceStart(this.text, para.start, t.start);
        const to = sentenceEnd(this.text, t.end, para.end);
        const here = this.candidatesIn(from, to).filter((c) => c.speaker.kind !== 'other');
        // "an alert issued by Drap", "a statement from the ministry": the issuer is named right there.
        const by = ISSUED_BY.exec(this.text.slice(t.end, to));
        const issuer = by ? here.find((c) => c.pos === t.end + by[0].length) : undefined;
        const pick = issuer ?? here.find((c) => c.attributed) ?? here.find((c) => c.subjectish);
        if (pick) return pick.speaker;
      }
    }
    return null;
  }

  /** The organisation a bare "the statement" or "the company" refers to: the last one that spoke, else the last named. */
  private lastOrganisation(pos: number): Speaker | null {
    let named: Speaker | null = null;
    for (let i = lastAtOrBefore(this.candidates, pos - 1, (c) => c.pos); i >= 0; i--) {
      const c = this.candidates[i]!;
      if (c.speaker.kind !== 'org') continue;
      if (c.attributed) return c.speaker;
      named ??= c.speaker;
    }
    return named;
  }

  /** The person, organisation or source a pronoun at pos most likely refers to. */
  private antecedent(pos: number, pronoun: string, excluded: (a: ArticleActor) => boolean = () => false): Speaker | null {
    const plural = PRONOUNS_PLURAL.has(pronoun);
    const wanted: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const fits = (c: Candidate) => {
      if (pronoun === 'it') return c.speaker.kind === 'org';
      if (plural) return c.speaker.plural || c.speaker.kind === 'org';
      if (c.speaker.plural || c.speaker.kind === 'org') return false;
      if (c.speaker.actor && excluded(c.speaker.actor)) return false;
      // "…what happened with Tavian," he said: people rarely name themselves in the third person.
      if (c.speaker.actor && this.quoteWords && this.namedIn(c.speaker.actor, this.quoteWords)) return false;
      const g = c.speaker.actor ? this.gender.get(c.speaker.actor) ?? null : null;
      return !(wanted && g && g !== wanted);
    };
    const p = this.paragraphAt(pos);
    const floor = this.paragraphs[Math.max(0, p - 4)]?.start ?? 0;
    let pool = this.candidatesIn(floor, pos).filter(fits);
    if (!pool.length) pool = this.candidatesIn(0, floor).filter(fits).slice(-1);
    if (!pool.length) return null;
    let fallback: Candidate | null = null;
    let cursor = pos;
    let para = p;
    for (let steps = 0; steps < 12 && para >= 0 && cursor > floor; steps++) {
      const from = sentenceStart(this.text, this.paragraphs[para]!.start, cursor);
      let inSentence = pool.filter((c) => c.pos >= from && c.pos < cursor);
      // "Hollis asked her about claims. She said: …" — she is whoever Hollis asked, not Hollis.
      if (wanted) inSentence = inSentence.filter((c) => !this.actsOn(c, wanted));
      inSentence = inSentence.filter((c) => !this.askers.has(c.pos));
      const pick = inSentence.find((c) => c.attributed) ?? inSentence.find((c) => c.subjectish);
      if (pick) return this.settle(pick, wanted);
      const last = inSentence[inSentence.length - 1];
      // "…cut little ice with Tory MP Caroline Marsh. She said:" — the only person in the
      // sentence before is the one meant, unless that sentence is itself about "she".
      if (last && steps <= 2 && !this.hasPronoun(from, cursor, pronoun)) return this.settle(last, wanted);
      fallback ??= last ?? null;
      if (from <= this.paragraphs[para]!.start) {
        para--;
        if (para < 0) break;
        cursor = this.paragraphs[para]!.end;
      } else {
        cursor = from - 1;
      }
    }
    return this.settle(fallback ?? pool[pool.length - 1]!, wanted);
  }

  /** "Hollis asked her about …", "Smith told him": the mention acts on someone of that gender. */
  private actsOn(c: Candidate, gender: 'm' | 'f'): boolean {
    const p = this.paragraphs[this.paragraphAt(c.pos)];
    if (!p) return false;
    const tokens = this.tokensIn(c.pos, Math.min(p.end, c.pos + 80));
    // Skip the mention itself (capitalised words), then look at the next three words.
    let k = 0;
    while (k < tokens.length && isCapitalized(tokens[k]!.text)) k++;
    for (let n = 0; n < 3 && k < tokens.length; n++, k++) {
      const t = tokens[k]!;
      if (/^[,.;:]$/.test(t.text)) return false;
      if (gender === 'm' ? t.lower === 'him' : t.lower === 'her' && !/^\p{L}/u.test(tokens[k + 1]?.text ?? '.') || (t.lower === 'her' && PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''))) return true;
    }
    return false;
  }

  private hasPronoun(from: number, to: number, pronoun: string): boolean {
    return this.tokensIn(from, to).some((t) => t.lower === pronoun && !this.insideQuote(t.start));
  }

  private settle(c: Candidate, gender: Gender): Speaker {
    if (gender && c.speaker.actor && !this.gender.has(c.speaker.actor)) this.gender.set(c.speaker.actor, gender);
    return c.speaker;
  }
}

const none = (): Attribution => ({ speaker: null, mention: null, mentionStart: 0, mentionEnd: 0, verb: null, confidence: 0 });
