// Words and noun phrases for attribution: which tokens are speech verbs, where a name ends,
// how a mention becomes a name ("US Secretary of State Marco Rubio" -> "Marco Rubio").
// Pure functions over tokens; the Attributor (attribution.ts) holds the article state.
import { DOCUMENT_HEADS, INSTITUTION_HEADS, PRONOUNS_PLURAL, PRONOUNS_SINGULAR, PREPOSITIONS, SPEECH_VERBS, TITLES } from './lexicon.ts';
import { sourceHead } from './sources.ts';
import { isCapitalized, stripPossessive, type Token } from './text.ts';

export interface NounPhrase {
  tokens: Token[];
  /** Words of a complement that names the source's organisation ("for the Ministry"). */
  complement?: Token[];
}

export const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'before', 'while']);
export const DETERMINER_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
export const ROLE_WORDS = new Set([
  'president', 'minister', 'chancellor', 'leader', 'envoy', 'secretary', 'premier', 'king', 'queen', 'pope',
  'governor', 'mayor', 'senator', 'ambassador', 'chief', 'ceo', 'chairman', 'chairwoman', 'general', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'head', 'founder', 'coach', 'manager', 'prosecutor', 'judge',
  'negotiator', 'researcher', 'presenter', 'singer', 'frontman', 'guitarist', 'drummer', 'solicitor', 'lawyer',
  'attorney', 'chair', 'director', 'organizer', 'organiser', 'promoter', 'band', 'company', 'firm', 'group',
  'startup', 'agency', 'official', 'diplomat', 'expert', 'analyst', 'professor', 'economist', 'author', 'star',
  'player', 'striker', 'captain', 'officer', 'detective', 'investigator', 'doctor', 'mp', 'lawmaker', 'candidate',
]);
export const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'al', 'bin', 'binti', 'bint', 'ibn', 'el', 'of', 'ben', 'dos', 'das']);
export const COMPLEMENT_STARTERS = new Set(['from', 'for', 'of', 'at', 'with', 'in', 'on', 'close', 'familiar', 'briefed', 'knowledgeable', 'involved', 'aware', 'who']);
export const ASKED = /\b(?:asked|asks|ask|questioned)\s*[,:]?\s*$/i;
export const ASKING = new Set(['asked', 'asks', 'questioned', 'pressed', 'interjected', 'interrupted']);
export const FEMALE_ROLES = new Set(['wife', 'mother', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'widow', 'girlfriend', 'actress', 'chairwoman', 'spokeswoman', 'businesswoman', 'congresswoman', 'queen', 'princess', 'mum', 'mom', 'stepmother', 'sportswoman', 'policewoman']);
export const MALE_ROLES = new Set(['husband', 'father', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'widower', 'boyfriend', 'chairman', 'spokesman', 'businessman', 'congressman', 'king', 'prince', 'dad', 'stepfather', 'sportsman', 'policeman']);
export const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince']);
export const FEMALE_TITLES = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'queen', 'princess']);

/** Index of the last item whose key is <= value (items sorted by key), or -1. */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export const isFinite = (w: string): boolean => !/ing$/.test(w);
/** "a post", "the report", "Veltrix's report": a noun, not a verb. */
export const isNounUse = (tokens: Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "state minister X", "report author": a bare noun form before a role is a modifier.
  if (NOUN_FORMS.has(tokens[i]!.lower) && next && (TITLES.has(next.lower) || ROLE_WORDS.has(next.lower))) return true;
  return !!prev && (DETERMINER_WORDS.has(prev.lower) || /[’']s$/.test(prev.text) || ['new', 'latest', 'annual', 'joint', 'written', 'short', 'brief'].includes(prev.lower));
};
const NOUN_FORMS = new Set(['state', 'report', 'note', 'post', 'comment', 'answer', 'claim', 'tweet', 'statement', 'press', 'speech']);
export const isSpeechVerb = (t: Token): boolean => t.text === t.lower && (SPEECH_VERBS.has(t.lower) || t.lower === 'read' || t.lower === 'reads' || PHRASAL_SPEECH.has(t.lower) && t.end > 0 && t.phrasal === true);
/** "cut in", "broke in", "chimed in", "weighed in": speech verbs of two words. */
export const PHRASAL_SPEECH = new Set(['cut', 'broke', 'chimed', 'weighed', 'butted', 'jumped', 'piped', 'cuts', 'breaks', 'chimes', 'weighs', 'hit', 'hits', 'fired', 'fires', 'shot', 'shoots', 'struck', 'strikes']);
export const isPronoun = (w: string): boolean => PRONOUNS_SINGULAR.has(w) || PRONOUNS_PLURAL.has(w) || w === 'it';

/** "read"/"reads" attribute only documents: "the statement read". */
export function verbFits(verb: Token, np: NounPhrase): boolean {
  if (verb.lower !== 'read' && verb.lower !== 'reads') return true;
  return np.tokens.some((t) => DOCUMENT_HEADS.has(t.lower));
}

/** Capitalised words that open a sentence without naming anyone. */
export const SENTENCE_ADVERBS = new Set([
  'however', 'earlier', 'later', 'meanwhile', 'separately', 'still', 'instead', 'also', 'then', 'yesterday', 'today',
  'now', 'finally', 'indeed', 'moreover', 'nevertheless', 'nonetheless', 'overall', 'afterwards', 'previously',
  'currently', 'recently', 'eventually', 'ultimately', 'additionally', 'similarly', 'likewise', 'otherwise', 'elsewhere',
  'there', 'here', 'so', 'yet', 'but', 'and', 'asked', 'speaking', 'announcing', 'responding', 'writing', 'notably',
]);

/** Words that never belong to a speaker's name, even capitalised at a sentence start. */
export const FUNCTION_WORDS = new Set(['when', 'if', 'while', 'although', 'though', 'because', 'since', 'until', 'once', 'where', 'whether', 'as', 'after', 'before', 'unless', 'what', 'how', 'why', 'who', 'it', 'this', 'that', 'there']);

/** "The Enugu State Governor": a role, to be named by the appositive after it. */
export function endsWithRole(np: NounPhrase): boolean {
  const last = np.tokens[np.tokens.length - 1]!.lower.replace(/\.$/, '');
  return ROLE_WORDS.has(last) || (TITLES.has(last) && !['of', 'the'].includes(last));
}

/** "the ruling", "the statement": a document with no owner named. */
export function isBareDocument(np: NounPhrase): boolean {
  const words = np.tokens.filter((t) => !DETERMINER_WORDS.has(t.lower));
  return words.length === 1 && DOCUMENT_HEADS.has(words[0]!.lower) && !np.complement?.length;
}

export function headOf(tokens: Token[]): string | null {
  const last = tokens[tokens.length - 1];
  return last ? last.lower : null;
}

export function isName(np: NounPhrase): boolean {
  const first = np.tokens[0]!;
  if (first.lower === 'the' && np.tokens.length > 1 && np.tokens.slice(1).every((t) => isCapitalized(t.text) || NAME_PARTICLES.has(t.lower))) return true;
  if (DETERMINER_WORDS.has(first.lower) || /[’']s$/.test(first.text) || first.lower === 'one' || first.lower === 'another') return false;
  if (np.tokens.some((t) => t.lower === 'and')) return false;
  return np.tokens.some((t) => isCapitalized(t.text) && !TITLES.has(t.lower.replace(/\.$/, '')));
}

/** A source description whose modifiers are not in the lexicon: "a producer-country delegate". */
export function readSourceMentionLoose(tokens: Token[]) {
  const head = tokens[tokens.length - 1]!;
  const h = sourceHead(head.lower)!;
  return { start: tokens[0]!.start, end: head.end, text: '', head: h.head, plural: h.plural, definite: tokens[0]!.lower === 'the', ordinal: null, modifiers: [] as string[] };
}

/** A phrase can speak if it holds a name, a source noun, a document or a role. */
export function isSpeakerPhrase(tokens: Token[]): boolean {
  if (tokens.length === 2 && tokens[0]!.lower === 'the' && /^\p{Ll}[\p{Ll}-]{3,}$/u.test(tokens[1]!.text)) return true; // "the diocese"
  return tokens.some((t) => (isCapitalized(t.text) && !/^\d/.test(t.text)) || !!sourceHead(t.lower) || DOCUMENT_HEADS.has(t.lower) || ROLE_WORDS.has(t.lower) || INSTITUTION_HEADS.has(t.lower));
}

/** "US Secretary of State Marco Rubio" -> "Marco Rubio"; "Ruth Achieng of Clean Seas Africa" -> "Ruth Achieng". */
const POSTNOMINALS = new Set(['TD', 'MP', 'MEP', 'MSP', 'MLA', 'MS', 'KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS', 'Jr', 'Jr.']);

export function bareName(tokens: Token[]): string {
  // "Insurance Council of Australia chief executive Leah Brandt": the name after the role.
  let lastLower = -1;
  tokens.forEach((t, k) => { if (t.text === t.lower && /^\p{L}/u.test(t.text)) lastLower = k; });
  // ("of the Nairobi-based WildLink Africa": after a determiner comes a complement, not the name.)
  if (lastLower >= 0 && lastLower < tokens.length - 1 && !PREPOSITIONS.has(tokens[lastLower]!.lower) && !NAME_PARTICLES.has(tokens[lastLower]!.lower) && !DETERMINER_WORDS.has(tokens[lastLower]!.lower)) {
    const run = tokens.slice(lastLower + 1);
    if (run.length <= 4 && run.every((t) => isCapitalized(t.text))) tokens = run;
  }
  const words = (ts: Token[]) => ts.filter((t) => isCapitalized(t.text) || /^\d/.test(t.text) || NAME_PARTICLES.has(t.lower)).filter((t) => !DETERMINER_WORDS.has(t.lower) && t.lower !== 'one' && t.lower !== 'another').map((t) => stripPossessive(t.text.replace(/^\[|\]$/g, '')));
  const dropTitles = (ws: string[]) => {
    let k = 0;
    while (k < ws.length - 1 && TITLES.has(ws[k]!.toLowerCase().replace(/\.$/, ''))) k++;
    // "Pádraig Nolan TD", "Jane Doe MP": post-nominal letters are not the surname.
    while (ws.length > 1 && (NAME_PARTICLES.has(ws[ws.length - 1]!) || POSTNOMINALS.has(ws[ws.length - 1]!))) ws = ws.slice(0, -1);
    return ws.slice(k).join(' ');
  };
  const split = tokens.findIndex((t) => ['of', 'from', 'at', 'for'].includes(t.lower));
  if (split > 0) {
    const head = words(tokens.slice(0, split));
    if (head.some((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')))) return dropTitles(head);
    // "the Minister for Tourism": a title and its portfolio name an office, not a person.
    const name = dropTitles(words(tokens));
    if (head.length && !name.includes(' ')) return '';
    return name;
  }
  return dropTitles(words(tokens));
}

/** Name forms compared loosely: possessive apostrophes and case do not matter. */
export const nameKey = (s: string): string => s.toLowerCase().replace(/[’']s\b/g, 's').replace(/[’']/g, '').replace(/\s+/g, ' ').trim();


/** Removes short parenthetical asides ("the Institute (INDECI) said") from a clause. */
export function withoutAsides(tokens: Token[]): Token[] {
  const open = tokens.findIndex((t) => t.text === '(');
  if (open < 0) return tokens;
  const close = tokens.findIndex((t, k) => k > open && t.text === ')');
  if (close < 0 || close - open > 5) return tokens;
  return withoutAsides([...tokens.slice(0, open), ...tokens.slice(close + 1)]);
}
