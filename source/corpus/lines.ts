// Cheap per-line features shared by the boilerplate rules and the metadata readers.

export interface LineInfo {
  raw: string;
  /** Trimmed, NBSP -> space, markdown heading marks, bullets and emphasis removed. */
  text: string;
  words: number;
  bullet: boolean;
  /** `# Heading` in markdown. */
  heading: number;
  /** Contains a quotation mark (straight/curly double, guillemets, or an opening ‘). */
  quote: boolean;
  /** Ends like a sentence: . ! ? … possibly followed by closing quotes/brackets. */
  sentenceEnd: boolean;
}

const BULLET = /^(?:[-*+•·▪◦●■–—]|\d{1,2}[.)])\s+/;
const EMPHASIS = /^(\*\*|__|\*|_)(.+)\1$/;
const QUOTE = /["“”«»„]|(?:^|[\s(\[—–-])‘/;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const ENDERS = new Set(['.', '!', '?', '…']);

/** Ends like a sentence, checked from the end (a regex would scan the whole line). */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && ENDERS.has(text[i]!);
}

/** Whitespace-separated tokens, counted without allocating. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export function lineInfo(raw: string): LineInfo {
  let text = raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ').trim() : raw.trim();
  let heading = 0;
  const h = /^(#{1,6})\s+/.exec(text);
  if (h) {
    heading = h[1]!.length;
    text = text.slice(h[0].length).replace(/\s+#+$/, '');
  }
  let bullet = false;
  const b = BULLET.exec(text);
  if (b) {
    bullet = true;
    text = text.slice(b[0].length);
  }
  const e = EMPHASIS.exec(text);
  if (e) text = e[2]!.trim();
  const words = countWords(text);
  return {
    raw,
    text,
    words,
    bullet,
    heading,
    quote: QUOTE.test(text),
    sentenceEnd: endsSentence(text),
  };
}

/** A capitalised name token: "Emel", "O'Neil", "Jean-Luc", "McDonald", "J.", "DAEYOUNG". */
const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}'’.-]*)`;
const NAME_JOIN = String.raw`(?:de|da|del|della|der|den|van|von|bin|bint|al|el|la|le|du|dos|di|ter|mac)`;
/** One person's name: 1-5 capitalised tokens, lower-case particles allowed inside. */
export const PERSON = String.raw`${NAME_TOKEN}(?:\s+(?:${NAME_JOIN}\s+)?${NAME_TOKEN}){0,4}`;
/** Several names joined by "and", "&" or commas. */
export const PEOPLE = String.raw`${PERSON}(?:\s*(?:,|and|&)\s*${PERSON}){0,4}`;

export const JOB =
  /\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|bureau chief|producer|analyst|photographer|photojournalist|staff|desk|stringer|anchor|presenter|intern)s?\b/i;

/** "EMEL AKAN" -> "Emel Akan"; mixed-case names are kept as written. */
export function tidyName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim().replace(/[,;:|–—-]+$/, '').trim();
  if (/\p{Ll}/u.test(n)) return n;
  return n.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
