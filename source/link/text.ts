// Text normalisation shared by statement linking and article similarity.
// Two views of a text: `rawTokens` (lower-cased words, numbers folded) for
// near-verbatim checks, and `contentTokens` (stopwords dropped, light stemming,
// spinner/paraphrase synonyms folded to one form) for reworded versions.

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', twenty: '20', hundred: '100',
  first: '1st', second: '2nd', third: '3rd', primary: '1st',
};

// Words that carry no claim: function words, attribution verbs, hedges.
const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then ' +
    'that this these those there here it its it\'s itself he him his she her hers they them their theirs we us our ' +
    'you your i me my mine who whom whose which what when where why how is are was were be been being am do does did ' +
    'done doing have has had having will would shall should can could may might must not no also very really just ' +
    'said say says saying told tell tells telling added adding stated noted warned argued insisted claimed explained ' +
    'described mentioned according response wrote asked replied reported emphasised emphasized stressed acknowledged ' +
    'if all any some such only other more most much many own same too s t mr mrs ms dr sir president official officials ' +
    'while though although because since after before during still even ever again up down out off one\'s basically ' +
    'think thing things going get got lot like'
  ).split(' '),
);
// 'like' is a stopword for content but kept out of tokens entirely so "Article Five like" ~ "Article 5-like".

// Spinner substitutions and common news paraphrase pairs, folded to one canonical word.
// Keys are stems (after `stem`), values the canonical stem.
const SYNONYMS: Record<string, string> = {
  safety: 'security', safe: 'secure', assure: 'guarantee', ensure: 'guarantee', guarante: 'guarantee',
  warfare: 'war', assault: 'attack', strike: 'attack', finish: 'end', conclude: 'end', cease: 'end',
  supply: 'give', provide: 'give', offer: 'give', grant: 'give', permit: 'allow', let: 'allow',
  particular: 'special', conform: 'agree', accept: 'agree', consent: 'agree', back: 'agree', approve: 'agree',
  keen: 'willing', fee: 'commission', road: 'street', home: 'house', common: 'general', affix: 'join',
  collective: 'alliance', transfer: 'move', submit: 'post', feedback: 'comment', remark: 'comment',
  proposal: 'offer', package: 'offer', deal: 'agreement', accord: 'agreement', pact: 'agreement',
  talk: 'talk', discussion: 'talk', negotiation: 'talk', assembly: 'meeting', gathering: 'meeting',
  member: 'member', ally: 'member', nation: 'country', state: 'country', protection: 'security',
  clause: 'article', provision: 'article', suggestion: 'idea', concept: 'idea', notion: 'idea',
  truce: 'ceasefire', armistice: 'ceasefire', strongest: 'strong', robust: 'strong', powerful: 'strong',
  punish: 'penalise', penalize: 'penalise', violation: 'breach', violate: 'breach', infringement: 'breach', breach: 'breach',
  large: 'big', huge: 'big', massive: 'big', larger: 'big', bigger: 'big', position: 'role',
  consider: 'regard', deem: 'regard', thought: 'regard', dismiss: 'reject', refuse: 'reject',
  territorial: 'territory', land: 'territory', similar: 'similar', akin: 'similar', comparable: 'similar',
  chat: 'speak', speak: 'speak', talked: 'speak', confident: 'confidence', optimistic: 'confidence',
  hopeful: 'confidence', voice: 'express', express: 'express',
};

/** Very light suffix stripping: enough to fold plurals and verb forms, cheap. */
export function stem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ness')) return w.slice(0, -4);
  if (w.endsWith('thing')) return w;
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ed') && w.length > 4) return w.endsWith('eed') ? w.slice(0, -1) : undouble(w.slice(0, -2));
  if (w.endsWith('es') && /(ch|sh|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // Drop a final e so "give"/"giving", "violate"/"violated" meet.
  if (w.length >= 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}
function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

// The table is written in plain words; look it up by stem.
const SYN = new Map<string, string>();
for (const [k, v] of Object.entries(SYNONYMS)) SYN.set(stem(k), stem(v));
const canon = (s: string): string => SYN.get(s) ?? s;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const isWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && WORD_CHAR.test(String.fromCharCode(c)));
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && LETTER.test(String.fromCharCode(c)));
const CLITIC = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** Lower-cased word tokens with number words folded ("Five" -> "5"); apostrophe endings dropped. */
export function rawTokens(text: string): string[] {
  // A hand-rolled scanner: several times faster than a Unicode regex over megabytes.
  const s = text.toLowerCase();
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isWord(s.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < n && isWord(s.charCodeAt(i))) i++;
    let w = s.slice(start, i);
    const c = s.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && i + 1 < n && isLetter(s.charCodeAt(i + 1))) {
      let k = i + 1;
      while (k < n && isLetter(s.charCodeAt(k))) k++;
      const tail = s.slice(i + 1, k);
      if (!CLITIC.has(tail)) w = s.slice(start, k);
      i = k;
    }
    out.push(NUMBER_WORDS[w] ?? w);
  }
  return out;
}

/** Content tokens: stopwords out, stemmed, synonyms folded. Order kept (for shingles). */
export function contentTokens(text: string): string[] {
  return contentFromRaw(rawTokens(text));
}

/** Content tokens from already split raw tokens. */
export function contentFromRaw(raw: string[]): string[] {
  const out: string[] = [];
  for (const w of raw) {
    if (STOP.has(w) || w.length < 2 && !/\d/.test(w)) continue;
    const s = canon(stem(w));
    if (STOP.has(s)) continue;
    out.push(s);
  }
  return out;
}

/** FNV-1a 32-bit hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Size of the intersection of two sorted arrays of ids. */
export function common(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { k++; i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  return k;
}
