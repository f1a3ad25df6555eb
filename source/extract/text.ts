// Small text utilities shared by the extractors: word tokens with offsets and sentence boundaries.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A verb followed by "in" ("cut in", "chimed in"): set by tokenize. */
  phrasal?: boolean;
}

// Acronyms with dots (U.S., D.C.), dotted abbreviations, bracketed insertions ([Donald]),
// words with inner apostrophes and hyphens, and the punctuation that shapes clauses.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Prof|Jr|Sr|No|Rev|Adm)\.|\b\p{Lu}\.(?=\s\p{Lu})|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\[[^\]\n]{1,40}\]|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*|[,;:()—–?!.]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const end = m.index + m[0].length;
    if (end > to) break;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end });
  }
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1]!.lower;
    if ((next === 'in' && PHRASAL.has(out[i]!.lower)) || (next === 'back' && PHRASAL_BACK.has(out[i]!.lower))) out[i]!.phrasal = true;
  }
  return out;
}

const PHRASAL = new Set(['cut', 'broke', 'chimed', 'weighed', 'butted', 'jumped', 'piped', 'cuts', 'breaks', 'chimes', 'weighs']);
/** "hit back", "fired back", "shot back": answering. */
const PHRASAL_BACK = new Set(['hit', 'hits', 'fired', 'fires', 'shot', 'shoots', 'wrote', 'struck', 'strikes']);

const NON_TERMINAL_ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Prof|Jr|Sr|No|Rev|Adm|vs|[A-Z])$/;

/** True when the character at i (one of . ! ?) ends a sentence. */
export function endsSentence(text: string, i: number, limit: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  let j = i + 1;
  while (j < limit && /["”’')\]]/.test(text[j]!)) j++;
  if (j >= limit) return true;
  if (!/\s/.test(text[j]!)) return false;
  while (j < limit && /\s/.test(text[j]!)) j++;
  if (j >= limit) return true;
  if (!/["“‘'(\p{Lu}\p{N}]/u.test(text[j]!)) return false;
  if (c === '.') {
    const before = text.slice(Math.max(0, i - 6), i);
    if (NON_TERMINAL_ABBREVIATIONS.test(before)) return false;
    // Dotted acronyms (U.S., D.C.) end a sentence only before a clearly new sentence; treat as inside.
    if (/(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(Math.max(0, i - 8), i))) return false;
  }
  return true;
}

/** Start of the sentence containing position pos, not before from. */
export function sentenceStart(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    if (endsSentence(text, i, pos)) {
      let j = i + 1;
      while (j < pos && /["”’')\]\s]/.test(text[j]!)) j++;
      return j;
    }
  }
  return from;
}

/** End of the sentence containing position pos (exclusive, after its terminator), not after to. */
export function sentenceEnd(text: string, pos: number, to: number): number {
  for (let i = pos; i < to; i++) {
    if (endsSentence(text, i, to)) {
      let j = i + 1;
      while (j < to && /["”’')\]]/.test(text[j]!)) j++;
      return j;
    }
  }
  return to;
}

export const isCapitalized = (word: string): boolean => /^[\p{Lu}\p{N}\[]/u.test(word);

export const isPossessive = (word: string): boolean => /[’']s$/i.test(word) || /s[’']$/.test(word);

export const stripPossessive = (word: string): string => word.replace(/[’']s$/i, '').replace(/(s)[’']$/, '$1');
