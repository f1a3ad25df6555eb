// Attributes each quotation to its speaker.
//
// Order of evidence for one quote, strongest first:
//   1. an attribution right after it:      "…," he said / said Smith / a US official said
//   2. a speech verb earlier in its sentence: Smith said on Monday, "…" / X stipulates that "…"
//   3. a headline colon:                    Trump: "…"
//   4. an attribution later in its sentence, after a comma: "…" in the size of X, an official said
//   5. the quote before it in the same sentence: "A," and "B." / "A," adding, "B."
//   6. the speaker of the last quote (a paragraph that is only a quote continues its speaker)
// Pronouns and descriptions ("the official", "the Ukrainian president") are resolved against
// the people, unnamed sources and earlier speakers mentioned before them, never inside quotes.
import type { Article, ArticleActor, Quote, QuoteKind } from '../types.ts';
import { paragraphsOf, type Paragraph, type QuoteSpan } from './quotes.ts';
import { DOCUMENT_HEADS, INSTITUTION_HEADS, PREPOSITIONS, PRONOUNS_PLURAL, PRONOUNS_SINGULAR, RELATIVE_WORDS, SOURCE_MODIFIERS, SPEECH_VERBS, TITLES, VERB_FILLERS } from './lexicon.ts';
import { readSourceMention, SourceTracker, sourceHead, type UnnamedSource } from './sources.ts';
import { isCapitalized, sentenceEnd, sentenceStart, stripPossessive, tokenize, type Token } from './text.ts';

/** Who a mention refers to. */
interface Speaker {
  name: string;
  actorId: string | null;
  anonymous: boolean;
  plural: boolean;
  source: UnnamedSource | null;
}

interface Attribution {
  speaker: Speaker | null;
  mention: string | null;
  mentionStart: number;
  mentionEnd: number;
  verb: string | null;
  confidence: number;
}

/** A place in the text where someone is mentioned, for resolving pronouns and descriptions. */
interface Candidate {
  pos: number;
  speaker: Speaker;
  subjectish: boolean;
}

const DETERMINER_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
const ROLE_WORDS = new Set([
  'president', 'minister', 'chancellor', 'leader', 'envoy', 'secretary', 'premier', 'king', 'queen', 'pope',
  'governor', 'mayor', 'senator', 'ambassador', 'chief', 'ceo', 'chairman', 'chairwoman', 'general', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'head', 'founder', 'coach', 'manager', 'prosecutor', 'judge',
]);
const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'of', 'ben', 'dos', 'das']);
const ASKED = /\b(?:asked|asks|ask|questioned)\s*[,:]?\s*$/i;

export function attributeQuotes(article: Article, spans: QuoteSpan[], actors: ArticleActor[]): Quote[] {
  return new Attributor(article, spans, actors).run();
}

class Attributor {
  private readonly text: string;
  private readonly paragraphs: Paragraph[];
  private readonly tracker = new SourceTracker();
  private readonly candidates: Candidate[] = [];
  private readonly quoteRanges: [number, number][];

  constructor(
    private readonly article: Article,
    private readonly spans: QuoteSpan[],
    private readonly actors: ArticleActor[],
  ) {
    this.text = article.text;
    this.paragraphs = paragraphsOf(article);
    this.quoteRanges = spans.map((s) => [s.outerStart, s.outerEnd]);
    this.collectCandidates();
  }

  private insideQuote(pos: number): boolean {
    return this.quoteRanges.some(([a, b]) => pos >= a && pos < b);
  }

  /** People and unnamed sources mentioned outside quotes, in reading order. */
  private collectCandidates(): void {
    const persons = this.actors.filter((a) => a.kind === 'person');
    for (const actor of persons) {
      for (const span of actor.spans) {
        if (this.insideQuote(span.start)) continue;
        this.candidates.push({ pos: span.start, speaker: this.actorSpeaker(actor), subjectish: this.subjectish(span.start, span.end) });
      }
    }
    for (const p of this.paragraphs) {
      const tokens = tokenize(this.text, p.start, p.end);
      tokens.forEach((t, i) => {
        if (this.insideQuote(t.start)) return;
        const m = readSourceMention(tokens, i);
        if (!m || this.insideQuote(m.start)) return;
        const source = this.tracker.identify(m);
        this.candidates.push({ pos: m.start, speaker: this.sourceSpeaker(source), subjectish: this.subjectish(m.start, m.end) });
      });
    }
    this.candidates.sort((a, b) => a.pos - b.pos);
  }

  private subjectish(start: number, end: number): boolean {
    const before = this.text.slice(Math.max(0, start - 20), start).toLowerCase();
    const prev = before.match(/([\p{L}]+)\s*$/u)?.[1];
    if (prev && PREPOSITIONS.has(prev)) return false;
    return !/^[’']s\b/.test(this.text.slice(end, end + 3));
  }

  private actorSpeaker(actor: ArticleActor): Speaker {
    return { name: actor.name, actorId: actor.id, anonymous: false, plural: false, source: null };
  }

  private sourceSpeaker(source: UnnamedSource): Speaker {
    return { name: '', actorId: null, anonymous: true, plural: source.plural, source };
  }

  run(): Quote[] {
    const attributions: Attribution[] = [];
    const groups: (string | null)[] = [];
    let groupCount = 0;
    const quotes: Quote[] = [];
    this.spans.forEach((span, index) => {
      const prev = index > 0 ? this.spans[index - 1]! : null;
      const prevAttribution = index > 0 ? attributions[index - 1]! : null;
      const { attribution, sharesWithPrevious } = this.attribute(span, prev, prevAttribution);
      attributions.push(attribution);
      if (attribution.speaker && attribution.mention && attribution.verb !== 'asked') {
        this.candidates.push({ pos: attribution.mentionStart, speaker: attribution.speaker, subjectish: true });
        this.candidates.sort((a, b) => a.pos - b.pos);
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
    // Labels of unnamed sources depend on how many the whole article has, so set them last.
    quotes.forEach((q, i) => {
      const s = attributions[i]!.speaker;
      if (s?.source) q.speaker = this.tracker.label(s.source);
    });
    return quotes;
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
      speakerId: a.speaker?.actorId ?? null,
      speakerMention: a.mention,
      speakerSpan: a.mention ? { start: a.mentionStart, end: a.mentionEnd } : null,
      anonymous: a.speaker?.anonymous ?? false,
      verb: a.verb,
      kind: this.kindOf(span, text, a),
      confidence: a.speaker ? Math.round(a.confidence * 100) / 100 : 0,
      group,
    };
  }

  /** A short quoted phrase set inside a sentence is a term (scare quote), not a statement. */
  private kindOf(span: QuoteSpan, text: string, a: Attribution): QuoteKind {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (words.length > 4) return 'statement';
    if (/[.!?,…]\s*$/.test(text)) return 'statement';
    if (a.verb === ':') return 'statement';
    const before = this.text.slice(Math.max(this.paragraphOf(span).start, span.outerStart - 3), span.outerStart);
    if (/[:,]\s*$/.test(before)) return 'statement';
    return 'term';
  }

  private paragraphOf(span: QuoteSpan): Paragraph {
    return this.paragraphs[span.paragraph]!;
  }

  private attribute(span: QuoteSpan, prev: QuoteSpan | null, prevAttribution: Attribution | null): { attribution: Attribution; sharesWithPrevious: boolean } {
    const p = this.paragraphOf(span);
    const text = this.text;
    const inherit = (confidence: number, shares: boolean) => ({
      attribution: prevAttribution
        ? { ...prevAttribution, confidence: Math.min(prevAttribution.confidence, confidence) }
        : this.none(),
      sharesWithPrevious: shares && !!prevAttribution?.speaker,
    });

    if (span.continued) return inherit(0.9, true);

    const sentenceFrom = sentenceStart(text, p.start, span.outerStart);
    const prevInSentence = prev && prev.paragraph === span.paragraph && prev.outerEnd > sentenceFrom && prev.outerEnd <= span.outerStart ? prev : null;
    const clauseFrom = prevInSentence ? prevInSentence.outerEnd : sentenceFrom;
    const before = text.slice(clauseFrom, span.outerStart);

    // A question put to the speaker: "Asked "…?", he said …" — the asker is unnamed.
    if (ASKED.test(before) && !prevInSentence) {
      return {
        attribution: { speaker: { name: 'questioner', actorId: null, anonymous: true, plural: false, source: null }, mention: before.trim(), mentionStart: clauseFrom, mentionEnd: span.outerStart, verb: 'asked', confidence: 0.6 },
        sharesWithPrevious: false,
      };
    }

    const next = this.nextQuoteIn(span);
    const afterTo = Math.min(sentenceEnd(text, span.outerEnd, p.end), next ? next.outerStart : p.end);
    const immediate = this.afterAttribution(span.outerEnd, afterTo, true);
    if (immediate) return { attribution: immediate, sharesWithPrevious: false };

    const earlier = this.beforeAttribution(clauseFrom, span.outerStart);
    if (earlier) {
      const samePrev = !!prevInSentence && !!prevAttribution && prevAttribution.mentionStart === earlier.mentionStart;
      return { attribution: earlier, sharesWithPrevious: samePrev };
    }
    if (prevInSentence) {
      const between = text.slice(prevInSentence.outerEnd, span.outerStart);
      const hasVerb = tokenize(between).some((t) => SPEECH_VERBS.has(t.lower));
      return inherit(hasVerb ? 0.85 : 0.75, true);
    }
    if (!prevInSentence) {
      const colon = this.colonAttribution(sentenceFrom, span.outerStart);
      if (colon) return { attribution: colon, sharesWithPrevious: false };
    }
    const later = this.afterAttribution(span.outerEnd, afterTo, false);
    if (later) return { attribution: later, sharesWithPrevious: false };

    // Quote with no attribution in its sentence: the last speaker goes on, if recent.
    if (prevAttribution?.speaker && prev) return inherit(span.paragraph - prev.paragraph <= 2 ? 0.6 : 0.4, false);
    return { attribution: this.none(), sharesWithPrevious: false };
  }

  private none(): Attribution {
    return { speaker: null, mention: null, mentionStart: 0, mentionEnd: 0, verb: null, confidence: 0 };
  }

  private nextQuoteIn(span: QuoteSpan): QuoteSpan | null {
    for (const s of this.spans) if (s.paragraph === span.paragraph && s.outerStart >= span.outerEnd) return s;
    return null;
  }

  /** `"…," he said` / `said Smith` / `according to X`, right after the quote (or after a later comma). */
  private afterAttribution(from: number, to: number, immediate: boolean): Attribution | null {
    const tokens = tokenize(this.text, from, to);
    const starts: number[] = [];
    if (immediate) {
      starts.push(tokens[0]?.text === ',' ? 1 : 0);
    } else {
      tokens.forEach((t, i) => { if (t.text === ',' && i > 0) starts.push(i + 1); });
    }
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
    // Inverted: said Smith / added the official / told reporters? (no: needs an NP that is a speaker)
    let v = s;
    while (v < tokens.length && VERB_FILLERS.has(tokens[v]!.lower) && v - s < 2) v++;
    if (tokens[v] && isSpeechVerb(tokens[v]!) && isFiniteSpeech(tokens[v]!.lower)) {
      const np = this.nounPhraseForward(tokens, v + 1);
      if (np && !PRONOUNS_SINGULAR.has(np.tokens[0]!.lower)) return this.resolve(np, tokens[v]!.text, 0.9);
    }
    // Subject first: he said / Smith told CNN / a US official said on condition of anonymity.
    for (let i = s; i < tokens.length && i - s <= 12; i++) {
      const t = tokens[i]!;
      if (t.text === ',' || t.text === '.' || t.text === ';') {
        if (i > s && t.text === ',' && this.appositiveAhead(tokens, i)) {
          i = this.skipAppositive(tokens, i);
          continue;
        }
        return null;
      }
      if (isSpeechVerb(t) && i > s) {
        let end = i;
        while (end > s && VERB_FILLERS.has(tokens[end - 1]!.lower)) end--;
        const np = this.nounPhraseBackward(tokens, end, s);
        if (np && np.tokens[0] === tokens[s]) return this.resolve(np, t.text, 0.95);
        return null;
      }
    }
    return null;
  }

  private appositiveAhead(tokens: Token[], comma: number): boolean {
    const next = tokens[comma + 1];
    return !!next && (RELATIVE_WORDS.has(next.lower) || next.lower === 'the' || next.lower === 'a' || next.lower === 'an');
  }

  private skipAppositive(tokens: Token[], comma: number): number {
    for (let j = comma + 1; j < tokens.length && j - comma < 25; j++) if (tokens[j]!.text === ',') return j;
    return tokens.length;
  }

  /** A speech verb earlier in the quote's sentence, with its subject. */
  private beforeAttribution(from: number, to: number): Attribution | null {
    const tokens = tokenize(this.text, from, to);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (!isSpeechVerb(t)) continue;
      const prevWord = tokens[i - 1]?.lower;
      if (prevWord && DETERMINER_WORDS.has(prevWord)) continue; // "a post", "his statement"
      if (!isFiniteSpeech(t.lower) && !/ing$/.test(t.lower)) continue;
      let end = i;
      while (end > 0 && VERB_FILLERS.has(tokens[end - 1]!.lower)) end--;
      end = this.skipRelativeClause(tokens, end);
      const np = this.nounPhraseBackward(tokens, end, 0);
      if (np) return this.resolve(np, t.text, 0.9);
      if (/ing$/.test(t.lower) || t.lower === 'added') return null; // "adding, …": the previous speaker goes on
      // "President Trump has said …" with the subject further back is rare; stop at the nearest verb.
      return null;
    }
    const according = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
    if (according >= 0) {
      const np = this.nounPhraseForward(tokens, according + 2);
      if (np) return this.resolve(np, 'according to', 0.85);
    }
    return null;
  }

  /** Skips back over ", who was by his side," between a subject and its verb. */
  private skipRelativeClause(tokens: Token[], end: number): number {
    if (tokens[end - 1]?.text !== ',') return end;
    for (let j = end - 2; j >= 0 && end - j < 30; j--) {
      if (tokens[j]!.text !== ',') continue;
      const head = tokens[j + 1];
      if (head && (RELATIVE_WORDS.has(head.lower) || DETERMINER_WORDS.has(head.lower) || !isCapitalized(head.text))) return j;
      return end;
    }
    return end;
  }

  /** "Trump: "…"" and "U.S. officials: "…"" at the start of a headline or paragraph. */
  private colonAttribution(from: number, to: number): Attribution | null {
    const tokens = tokenize(this.text, from, to);
    if (tokens.length < 2 || tokens[tokens.length - 1]!.text !== ':') return null;
    const np = this.nounPhraseBackward(tokens, tokens.length - 1, 0);
    if (!np || np.tokens[0] !== tokens[0]) return null;
    return this.resolve(np, ':', 0.85);
  }

  /** The noun phrase that ends just before tokens[end]: a pronoun, a name, or a description. */
  private nounPhraseBackward(tokens: Token[], end: number, floor: number): NounPhrase | null {
    const last = tokens[end - 1];
    if (!last || end - 1 < floor) return null;
    if (PRONOUNS_SINGULAR.has(last.lower) || PRONOUNS_PLURAL.has(last.lower) || last.lower === 'it' || last.lower === 'i') {
      return { tokens: [last] };
    }
    let i = end - 1;
    const taken: Token[] = [];
    while (i >= floor) {
      const t = tokens[i]!;
      const lower = t.lower;
      if (t.text === ',' || t.text === ':' || t.text === ';' || t.text === '(' || t.text === ')' || t.text === '.') break;
      if (DETERMINER_WORDS.has(lower) || lower === 'one' || lower === 'another') {
        if (lower === 'his' || lower === 'her' || lower === 'its' || lower === 'their' || lower === 'this' || lower === 'that') break;
        taken.unshift(t);
        // "Article 5 of the NATO treaty": the determiner opens a complement, not the phrase.
        const prep = tokens[i - 1];
        const headBefore = tokens[i - 2];
        if (prep && headBefore && i - 2 >= floor && ['of', 'from', 'for'].includes(prep.lower) && (isCapitalized(headBefore.text) || DOCUMENT_HEADS.has(headBefore.lower) || !!sourceHead(headBefore.lower))) {
          i--;
          continue;
        }
        break;
      }
      const capital = isCapitalized(t.text);
      const nounish = SOURCE_MODIFIERS.has(lower) || !!sourceHead(lower) || DOCUMENT_HEADS.has(lower) || ROLE_WORDS.has(lower) || TITLES.has(lower) || INSTITUTION_HEADS.has(lower);
      if (PREPOSITIONS.has(lower)) {
        // Keep complements of a head noun: "a statement from No 10", "Article 5 of the treaty", "Secretary of State".
        const headBefore = tokens[i - 1];
        const keep = headBefore && taken.length > 0 && (DOCUMENT_HEADS.has(headBefore.lower) || !!sourceHead(headBefore.lower) || isCapitalized(headBefore.text) || headBefore.lower === 'familiar');
        if (!keep || !['from', 'for', 'of', 'at', 'with', 'in'].includes(lower)) break;
        taken.unshift(t);
        i--;
        continue;
      }
      if (lower === 'familiar' || lower === 'close') {
        taken.unshift(t);
        i--;
        continue;
      }
      if (capital || nounish || NAME_PARTICLES.has(lower) || lower === 'the' || (/^\d+$/.test(t.text) && taken.length === 0 && tokens[i - 1]?.lower === 'no')) {
        if (!capital && !nounish && !NAME_PARTICLES.has(lower) && !/^\d+$/.test(t.text)) break;
        taken.unshift(t);
        i--;
        continue;
      }
      // A lowercase noun after the determiner-less NP ends it ("the deal" is not a speaker).
      break;
    }
    // Trim leading particles and prepositions left dangling at the start.
    while (taken.length && (PREPOSITIONS.has(taken[0]!.lower) || NAME_PARTICLES.has(taken[0]!.lower))) taken.shift();
    if (!taken.length) return null;
    if (!isSpeakerPhrase(taken)) return null;
    return { tokens: taken };
  }

  /** The noun phrase starting at tokens[start]: said [NP]. */
  private nounPhraseForward(tokens: Token[], start: number): NounPhrase | null {
    let end = start;
    while (end < tokens.length && ![',', '.', ';', ':', '(', ')', '—', '–'].includes(tokens[end]!.text) && end - start < 10) {
      const lower = tokens[end]!.lower;
      if (end > start && (SPEECH_VERBS.has(lower) || (VERB_FILLERS.has(lower) && !isCapitalized(tokens[end]!.text)))) break;
      if (end > start && PREPOSITIONS.has(lower) && !['of', 'for', 'from'].includes(lower)) break;
      end++;
    }
    if (end === start) return null;
    const np = this.nounPhraseBackward(tokens, end, start);
    return np && np.tokens[0] === tokens[start] ? np : null;
  }

  private resolve(np: NounPhrase, verb: string, confidence: number): Attribution {
    const first = np.tokens[0]!;
    const last = np.tokens[np.tokens.length - 1]!;
    const mention = this.text.slice(first.start, last.end);
    const base = { mention, mentionStart: first.start, mentionEnd: last.end, verb: verb.toLowerCase() };
    const lower = first.lower;
    if (np.tokens.length === 1 && (PRONOUNS_SINGULAR.has(lower) || PRONOUNS_PLURAL.has(lower) || lower === 'it' || lower === 'i')) {
      const speaker = this.antecedent(first.start, PRONOUNS_PLURAL.has(lower) || lower === 'it');
      return { ...base, speaker, confidence: speaker ? confidence - 0.15 : 0 };
    }
    // "an announcement from No 10", "a statement by the ministry": the source is the complement.
    const docIndex = np.tokens.findIndex((t) => DOCUMENT_HEADS.has(t.lower));
    if (docIndex >= 0 && np.tokens[docIndex + 1] && PREPOSITIONS.has(np.tokens[docIndex + 1]!.lower)) {
      const rest = np.tokens.slice(docIndex + 2).filter((t) => t.lower !== 'the');
      if (rest.length) return this.resolve({ tokens: rest }, verb, confidence);
    }
    // An unnamed source: the head noun is a lowercase source word ("a US official", "officials").
    const headIndex = lastHeadIndex(np.tokens);
    if (headIndex >= 0 && !np.tokens.slice(headIndex + 1).some((t) => isCapitalized(t.text) && !PREPOSITIONS.has(t.lower))) {
      const tokens = this.tokensAround(first.start, np.tokens[headIndex]!.end);
      const m = readSourceMention(tokens, tokens.length - 1);
      if (m) {
        const source = this.tracker.identify(m);
        return { ...base, speaker: this.sourceSpeaker(source), confidence };
      }
    }
    // A definite description of a role: "the Ukrainian president", "the minister".
    if ((lower === 'the') && ROLE_WORDS.has(last.lower)) {
      const actor = this.matchDescription(np);
      if (actor) return { ...base, speaker: this.actorSpeaker(actor), confidence: confidence - 0.1 };
      const speaker = this.antecedent(first.start, false);
      return { ...base, speaker, confidence: speaker ? confidence - 0.25 : 0 };
    }
    // A name, possibly with titles: "US Secretary of State Marco Rubio", "Mr Witkoff", "AFP".
    const actor = this.matchActor(np);
    if (actor) return { ...base, speaker: this.actorSpeaker(actor), confidence };
    const name = bareName(np.tokens);
    if (!name) return { ...base, speaker: null, confidence: 0 };
    return { ...base, speaker: { name, actorId: null, anonymous: false, plural: false, source: null }, confidence: confidence - 0.1 };
  }

  private tokensAround(from: number, to: number): Token[] {
    return tokenize(this.text, from, to);
  }

  private matchActor(np: NounPhrase): ArticleActor | null {
    const name = bareName(np.tokens);
    if (!name) return null;
    const words = name.split(' ');
    const has = (a: ArticleActor, form: string) => a.name === form || a.aliases.includes(form);
    // Longest tail first: "Donald Trump", then "Trump".
    for (let k = 0; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      const hit = this.actors.find((a) => has(a, tail));
      if (hit) return hit;
    }
    const surname = words[words.length - 1]!;
    const people = this.actors.filter((a) => a.kind === 'person' && [a.name, ...a.aliases].some((x) => x.split(' ').pop() === surname));
    return people.length === 1 ? people[0]! : null;
  }

  private matchDescription(np: NounPhrase): ArticleActor | null {
    const phrase = np.tokens.map((t) => t.text).join(' ').toLowerCase();
    return this.actors.find((a) => a.aliases.some((x) => x.toLowerCase() === phrase)) ?? null;
  }

  /** The person or source a pronoun (or bare role) at pos most likely refers to. */
  private antecedent(pos: number, plural: boolean): Speaker | null {
    const p = this.paragraphs.findIndex((x) => pos >= x.start && pos <= x.end);
    const floor = this.paragraphs[Math.max(0, p - 3)]?.start ?? 0;
    const before = this.candidates.filter((c) => c.pos < pos && c.pos >= floor && c.speaker.plural === plural);
    if (!before.length) {
      const any = this.candidates.filter((c) => c.pos < pos && c.speaker.plural === plural);
      return any.length ? any[any.length - 1]!.speaker : null;
    }
    // Walk back sentence by sentence; in the nearest sentence with candidates prefer its subject.
    let cursorEnd = pos;
    for (let guard = 0; guard < 40 && cursorEnd > floor; guard++) {
      const para = this.paragraphs.find((x) => cursorEnd > x.start && cursorEnd <= x.end) ?? this.paragraphs.find((x) => x.end < cursorEnd && x.end >= cursorEnd - 2);
      const paraStart = para ? para.start : floor;
      const from = sentenceStart(this.text, paraStart, cursorEnd);
      const inSentence = before.filter((c) => c.pos >= from && c.pos < cursorEnd);
      if (inSentence.length) {
        return (inSentence.find((c) => c.subjectish) ?? inSentence[0]!).speaker;
      }
      if (from <= paraStart) {
        const prevPara = this.paragraphs.filter((x) => x.end < paraStart).pop();
        if (!prevPara) break;
        cursorEnd = prevPara.end;
      } else {
        cursorEnd = from - 1;
      }
    }
    return before[before.length - 1]!.speaker;
  }
}

interface NounPhrase {
  tokens: Token[];
}

const isFiniteSpeech = (w: string): boolean => !/ing$/.test(w);
const isSpeechVerb = (t: Token): boolean => t.text === t.lower && SPEECH_VERBS.has(t.lower);

function lastHeadIndex(tokens: Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (sourceHead(tokens[i]!.lower) && tokens[i]!.text === tokens[i]!.lower) return i;
  return -1;
}

/** A phrase can speak if it holds a name, a source noun, a document or a role. */
function isSpeakerPhrase(tokens: Token[]): boolean {
  return tokens.some((t) => isCapitalized(t.text) && !/^\d/.test(t.text)) || tokens.some((t) => !!sourceHead(t.lower) || DOCUMENT_HEADS.has(t.lower) || ROLE_WORDS.has(t.lower) || INSTITUTION_HEADS.has(t.lower));
}

/** "US Secretary of State Marco Rubio" -> "Marco Rubio"; "Article 5 of the NATO treaty" -> "Article 5". */
function bareName(tokens: Token[]): string {
  const ofIndex = tokens.findIndex((t) => t.lower === 'of' || t.lower === 'from' || t.lower === 'for');
  const head = ofIndex > 0 && !tokens.slice(ofIndex + 1).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !TITLES.has(t.lower)) ? tokens.slice(0, ofIndex) : tokens;
  const words = head.filter((t) => isCapitalized(t.text) || /^\d/.test(t.text) || NAME_PARTICLES.has(t.lower)).map((t) => stripPossessive(t.text.replace(/^\[|\]$/g, '')));
  let k = 0;
  while (k < words.length - 1 && TITLES.has(words[k]!.toLowerCase().replace(/\.$/, ''))) k++;
  const name = words.slice(k).join(' ');
  return name || words.join(' ');
}

