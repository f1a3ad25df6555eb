import type { AnalyzedArticle, Quote, Span, Statement } from '../types.ts';

// Statements = every quote, plus sentences of reported speech ("X said that ...",
// "according to X, ...") found outside quotation marks in content and title blocks.
// Pure and linear in the article length.

export interface Sentence extends Span {
  /** Quoted stretches inside the sentence (marks included), article offsets. */
  quoted: Span[];
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|Vol|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|approx)|\b[A-Z](?:\.[A-Z])*)$/;

const OPEN = new Set(['“', '"', '«', '„']);
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** Quoted stretches in [start, end) of text: double quotes, curly or straight, not crossing the range. */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (OPEN.has(c)) {
      const close = CLOSE_OF[c]!;
      const j = text.indexOf(close, i + 1);
      if (j < 0 || j >= end) { i++; continue; }
      out.push({ start: i, end: j + 1 });
      i = j + 1;
    } else i++;
  }
  return out;
}

/** Sentences of one block; never split inside a quotation. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const quoted = quotedSpans(text, start, end);
  const out: Sentence[] = [];
  let s = start;
  let q = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, quoted: quoted.filter((x) => x.start >= a && x.end <= b) });
  };
  for (let i = start; i < end; i++) {
    while (q < quoted.length && quoted[q]!.end <= i) q++;
    const inQuote = q < quoted.length && quoted[q]!.start < i && i < quoted[q]!.end - 1;
    const c = text[i]!;
    if (inQuote || !(c === '.' || c === '!' || c === '?' || c === '…')) continue;
    // Closing marks/brackets belong to this sentence.
    let j = i + 1;
    while (j < end && /[”"’'»)\]]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && !/[\p{Lu}\p{N}“"‘'«(\[–—-]/u.test(text[k]!)) continue;
    if (c === '.' && ABBREV.test(text.slice(Math.max(start, i - 12), i))) continue;
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
  return out;
}

// Cues of reported speech, looked for outside quotation marks.
const CUE =
  /\b(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|warned|warns|argued|argues|insisted|insists|claimed|claims|explained|explains|described|describes|acknowledged|acknowledges|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|announced|announces|confirmed|confirms|denied|denies|mentioned|mentions|wrote|writes|suggested|suggests|admitted|admits|urged|urges|predicted|asserted|asserts|maintained|maintains|revealed|indicated|pledged|vowed|promised|hinted|hints|outlined|stipulates|reportedly|referred to as|(?:expressed|voiced|expresses|voices) (?:confidence|hope|concern|doubts?|optimism|skepticism|scepticism)|according to)\b/i;
// "in response to" followed by a name is a spinner's "according to".
const SPUN_ACCORDING = /\bin response to\s+(?:the\s+|US\s+|UK\s+)?[A-Z]/;

const CUES = new RegExp(CUE.source, 'gi');

/**
 * The first reported-speech cue; a capitalised cue word inside the sentence is part of
 * a name ("the United States said", "Field Notes"), not the verb.
 */
function cueIn(outside: string): RegExpExecArray | null {
  CUES.lastIndex = 0;
  let titleCase: boolean | undefined;
  for (let m = CUES.exec(outside); m; m = CUES.exec(outside)) {
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N}]/u.test(outside.slice(0, m.index))) {
      // A headline in title case capitalises its verbs too ("Waited Weeks to Say So").
      titleCase ??= isTitleCase(outside);
      if (!titleCase) continue;
    }
    return m;
  }
  return null;
}

function isTitleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.7;
}

const ROLE =
  /\b(?:(?:a|an|the|one|two|three|another|several|some)\s+)*((?:(?:US|U\.S\.|UK|EU|American|Russian|Ukrainian|European|British|Western|government|administration|White House|Kremlin|military|defence|defense|intelligence|diplomatic|senior)\s+)*(?:officials?|diplomats?|sources?|spokes(?:man|woman|person)|negotiators?|aides?|analysts?|team|envoys?))\b/i;

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function isFragment(q: Quote): boolean {
  return q.kind === 'term' || words(q.text) <= 3;
}

interface Mention { at: number; end: number; name: string; anonymous: boolean; rank: number }

/** Who a sentence attributes to: actors and role phrases ("US officials") outside quotes. */
/** Every actor span of an article, by start: built once, searched per sentence. */
interface SpanIndex { starts: number[]; spans: { start: number; end: number; name: string; rank: number }[] }

function spanIndex(article: AnalyzedArticle): SpanIndex {
  const spans = article.actors.flatMap((actor) => actor.spans.map((sp) => ({ start: sp.start, end: sp.end, name: actor.name, rank: actor.kind === 'place' ? 1 : 0 })));
  spans.sort((a, b) => a.start - b.start);
  return { starts: spans.map((x) => x.start), spans };
}

function mentionsIn(index: SpanIndex, s: Sentence, outside: string): Mention[] {
  const out: Mention[] = [];
  let lo = 0, hi = index.starts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (index.starts[mid]! < s.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < index.spans.length && index.spans[k]!.start < s.end; k++) {
    const sp = index.spans[k]!;
    if (sp.end > s.end) continue;
    if (s.quoted.some((q) => sp.start >= q.start && sp.end <= q.end)) continue;
    out.push({ at: sp.start, end: sp.end, name: sp.name, anonymous: false, rank: sp.rank });
  }
  const role = new RegExp(ROLE.source, 'gi');
  for (const m of outside.matchAll(role)) {
    const at = s.start + m.index! + m[0].length - m[1]!.length;
    out.push({ at, end: s.start + m.index! + m[0].length, name: m[1]!.replace(/\s+/g, ' '), anonymous: true, rank: 0 });
  }
  // "envoy Steve Witkoff": the role is an appositive of the named actor.
  const named = out.filter((m) => !m.anonymous);
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.anonymous && named.some((a) => a.at >= m.end && a.at <= m.end + 1)) out.splice(i, 1);
  }
  const pron = /\b(?:[Hh]e|[Ss]he|[Tt]hey)\b/g;
  for (const m of outside.matchAll(pron)) out.push({ at: s.start + m.index!, end: s.start + m.index! + m[0].length, name: '', anonymous: false, rank: 0 });
  return out;
}

/** The subject nearest before the cue; after it for "according to X" / "said X". */
function speakerFor(ms: Mention[], cueAt: number, cueEnd: number, after: boolean): Mention | null {
  let best: Mention | null = null;
  const score = (m: Mention) => (after ? m.at - cueEnd : cueAt - m.end) + m.rank * 1000;
  for (const m of ms) {
    if (after ? m.at < cueEnd : m.end > cueAt) continue;
    if (!best || score(m) < score(best)) best = m;
  }
  if (!best && !after) return speakerFor(ms, cueAt, cueEnd, true);
  return best;
}

/** Outside-quote text of a sentence, with quotes blanked to keep offsets. */
function outsideText(text: string, s: Sentence): string {
  let out = '';
  let i = s.start;
  for (const q of s.quoted) {
    out += text.slice(i, q.start) + ' '.repeat(q.end - q.start);
    i = q.end;
  }
  return out + text.slice(i, s.end);
}

export function statementsOf(article: AnalyzedArticle): Statement[] {
  const text = article.text;
  const quotes = [...article.quotes].sort((x, y) => x.start - y.start);
  const out: Statement[] = [];
  const sentences: Sentence[] = [];
  for (const b of article.blocks) {
    if (b.kind !== 'content' && b.kind !== 'title') continue;
    sentences.push(...splitSentences(text, b.start, b.end));
  }
  const sentenceAt = (pos: number): Sentence | undefined => {
    let lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };

  // Quotes. A fragment ("robust", "punish further") is not a statement on its own:
  // it stands for the sentence that frames it.
  const taken = new Set<Sentence>();
  for (const q of quotes) {
    let start = q.start, end = q.end, stText = q.text;
    const sent = isFragment(q) ? sentenceAt(q.start) : undefined;
    if (sent && sent.end - sent.start > q.end - q.start + 8) {
      start = sent.start; end = sent.end; stText = text.slice(start, end);
      taken.add(sent);
    }
    out.push({
      id: q.id, article: article.id, kind: 'quote', text: stText, start, end,
      quote: q.id, speaker: q.speaker, anonymous: q.anonymous,
    });
  }

  // Reported speech.
  const spans = spanIndex(article);
  let n = 0;
  let lastSpeaker: string | null = null;
  let qi = 0;
  for (const s of sentences) {
    // Track the latest known speaker for "He added that ..." sentences.
    while (qi < quotes.length && quotes[qi]!.start < s.start) {
      if (quotes[qi]!.speaker) lastSpeaker = quotes[qi]!.speaker;
      qi++;
    }
    if (taken.has(s)) continue;
    const outside = outsideText(text, s);
    const cue = cueIn(outside) ?? SPUN_ACCORDING.exec(outside);
    if (!cue) continue;
    // Wholly a quote already: with a full quotation inside, the sentence is reported
    // speech only when it carries its own claim ("said that ..." outside the marks).
    const outsideWords = words(outside);
    if (s.quoted.some((q) => words(text.slice(q.start, q.end)) > 3)) {
      if (!/\b(?:that|according to)\s+(?:[^\s"“]+\s+){3}[^\s"“]+/i.test(outside)) continue;
    }
    if (outsideWords < 5) continue;
    const cueAt = s.start + cue.index;
    const after = /^(?:according|in response)/i.test(cue[0]);
    const who = speakerFor(mentionsIn(spans, s, outside), cueAt, cueAt + cue[0].length, after);
    let speaker: string | null = null;
    let anonymous = false;
    if (who) {
      if (who.name) { speaker = who.name; anonymous = who.anonymous; }
      else speaker = lastSpeaker; // a pronoun: the latest speaker
    }
    // Quotes are sorted by start: qi already points past every quote before this sentence.
    let quoteHere: Quote | undefined;
    for (let k = qi; k < quotes.length && quotes[k]!.start < s.end; k++) {
      const q = quotes[k]!;
      if (q.start >= s.start && q.end <= s.end && q.speaker) { quoteHere = q; break; }
    }
    if (!speaker && quoteHere) { speaker = quoteHere.speaker; anonymous = quoteHere.anonymous; }
    if (speaker) lastSpeaker = speaker;
    n++;
    out.push({
      id: `${article.id}#s${n}`, article: article.id, kind: 'reported', text: text.slice(s.start, s.end),
      start: s.start, end: s.end, quote: null, speaker, anonymous,
    });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
