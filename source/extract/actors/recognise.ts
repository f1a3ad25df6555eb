// Rule-based recogniser: tokens -> capitalised chunks -> segments (titles, gazetteer hits,
// demonyms, unknown word runs) -> typed mentions. One linear pass per block with map
// look-ups only, so it runs at several MB/s.

import type { ActorKind, Article } from '../../types.ts';
import {
  GAZ, DEMONYMS, TITLE_DICT, NON_ACTOR, ORG_CUE_SET, PLACE_CUE_SET, PLACE_AFTER_SET, VENUE_CUE_SET,
  ROLE_WORD_SET, SAY_VERB_SET, GIVEN_NAME_SET, STOP_WORD_SET, NON_ORG_ACRONYM_SET, PARTICLES, JOINERS,
  STREET_WORDS, ORG_BEFORE_SET, HYPHEN_AFFIXES, type GazEntry,
} from '../gazetteer.ts';

export interface Tok {
  s: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  allCaps: boolean;
  digit: boolean;
  /** Capitalisation says nothing here: sentence start, quote start, title-case line. */
  ambiguous: boolean;
  /** "Trump's": the chunk ends here. */
  poss: boolean;
  /** A hyphen split or similar: never join across. */
  breakAfter: boolean;
  /** Part of a run of all-caps words (shouted headline). */
  shout: boolean;
}

export interface Mention {
  kind: ActorKind | null;
  /** The name without titles, brackets removed. */
  name: string;
  /** The alias exactly as written (a substring of the text). */
  alias: string;
  start: number;
  end: number;
  gaz: GazEntry | null;
  /** The title written before a person ("Sir", "President"). */
  title: string | null;
  /** Country canonical name given by a demonym/country right before ("Ukrainian President X"). */
  nationality: string | null;
  /** Capitalisation is ambiguous (sentence start...): needs corroboration. */
  ambiguous: boolean;
  /** A verb of saying follows, or "said" precedes. */
  say: boolean;
  tokens: string[];
  /** An acronym given in parentheses right after it: "North Atlantic Treaty Organization (NATO)". */
  acronym: string | null;
  /** Kind from weak evidence (a preposition): yields to any other typing of the same name. */
  weak: boolean;
}

// ", a cloud backup company", ", an Irish rock band": the name before is an organisation.
const APPOSITIVE_ORG = /^,[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,4}?(?:company|firm|group|band|agency|charity|startup|bank|insurer|broadcaster|newspaper|network|retailer|manufacturer|airline|platform|promoter|label|publisher|maker|club|consultancy|conglomerate|regulator|watchdog|organi[sz]ation|association|union|party|militia|movement)\b/u;
// ", the Conservative leader,", ", a former minister,": the name before is a person.
const APPOSITIVE_PERSON = /^,[ \u00a0]+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*['’]s)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,3}?(?:leader|minister|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|senator|governor|mayor|ambassador|envoy|adviser|advisor|director|founder|head|chief|executive|boss|lawyer|judge|professor|analyst|economist|reporter|correspondent|editor|author|singer|actor|actress|player|coach|manager|officer|commander|general|aged|who|[a-z]+(?:ologist|ist|ian))\b/u;
// "His mum, Abena,", "Her collaborator, Oumar Sidibé,": a kin or role noun and a comma before a name.
const KIN_BEFORE = /\b(?:(?:mother|father|brother|sister|son|daughter)-in-law|mum|mother|dad|father|wife|husband|widow|widower|son|daughter|brother|sister|partner|girlfriend|boyfriend|fianc[ée]e?|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|friend|([a-z]+)),[ \u00a0]+$/;
// "He married Maureen Doyle", "the son of Edith Marr": kinship before a name.
const KIN_VERB_BEFORE = /\b(?:married|marrying|marries|wed|divorced|(?:son|daughter|wife|husband|widow|child|children|father|mother|brother|sister|grandson|granddaughter) of)[ \u00a0]+$/;
const KIN_VERB_WORDS = new Set(['married', 'marrying', 'marries', 'wed', 'divorced', 'of']);
// "Callum Reid equalised": what only players do on a pitch.
const SPORT_ACTION_AFTER = /^(?:['’]s[ \u00a0]+(?:header|volley|goal|strike|shot|cross|pass|penalty|free-kick|effort|tackle|save)|[ \u00a0]+(?:scored|equalised|equalized|netted|headed|volleyed|curled|converted|saved|struck|fired|blasted|tapped|slotted))\b/;
// ", 34,": an age in apposition.
const AGE_AFTER = /^,[ \u00a0]+\d{1,3}[,.)]/;
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const TWO_UPPER = /\p{Lu}[^\p{Lu}]*\p{Lu}/u;
const DOT_ABBREV = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Adm', 'Prof', 'Rev', 'Sgt', 'Maj', 'No', 'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co']);
/** Whether the text between two tokens starts a new sentence (or a quotation). */
function sentenceGap(gap: string): boolean {
  if (/[.!?…:;•|(\n]/.test(gap)) return true;
  if (/["“‘'”’]$/.test(gap)) return true; // an opening quote right before the word
  return /—|–|(?:^|\s)-(?:\s|$)/.test(gap);
}
// Cue words of public bodies whose names coordinate two fields ("Land and Environment Court").
const AND_CUES = new Set(['Court', 'Commission', 'Board', 'Committee', 'Council', 'Department', 'Ministry', 'Authority', 'Tribunal', 'Agency', 'Institute', 'Service', 'Office', 'Society', 'Association', 'Trust', 'Foundation', 'Bureau', 'Federation', 'Directorate', 'Commissioner']);
// Competitions and events named like organisations ("League Cup", "Davis Cup"): not actors.
const EVENT_HEADS = new Set(['Fire', 'Wildfire', 'Bushfire', 'Complex', 'Cup', 'Trophy', 'Championship', 'Championships', 'Olympics', 'Paralympics', 'Games', 'Open', 'Grand Prix', 'Festival', 'Awards', 'Expo', 'Summit']);
// Sentence-initial words that qualify a role word ("Local councillor X"), not organisations.
const PREMODIFIERS = new Set(['local', 'defence', 'defense', 'prosecution', 'senior', 'junior', 'former', 'veteran', 'fellow', 'rival', 'government', 'opposition', 'state', 'federal', 'regional', 'city', 'county', 'council', 'party', 'union', 'police', 'fire', 'army', 'team', 'club', 'band', 'company', 'campaign', 'independent', 'conservative', 'liberal', 'labour', 'tory', 'green', 'republican', 'democratic', 'democrat', 'climate', 'health', 'education', 'finance', 'economics', 'science', 'tech', 'technology', 'security', 'trade', 'foreign', 'home', 'deputy', 'assistant', 'acting', 'interim', 'lead', 'head', 'chief', 'top', 'star', 'top-flight', 'england', 'scotland', 'wales']);
const POSTNOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MS', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'TD', 'PhD', 'FRS', 'SC']);
const MASTHEAD_WORDS = new Set(['Sun', 'Mail', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Telegraph', 'Gazette', 'Courier', 'Chronicle', 'Examiner', 'Inquirer', 'Observer', 'Bulletin', 'Guardian', 'Independent', 'Mirror', 'Express', 'Sentinel', 'Standard', 'Globe', 'Star', 'Argus', 'Echo', 'Advertiser', 'Mercury', 'Courant', 'Clarion', 'Record', 'Economist', 'Spectator', 'Atlantic', 'Register', 'Ledger', 'Dispatch', 'Statesman', 'Pioneer', 'Monitor', 'Enquirer', 'Leader', 'Hindu', 'Punch', 'Vanguard', 'Nation', 'Citizen']);
const PLACE_PREFIXES = new Set(['Lake', 'Mount', 'Mt', 'Loch', 'Isle', 'Lough']);
// Words for people who work somewhere: "<worker> at X" names an organisation.
const WORKER_RE = '[a-z]+(?:ists?|ians?|ants?)|analysts?|(?:research|lectur|manag|engine|work|offic|trad|bank|partn|teach|lead|found|direct|profess|doct|invest|employ)(?:er|or|ee)s?|staff|nurses?|students?|executives?|officials?|spokes(?:man|woman|person)|works|worked|working|employed|jobs?|career|stint|spell|internship';
const WORKER_AT = new RegExp(`\\b(?:${WORKER_RE})[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?$`, 'i');
const AMP_GAP = /^[ \u00a0]?&[ \u00a0]?$/;
const MEDIA_HEADS = new Set(['Radio', 'Channel', 'TV', 'BBC', 'Sky', 'Five']);
const JOIN_GAP = /^[ \u00a0]{1,2}$|^[ \u00a0]?[[\]][ \u00a0]?$/;
const URLISH = /[^\s@]*@\S+|https?:\/\/\S+|www\.\S+|[^\s.]+\.(?:com|org|net|io|co\.uk)\b\S*/g;

function isCapWord(s: string): boolean {
  return UPPER.test(s);
}

// Words as isWordCode sees them: runs of letters and digits (marks join the letter before).
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
const WHOLE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*$/u;

/** The article uses `word` in lower case somewhere (a capitalised use is then a common word). */
export class LowerUse {
  private cache = new Map<string, boolean>();
  constructor(private text: string) {}
  private words: Set<string> | null = null;
  has(word: string): boolean {
    // One pass collects every whole word, so a long text is not rescanned for each word.
    if (WHOLE_WORD.test(word)) {
      if (!this.words) {
        this.words = new Set();
        for (const m of this.text.matchAll(WORDS)) this.words.add(m[0]);
      }
      return this.words.has(word);
    }
    let v = this.cache.get(word);
    if (v === undefined) {
      v = false;
      const t = this.text;
      for (let i = t.indexOf(word); i !== -1; i = t.indexOf(word, i + 1)) {
        if ((i === 0 || !isWordCode(t.charCodeAt(i - 1))) && !isWordCode(t.charCodeAt(i + word.length))) { v = true; break; }
      }
      this.cache.set(word, v);
    }
    return v;
  }
}

/** Letter or digit (ASCII fast, others by Unicode class); NaN (past the end) is not. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (Number.isNaN(c)) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const isApos = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Tokenises one block of text (offsets are absolute). Only capitalised words, numbers and
 * name connectors become tokens; plain lower-case words are skipped by a character scan
 * without allocating (they only separate chunks). Sentence starts are marked on the way.
 */
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let lastEnd = -1; // end of the previous word (absolute), -1 at block start
  let longCap = 0, longAll = 0;
  // Mask e-mail addresses and URLs: never names.
  let masks: [number, number][] | null = null;
  const line = text.slice(from, to);
  if (/@|:\/\/|www\.|\.(?:com|org|net|io|co\.uk)\b/.test(line)) {
    masks = [];
    URLISH.lastIndex = 0;
    let u: RegExpExecArray | null;
    while ((u = URLISH.exec(line))) masks.push([from + u.index, from + u.index + u[0].length]);
  }
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) { i++; continue; }
    if (masks && masks.some(([a, b]) => i >= a && i < b)) { i = masks.find(([a, b]) => i >= a && i < b)![1]; continue; }
    if (c >= 97 && c <= 122) {
      // Fast path: a plain lower-case word (letters, digits, inner apostrophes and hyphens).
      let j = i + 1;
      let slow = false;
      for (;;) {
        while (j < to && isWordCode(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if ((isApos(d) || d === 45) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) {
          const e = text.charCodeAt(j + 1);
          if (d === 45 && !(e >= 97 && e <= 122)) { slow = true; break; } // "pro-Russian"
          j += 2;
          continue;
        }
        break;
      }
      if (!slow && (j - i > 5 || !isConnector(text.slice(i, j)))) {
        if (j - i >= 4) longAll++;
        lastEnd = j;
        i = j;
        continue;
      }
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m || m.index !== i) { i++; continue; }
    let s = m[0];
    const ambiguous = lastEnd < 0 || sentenceGap(text.slice(lastEnd, i));
    const start = i;
    let poss = false;
    let next = i + s.length;
    if (s.length > 2 && (s.endsWith("'s") || s.endsWith('’s'))) { s = s.slice(0, -2); poss = true; }
    // Abbreviations and initials keep their period: "Mr.", "J.".
    if (text[next] === '.' && !poss && (DOT_ABBREV.has(s) || /^\p{Lu}$/u.test(s))) { s += '.'; next++; }
    lastEnd = start + s.length;
    i = next;
    const parts = s.includes('-') && !GAZ.get(s) && !TITLE_DICT.get(s) ? splitHyphen(s) : null;
    if (!parts) {
      const t = makeTok(s, start, poss, false);
      if (!t.cap && !t.digit && !isConnector(s)) { if (s.length >= 4) longAll++; continue; }
      t.ambiguous = ambiguous;
      if (s.length >= 4 && !t.digit) { longAll++; if (t.cap) longCap++; }
      out.push(t);
      continue;
    }
    let off = start;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      const last = k === parts.length - 1;
      if (p.keep) {
        const t = makeTok(p.s, off, last && poss, !last);
        t.ambiguous = k === 0 && ambiguous;
        out.push(t);
      } else if (out.length && out[out.length - 1]!.end <= off) out[out.length - 1]!.breakAfter = true;
      off += p.s.length + 1;
    }
  }
  // A title-case line ("Trump Hints At Big Progress") says nothing by its capitals.
  // Names crowd some sentences, so allow at most one long lower-case word, and headlines
  // do not end in a full stop.
  if (longCap >= 4 && longAll - longCap <= 1 && !/[.!?]["”’']?\s*$/.test(line)) for (const t of out) t.ambiguous = true;
  return out;
}

const isConnector = (s: string): boolean => PARTICLES.has(s) || JOINERS.has(s);

function makeTok(s: string, start: number, poss: boolean, breakAfter: boolean): Tok {
  const cap = isCapWord(s);
  return {
    s, start, end: start + s.length, cap,
    allCaps: cap && s.length >= 2 && !HAS_LOWER.test(s) && TWO_UPPER.test(s),
    digit: /^\p{N}/u.test(s), ambiguous: false, poss, breakAfter, shout: false,
  };
}

/**
 * "NATO-like" -> NATO + break; "Russia-Ukraine" -> Russia, Ukraine; "Jean-Claude",
 * "Ocasio-Cortez", "al-Assad" stay whole.
 */
function splitHyphen(s: string): { s: string; keep: boolean }[] | null {
  const parts = s.split('-');
  const known = parts.some((p) => GAZ.get(p) || DEMONYMS.get(p));
  const affix = parts.some((p) => HYPHEN_AFFIXES.has(p));
  // "Co-operation", "Jean-Claude", "Ocasio-Cortez": one word; "Mum-of-three", "Editor-in-chief" are not names.
  const phrase = parts.length >= 3 && parts.slice(1).some((p) => /^\p{Ll}/u.test(p) && !PARTICLES.has(p));
  if (isCapWord(parts[0]!) && !known && !affix && !phrase && parts.every((p) => /^\p{L}/u.test(p))) return null;
  if (parts.length === 2 && PARTICLES.has(parts[0]!) && isCapWord(parts[1]!)) return null;
  return parts.map((p) => ({ s: p, keep: isCapWord(p) || /^\p{N}/u.test(p) }));
}

/** Marks shouted tokens: all-caps words next to other all-caps words. */
export function markShout(text: string, toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.allCaps) continue;
    const prev = toks[i - 1], n = toks[i + 1];
    const nearPrev = prev && prev.allCaps && /^['’]?[\s\u00a0]+$/.test(text.slice(prev.end, t.start));
    const nearNext = n && n.allCaps && /^['’]?[\s\u00a0]+$/.test(text.slice(t.end, n.start));
    if (nearPrev || nearNext) t.shout = true;
  }
}

/** Every proper prefix of a multi-word dictionary phrase (lower case): longer look-ups stop early. */
const PREFIX_ANY = new Set<string>([...GAZ.prefixes, ...TITLE_DICT.prefixes, ...NON_ACTOR.prefixes, ...DEMONYMS.prefixes]);

interface Seg {
  type: 'title' | 'gaz' | 'dem' | 'non' | 'run';
  from: number; // token index in chunk
  to: number; // exclusive
  gaz?: GazEntry;
  dem?: string;
  title?: string;
}

/** Greedy longest-match segmentation of one chunk. */
function segment(chunk: Tok[], text: string): Seg[] {
  const segs: Seg[] = [];
  let run: Seg | null = null;
  const n = chunk.length;
  for (let i = 0; i < n;) {
    const t = chunk[i]!;
    let best: Seg | null = null;
    const inOrgName = run !== null && i > 0 && JOINERS.has(chunk[i - 1]!.s) && chunk.slice(run.from, i).some((x) => ORG_CUE_SET.has(x.s));
    if ((t.cap || t.digit) && !inOrgName) {
      const max = Math.min(n - i, 7);
      let key = '';
      let prevKeyLower = '';
      for (let k = 1; k <= max; k++) {
        const tk = chunk[i + k - 1]!;
        key = k === 1 ? tk.s : key + ' ' + tk.s;
        // Shouted words only match ordinary names, never acronyms ("WHO", "US").
        const allowAcronym = !t.shout || key.length >= 4;
        if (k > 1 && !PREFIX_ANY.has(prevKeyLower)) break;
        prevKeyLower = key.toLowerCase();
        if (NON_ACTOR.get(key)) best = { type: 'non', from: i, to: i + k };
        const g = GAZ.get(key, allowAcronym);
        if (g) {
          // A given name that is also a place, followed by an unknown word, is a person ("Chad Smith").
          const next = chunk[i + k];
          const personFirst = k === 1 && (GIVEN_NAME_SET.has(key.toLowerCase()) || segs[segs.length - 1]?.type === 'title') && next?.cap && !GAZ.get(next.s) && !TITLE_DICT.get(next.s) && !NON_ACTOR.get(next.s) && !DEMONYMS.get(next.s);
          // One-letter platform names ("X") need a preposition before them.
          const tooShort = key.length === 1 && !/\b(?:on|to|via)\s+$/.test(text.slice(Math.max(0, tk.start - 6), t.start));
          if (!personFirst && !tooShort) best = { type: 'gaz', from: i, to: i + k, gaz: g };
        } else if (!best || best.to < i + k) {
          const title = TITLE_DICT.get(key, true);
          if (title && (key !== key.toUpperCase() || title === key)) best = { type: 'title', from: i, to: i + k, title: key };
          const d = DEMONYMS.get(key);
          // Collective demonyms ("European") give no nationality but still head an org name.
          if (d) best = d.collective ? { type: 'dem', from: i, to: i + k } : { type: 'dem', from: i, to: i + k, dem: d.country };
        }
      }
    }
    if (best) {
      run = null;
      segs.push(best);
      i = best.to;
    } else {
      if (!run) { run = { type: 'run', from: i, to: i + 1 }; segs.push(run); } else run.to = i + 1;
      i++;
    }
  }
  // "ABC Radio", "BBC World Service": a known organisation followed by cue words is one name.
  for (let k = 0; k + 1 < segs.length; k++) {
    const a = segs[k]!, b = segs[k + 1]!;
    if (a.type === 'gaz' && a.gaz!.kind === 'organization' && b.type === 'run' && ORG_CUE_SET.has(chunk[b.from]!.s)) {
      segs.splice(k, 2, { type: 'run', from: a.from, to: b.to });
    }
  }
  // A title or place inside an organisation name is part of it: "Information Commissioner's Office".
  const last = segs[segs.length - 1];
  if (last && last.type === 'run' && cueHeaded(chunk, last)) {
    let k = segs.length - 1;
    // Places and demonyms too: "Luzon Live Productions", "Ukrainian Defence Ministry".
    while (k > 0 && (segs[k - 1]!.type === 'title' || segs[k - 1]!.type === 'run' || segs[k - 1]!.type === 'dem' ||
      (segs[k - 1]!.type === 'gaz' && segs[k - 1]!.gaz!.kind === 'place'))) k--;
    if (k < segs.length - 1) segs.splice(k, segs.length - k, { type: 'run', from: segs[k]!.from, to: last.to });
  }
  return segs;
}

// Context only companies and institutions get: "said in a statement", "shares of X",
// "the chief executive of X", "X's chief executive".
const FIRM_ANAPHOR = /\b(?:[Tt]he[ \u00a0]+(?:company|firm|group|lender|startup|insurer|platform|retailer|airline|carrier|manufacturer|operator|conglomerate|bank|fintech)|[ \u00a0]it[ \u00a0]+(?:said|added|says))\b/;
const OPERATES_AFTER = /^,[ \u00a0]+which[ \u00a0]+(?:operates|owns|runs|makes|produces|manufactures|employs|sells|supplies|publishes|develops|builds|mines|manages)\b/;
const GROUP_BEFORE = /\b(?:[Aa]n?|[Oo]ne)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,3}?(?:group|campaign|charity|company|firm|band|organi[sz]ation|association|union|coalition|network|alliance|party|club|body|agency|startup|lender|insurer|broadcaster|newspaper|publisher|label|retailer|movement|society|trust|foundation|watchdog|regulator),[ \u00a0]+$/u;
const SHARE_MOVE_AFTER = /^[ \u00a0]+(?:shares[ \u00a0]+)?(?:rose|fell|gained|lost|slipped|climbed|jumped|dropped|surged|tumbled|slumped|declined|advanced|added|sank|soared|plunged)[ \u00a0]+(?:by[ \u00a0]+)?[\d.]+[ \u00a0]*(?:per[ \u00a0]?cent|percent|%)/;
const GEO_HEADS = new Set(['valley', 'volcano', 'glacier', 'canyon']);
const PLACE_OF = /\b(?:town|village|city|hamlet|suburb|settlement|district|province|region|church|cathedral|basilica|chapel|temple|shrine|monastery|mosque)[ \u00a0]+of[ \u00a0]+$/;
/** An unknown all-caps word of four letters or more is an acronym only when the article uses it
 *  again or spells it out in brackets; a lone one is a shouted word ("HEROIC nurses", "and LOST"). */
function acronymConfirmed(text: string, t: Tok): boolean {
  if (text.charCodeAt(t.start - 1) === 40 || text.charCodeAt(t.end) === 41) return true;
  // Look within 20,000 characters either side: an article, even inside a huge file.
  return text.slice(Math.max(0, t.start - 20_000), t.start).includes(t.s) || text.slice(t.end, t.end + 20_000).includes(t.s);
}
const STATEMENT_AFTER = /^[ \u00a0]+(?:said|says)[ \u00a0]+in[ \u00a0]+a[ \u00a0]+(?:statement|press[ \u00a0]+release|news[ \u00a0]+release|filing|regulatory[ \u00a0]+filing)\b/;
const ORG_AFTER = /^['’]s[ \u00a0]+(?:(?:new|former|interim|outgoing)[ \u00a0]+)?(?:chief[ \u00a0]+(?:executive|financial|operating|technology)|ceo|cfo|shares?|share[ \u00a0]+price|shareholders|board[ \u00a0]+of[ \u00a0]+directors|subsidiary|headquarters|annual[ \u00a0]+report|market[ \u00a0]+value)\b/i;
const ORG_BEFORE_CTX = /\b(?:[Ss]hares[ \u00a0]+(?:of|in)|[Ss]tock[ \u00a0]+of|(?:chief[ \u00a0]+(?:executive|financial[ \u00a0]+officer|operating[ \u00a0]+officer)|ceo|cfo|founder|co-founder|chairman|chairwoman|managing[ \u00a0]+director|employees|staff|shareholders|investors[ \u00a0]+in)[ \u00a0]+(?:of|at))[ \u00a0]+$/;
function orgContext(text: string, chunk: Tok[]): boolean {
  const a = chunk[0]!, z = chunk[chunk.length - 1]!;
  // People issue statements too: a statement marks only a longer name with no given name.
  if (chunk.length >= 2 && STATEMENT_AFTER.test(text.slice(z.end, z.end + 40))) return true;
  // "A patients' group, Bradford Patients Voice, said": a group noun in apposition.
  if (chunk.length >= 2 && text.charCodeAt(a.start - 2) === 44 && text.charCodeAt(z.end) === 44 && GROUP_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) return true;
  // "Southern Andes Copper, which operates the mine": "which" (not "who") and a business verb.
  if (chunk.length >= 2 && text.charCodeAt(z.end) === 44 && OPERATES_AFTER.test(text.slice(z.end, z.end + 30))) return true;
  return ORG_AFTER.test(text.slice(z.end, z.end + 40)) || ORG_BEFORE_CTX.test(text.slice(Math.max(0, a.start - 40), a.start));
}

/** The run ends with an organisation cue, or a cue heads it ("School of Hygiene & Tropical Medicine"). */
function cueHeaded(chunk: Tok[], r: Seg): boolean {
  for (let k = r.from; k < r.to; k++) {
    if (!ORG_CUE_SET.has(chunk[k]!.s)) continue;
    if (k === r.to - 1 || JOINERS.has(chunk[k + 1]!.s)) return true;
  }
  return false;
}

interface Ctx {
  text: string;
  lowerWords: LowerUse;
  /** The article is about team sport: "X Town", "X United" are clubs. */
  sporty: boolean;
}

const SPORT_WORDS = /\b(?:goals?|striker|midfielder|defender|goalkeeper|kick-off|penalty|extra[- ]time|half-time|full-time|equaliser|equalizer|fixture|relegation|promotion|the league|cup final|hat-trick|scored|winner|match|trophy|fans|squad|top flight|season|manager|club|coaching|played)\b/gi;
/** Club name endings ("Ashworth Town", "Manchester United"), used only in sports articles. */
const CLUB_SUFFIXES = new Set(['United', 'Town', 'City', 'Athletic', 'Wanderers', 'Albion', 'County', 'Rangers', 'Rovers', 'Hotspur', 'Villa', 'Forest', 'Argyle', 'Orient', 'Harriers', 'Celtic', 'Thistle', 'Academicals', 'Wednesday', 'Dons']);
const SPORT_PREFILTER = ['goal', 'striker', 'midfielder', 'defender', 'keeper', 'kick-off', 'penalty', 'extra', 'time', 'equali', 'fixture', 'league', 'cup final', 'scored', 'winner', 'match', 'trophy', 'fans', 'squad', 'top flight', 'season', 'manager', 'club', 'coach', 'played'];
function isSporty(text: string): boolean {
  // Most articles are not about sport: cheap substring checks (three distinct words) before the regex count.
  let hits = 0;
  for (const w of SPORT_PREFILTER) if ((text.includes(w) || text.includes(w[0]!.toUpperCase() + w.slice(1))) && ++hits >= 3) break;
  if (hits < 3) return false;
  SPORT_WORDS.lastIndex = 0;
  let n = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  while (SPORT_WORDS.exec(sample)) n++;
  // Dense sports vocabulary: at least 8 such words and one per 1,000 characters.
  return n >= 8 && n * 1000 >= sample.length;
}

const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** Word right before `pos` (skipping spaces), or ''. */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00a0')) e--;
  let b = e;
  while (b > 0 && e - b < 30 && isLetter(text[b - 1]!)) b--;
  return text.slice(b, e);
}
/** Word right after `pos` (skipping spaces and a comma), or ''. */
function wordAfter(text: string, pos: number): string {
  let b = pos;
  while (b < text.length && (text[b] === ' ' || text[b] === '\u00a0' || text[b] === ',')) b++;
  let e = b;
  while (e < text.length && e - b < 30 && isLetter(text[e]!)) e++;
  return text.slice(b, e);
}

/** The position opens its line (only spaces before it). */
function isBlockStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\u00a0' && c !== '\t') return false;
  }
  return true;
}

/** "<name> chief executive Priya Raman": lower-case role words, then a capitalised name. */
function roleThenName(text: string, pos: number): boolean {
  const m = /^[ \u00a0]((?:[a-z]+[ \u00a0]){1,3})\p{Lu}\p{Ll}/u.exec(text.slice(pos, pos + 50));
  if (!m) return false;
  const ws = m[1]!.trim().split(/[ \u00a0]+/);
  // "Karnataka IT minister X": a portfolio, not an organisation.
  if (/^(?:minister|secretary|senator|governor|mayor|mp|mep|premier|spokes(?:man|woman|person)|attorney|lawyer|counsel)$/.test(ws[ws.length - 1]!)) return false;
  return ws.every((w) => ROLE_WORD_SET.has(w) || w === 'chief' || w === 'executive' || w === 'technology' || w === 'security' || w === 'officer') && ROLE_WORD_SET.has(ws[ws.length - 1]!);
}

/** Trims stop words and connectors off both ends of a run; returns null when nothing is left. */
const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

function trimRun(chunk: Tok[], from: number, to: number, lowerWords: LowerUse): [number, number] | null {
  while (from < to) {
    const t = chunk[from]!;
    const lw = t.s.toLowerCase().replace(/\.$/, '');
    if (!t.cap && !PARTICLES.has(t.s)) { from++; continue; }
    // Function words only start a run at a sentence start ("But Rubio"); mid-sentence they
    // belong to the name ("New York Police Department", "US Army"). Dates never do.
    if (STOP_WORD_SET.has(lw) && (CALENDAR.test(lw) || (t.ambiguous && !t.allCaps))) { from++; continue; }
    // A sentence-initial word that the article also uses in lower case is a common word.
    if (t.ambiguous && t.cap && !t.allCaps && lowerWords.has(lw) && !GIVEN_NAME_SET.has(lw)) { from++; continue; }
    break;
  }
  while (to > from) {
    const t = chunk[to - 1]!;
    const lw = t.s.toLowerCase();
    // Post-nominals: "Quentin Hale KC", "Jane Roe MP".
    if (to - from > 2 && POSTNOMINALS.has(t.s)) { to--; continue; }
    // "told The Sun": a masthead, though "Sun" is also a day's abbreviation.
    if (to - from === 2 && MASTHEAD_WORDS.has(t.s) && chunk[from]!.s === 'The' && !chunk[from]!.ambiguous) break;
    // A cue word ends an organisation name even if it is also a common word ("ITV News").
    if (!t.cap || (STOP_WORD_SET.has(lw) && !t.allCaps && !(ORG_CUE_SET.has(t.s) && to - from > 1))) { to--; continue; }
    break;
  }
  return from < to ? [from, to] : null;
}

/** Recognises mentions in the content and title blocks of an article. */
export function recognise(article: Article): Mention[] {
  const text = article.text;
  const blocks = article.blocks.filter((b) => b.kind === 'content' || b.kind === 'title');
  // A sentence-initial capitalised word that the article also uses in lower case is common.
  const lowerWords = new LowerUse(text);
  const blockToks: Tok[][] = [];
  for (const b of blocks) {
    const toks = tokenize(text, b.start, b.end);
    markShout(text, toks);
    blockToks.push(toks);
  }
  const ctx: Ctx = { text, lowerWords, sporty: isSporty(text) };
  const mentions: Mention[] = [];
  for (const toks of blockToks) chunkBlock(toks, ctx, mentions);
  coordinatePlaces(text, mentions);
  return mentions;
}

/** "Kisumu, Siaya and Busia": a lone unknown name listed right after a place is a place too (weakly). */
function coordinatePlaces(text: string, mentions: Mention[]): void {
  const places = new Set<string>();
  for (const m of mentions) if (m.kind === 'place') places.add(m.name);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!, p = mentions[i - 1]!;
    if (m.kind !== null || m.tokens.length !== 1 || m.ambiguous || !(p.kind === 'place' || (p.kind === null && places.has(p.name))) || p.end > m.start) continue;
    const gap = text.slice(p.end, m.start);
    if (!/^(?:,[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)$/.test(gap)) continue;
    // After a bare comma the name must itself go on the list ("Kisumu, Siaya and Busia"),
    // not start a clause ("In Paris, Dupont ...").
    if (/^,[ \u00a0]+$/.test(gap) && !/^(?:,[ \u00a0]|[ \u00a0]+(?:and|or)[ \u00a0])/.test(text.slice(m.end, m.end + 6))) continue;
    if (/^\p{Lu}+$/u.test(m.name) || GIVEN_NAME_SET.has(m.name.toLowerCase())) continue;
    mentions[i] = { ...m, kind: 'place', weak: true };
  }
}

function chunkBlock(toks: Tok[], ctx: Ctx, out: Mention[]): void {
  const { text } = ctx;
  let prevChunkEnd: { tok: Tok; nationality: string | null } | null = null;
  for (let i = 0; i < toks.length;) {
    const t = toks[i]!;
    const startsName = t.cap || (PARTICLES.has(t.s) && nextCapAfterParticles(toks, i) !== -1 && ['von', 'van', 'de', 'al', 'bin', 'ibn', 'da', 'di', 'du', 'le', 'la', 'del', 'della', 'el'].includes(t.s));
    if (!startsName) { i++; continue; }
    const chunk: Tok[] = [t];
    let j = i;
    while (j + 1 < toks.length) {
      const cur = toks[j]!, nx = toks[j + 1]!;
      if (cur.breakAfter) break;
      const gap = text.slice(cur.end, nx.start);
      // "Information Commissioner's Office": a possessive inside an organisation name.
      const possJoin = cur.poss && nx.cap && ORG_CUE_SET.has(nx.s) && /^['’]s[ \u00a0]$/.test(gap) && (TITLE_DICT.get(cur.s) !== undefined || ORG_CUE_SET.has(cur.s));
      if (cur.poss && !possJoin) break;
      // "Farmers' Union", "Processors’ Association": a plural possessive inside an org name.
      if (nx.cap && ORG_CUE_SET.has(nx.s) && cur.cap && cur.s.endsWith('s') && /^['’][ \u00a0]$/.test(gap)) { chunk.push(nx); j++; continue; }
      if (possJoin) { chunk.push(nx); j++; continue; }
      // "Hygiene & Tropical Medicine", "Procter & Gamble": an ampersand joins capitalised words.
      if (nx.cap && AMP_GAP.test(gap)) { chunk.push(nx); j++; continue; }
      // "BBC Radio 5 Live", "Channel 4": a number inside a broadcaster's name.
      if (nx.digit && MEDIA_HEADS.has(cur.s) && JOIN_GAP.test(gap) && j + 2 < toks.length && toks[j + 2]!.cap && JOIN_GAP.test(text.slice(nx.end, toks[j + 2]!.start))) { chunk.push(nx); j++; continue; }
      // "Department of Electronics, IT and Biotechnology": a listed portfolio inside an "X of" name.
      if (/^,[ \u00a0]$/.test(gap) && nx.cap && chunk.some((c) => c.s === 'of' || c.s === 'for') && chunk.some((c) => ORG_CUE_SET.has(c.s)) && portfolioList(toks, j + 1, text)) { chunk.push(nx); j++; continue; }
      // "Foreign, Commonwealth and Development Office": a listed portfolio before the head.
      if (/^,[ \u00a0]$/.test(gap) && nx.cap && chunk.length <= 2 && !chunk.some((c) => ORG_CUE_SET.has(c.s)) && listBeforeHead(toks, j + 1, text)) { chunk.push(nx); j++; continue; }
      const dcGap = /^,[ \u00a0]$/.test(gap) && /^(?:D\.C\.|DC)$/.test(nx.s);
      if (!JOIN_GAP.test(gap) && !dcGap) break;
      if (nx.cap) { chunk.push(nx); j++; continue; }
      // The chunk may start with a sentence-initial word ("The Securities and ..."): also try
      // the phrase from the chunk's second token.
      const key = (chunk.length > 1 && chunk[0]!.ambiguous && !GAZ.hasPrefix(chunk.map((c) => c.s).join(' ')) ? chunk.slice(1) : chunk).map((c) => c.s).join(' ') + ' ' + nx.s;
      if (nx.digit) {
        if (GAZ.get(key) || GAZ.hasPrefix(key) || NON_ACTOR.get(key) || NON_ACTOR.hasPrefix(key)) { chunk.push(nx); j++; continue; }
        break;
      }
      // Lower-case connectors: name particles, or "of/the/for" after an organisation or title head.
      const capAt = nextCapAfterParticles(toks, j + 1, text);
      if (capAt === -1) break;
      const head = cur.s;
      const licensed = PARTICLES.has(nx.s) ||
        (JOINERS.has(nx.s) && (ORG_CUE_SET.has(head) || PLACE_CUE_SET.has(head) || TITLE_DICT.get(head) !== undefined ||
          GAZ.hasPrefix(key) || TITLE_DICT.hasPrefix(key) || NON_ACTOR.hasPrefix(key)));
      // "and" only inside a known name or an "X of Y and Z" organisation name.
      const orgOf = chunk.some((c) => ORG_CUE_SET.has(c.s)) && chunk.some((c) => c.s === 'of' || c.s === 'for');
      // "Office for the Coordination of Humanitarian Affairs", "Court of Appeals for the Second
      // Circuit": inside an "X of/for Y" name, further "of"/"for" complements belong to it.
      const complement = orgOf && (nx.s === 'of' || nx.s === 'for');
      // "and the" starts a second name: "the Ministry of Health and the Department for …".
      if (nx.s === 'and' ? !(GAZ.hasPrefix(key) || (orgOf && capAt === j + 2) || (capAt === j + 2 && !chunk.some((c) => ORG_CUE_SET.has(c.s)) && andOrg(toks, capAt, text))) : !(licensed || complement)) break;
      for (let k = j + 1; k < capAt; k++) chunk.push(toks[k]!);
      j = capAt - 1;
    }
    const last = chunk[chunk.length - 1]!;
    const nat = processChunk(chunk, ctx, out, prevChunkEnd && /^[ \u00a0]+$/.test(text.slice(prevChunkEnd.tok.end, t.start)) ? prevChunkEnd.nationality : null);
    prevChunkEnd = last.poss ? { tok: last, nationality: nat } : null;
    i = j + 1;
  }
}

function anyCueOf(toks: Tok[]): boolean {
  for (let k = 0; k + 1 < toks.length; k++) if (ORG_CUE_SET.has(toks[k]!.s) && toks[k + 1]!.s === 'of') return true;
  return false;
}

/** From `at`: capitalised words, then "and" and a capitalised word, all one space apart. */
function portfolioList(toks: Tok[], at: number, text: string): boolean {
  for (let k = at; k < toks.length - 1 && k < at + 4; k++) {
    const t = toks[k]!, n = toks[k + 1]!;
    if (!/^[ \u00a0]$/.test(text.slice(t.end, n.start)) && !/^,[ \u00a0]$/.test(text.slice(t.end, n.start))) return false;
    if (!t.cap) return false;
    if (n.s === 'and') return k + 2 < toks.length && toks[k + 2]!.cap && /^[ \u00a0]$/.test(text.slice(n.end, toks[k + 2]!.start));
  }
  return false;
}

/** From `at`: "Commonwealth and Development Office" — capitalised words, commas, one "and", ending on a body's head. */
function listBeforeHead(toks: Tok[], at: number, text: string): boolean {
  let and = false;
  for (let k = at; k < toks.length && k < at + 7; k++) {
    const t = toks[k]!;
    if (t.s === 'and') {
      if (and || k === at) return false;
      and = true;
    } else if (!t.cap || t.ambiguous || GAZ.get(t.s)?.kind === 'place') return false;
    else if (and && AND_CUES.has(t.s)) return true;
    const n = toks[k + 1];
    if (!n || !/^,?[ \u00a0]$/.test(text.slice(t.end, n.start))) return false;
  }
  return false;
}

/** "Land and Environment Court", "Pharmacy and Poisons Board": after "and", capitalised words up to an organisation cue. */
function andOrg(toks: Tok[], at: number, text: string): boolean {
  for (let k = at; k < toks.length && k < at + 3; k++) {
    const t = toks[k]!;
    if (!t.cap || t.ambiguous) return false;
    if (ORG_CUE_SET.has(t.s)) return AND_CUES.has(t.s);
    if (k + 1 < toks.length && !JOIN_GAP.test(text.slice(t.end, toks[k + 1]!.start))) return false;
  }
  return false;
}

/** Index of the first capitalised token after lower-case particles/joiners starting at i, or -1. */
function nextCapAfterParticles(toks: Tok[], i: number, text?: string): number {
  for (let k = i; k < toks.length && k < i + 3; k++) {
    const t = toks[k]!;
    if (t.cap) return k;
    if (!(PARTICLES.has(t.s) || JOINERS.has(t.s))) return -1;
    if (text && k + 1 < toks.length && !JOIN_GAP.test(text.slice(t.end, toks[k + 1]!.start))) return -1;
  }
  return -1;
}

/**
 * Types the segments of one chunk and emits mentions. Returns the country of a
 * possessive country chunk ("Germany's"), used as the next chunk's nationality.
 */
function processChunk(chunk: Tok[], ctx: Ctx, out: Mention[], inheritedNat: string | null): string | null {
  const { text, lowerWords } = ctx;
  const segs = segment(chunk, text);
  // "Southern California Edison said in a statement", "shares of Edison International": a
  // name with a place inside, used as only a company is, is one organisation.
  if (segs.length >= 2 && segs.some((g) => g.type === 'gaz' && g.gaz!.kind === 'place') && segs.some((g) => g.type === 'run') && !segs.some((g) => g.type === 'title' || g.type === 'dem') && orgContext(text, chunk)) {
    let f = 0;
    while (f < chunk.length - 1 && chunk[f]!.ambiguous && STOP_WORD_SET.has(chunk[f]!.s.toLowerCase())) f++;
    const a = chunk[f]!, z = chunk[chunk.length - 1]!;
    if (!GIVEN_NAME_SET.has(a.s.toLowerCase())) {
      out.push(mk('organization', text.slice(a.start, z.end), text, a.start, z.end, { tokens: chunk.slice(f).map((t) => t.s) }));
      return null;
    }
  }
  let nationality = inheritedNat;
  let lastCountry: string | null = null;
  let skipTo = -1;
  for (let si = 0; si < segs.length; si++) {
    if (si <= skipTo) continue;
    const seg = segs[si]!;
    const first = chunk[seg.from]!, lastTok = chunk[seg.to - 1]!;
    if (seg.type === 'non' || seg.type === 'title') continue;
    if (seg.type === 'dem') { if (seg.dem) nationality = seg.dem; continue; }
    if (seg.type === 'gaz') {
      const g = seg.gaz!;
      // "Manchester United" in a match report: a club, not the city.
      const club = segs[si + 1];
      if (ctx.sporty && g.kind === 'place' && club?.type === 'run' && club.to - club.from === 1 && CLUB_SUFFIXES.has(chunk[club.from]!.s)) {
        const e = chunk[club.from]!;
        out.push(mk('organization', text.slice(first.start, e.end), text, first.start, e.end, { tokens: chunk.slice(seg.from, club.to).map((t) => t.s) }));
        skipTo = si + 1;
        continue;
      }
      // "Kisumu County", "Enugu State", "Bega Valley": a known town before a place head word is
      // the larger area, named as written (not a country: "Mexico City" is in the gazetteer).
      const area = segs[si + 1];
      if (g.kind === 'place' && !g.country && area?.type === 'run' && area.to - area.from === 1 && (PLACE_CUE_SET.has(chunk[area.from]!.s) || VENUE_CUE_SET.has(chunk[area.from]!.s))) {
        const e = chunk[area.from]!;
        const nm = text.slice(first.start, e.end).replace(/[\s\u00a0]+/g, ' ');
        out.push(mk('place', nm, text, first.start, e.end, { tokens: chunk.slice(seg.from, area.to).map((t) => t.s) }));
        skipTo = si + 1;
        continue;
      }
      out.push(mk(g.kind, g.canonical, text, first.start, lastTok.end, {
        gaz: g, ambiguous: first.ambiguous, tokens: chunk.slice(seg.from, seg.to).map((t) => t.s),
      }));
      if (g.country) { nationality = g.canonical; lastCountry = g.canonical; }
      continue;
    }
    // Unknown word run.
    if (chunk.slice(seg.from, seg.to).every((t) => t.shout)) {
      // "SANTA CLARA, California -": a shouted dateline opening the line is a place.
      const f = chunk[seg.from]!, l = chunk[seg.to - 1]!;
      if (seg.from === 0 && seg.to === chunk.length && seg.to - seg.from <= 3 && isBlockStart(text, f.start) && !chunk.some((t) => NON_ORG_ACRONYM_SET.has(t.s)) &&
        /^(?:,[ \u00a0]*\p{Lu}\p{Ll}|[ \u00a0]*[—–-][ \u00a0])/u.test(text.slice(l.end, l.end + 4))) {
        const nm = text.slice(f.start, l.end).toLowerCase().replace(/(^|[ \u00a0])\p{L}/gu, (c) => c.toUpperCase());
        out.push(mk('place', nm, text, f.start, l.end, { tokens: chunk.slice(seg.from, seg.to).map((t) => t.s) }));
      }
      continue;
    }
    const prevSeg = segs[si - 1], nextSeg = segs[si + 1], afterSeg = segs[si + 2];
    const titled = prevSeg?.type === 'title';
    let from = seg.from, to = seg.to;
    // After a title, a given name inside the run starts the name ("Secretary Common Mark Rutte").
    if (titled && !GIVEN_NAME_SET.has(chunk[from]!.s.toLowerCase())) {
      for (let k = from + 1; k < to - 1; k++) if (GIVEN_NAME_SET.has(chunk[k]!.s.toLowerCase())) { from = k; break; }
    }
    const trimmed = titled && from === seg.from ? [from, to] as [number, number] : trimRun(chunk, from, to, lowerWords);
    if (trimmed && titled && trimmed[1] - trimmed[0] > 1 && POSTNOMINALS.has(chunk[trimmed[1] - 1]!.s)) trimmed[1]--;
    if (!trimmed) continue;
    // "Southern Andes Copper, which operates ...": a sentence-initial compass word stays in a
    // longer name that the context makes an organisation.
    if (trimmed[0] === from + 1 && to - from >= 3 && /^(?:Northern|Southern|Eastern|Western|Central)$/.test(chunk[from]!.s) && orgContext(text, chunk.slice(from, to))) trimmed[0] = from;
    [from, to] = trimmed;
    // A role word capitalised at a sentence start ("Manager Colm Brennan told ...") is not
    // part of the name; nor is a sentence-initial word right before a given name.
    let roleLed = false; // "Guitarist Pim Okonjo": a role word opened the run
    while (to - from >= 3 || (to - from === 2 && chunk[from]!.ambiguous && GIVEN_NAME_SET.has(chunk[from + 1]!.s.toLowerCase()))) {
      const f = chunk[from]!, lw = f.s.toLowerCase();
      const roleWord = ROLE_WORD_SET.has(lw);
      const beforeGiven = f.ambiguous && !GIVEN_NAME_SET.has(lw) && GIVEN_NAME_SET.has(chunk[from + 1]!.s.toLowerCase());
      if (!(roleWord || beforeGiven) || !chunk[from + 1]!.cap) break;
      if (roleWord && f.ambiguous) roleLed = true;
      from++;
    }
    const toks = chunk.slice(from, to);
    const a = toks[0]!, z = toks[toks.length - 1]!;
    // A title-case line: each word on its own, kept only if the article confirms it.
    if (toks.length > 1 && toks.every((t) => t.ambiguous)) {
      for (const t of toks) if (t.cap && !STOP_WORD_SET.has(t.s.toLowerCase())) out.push(mk(null, t.s, text, t.start, t.end, { ambiguous: true, tokens: [t.s] }));
      continue;
    }
    const names = toks.map((t) => t.s);
    const capNames = toks.filter((t) => t.cap);
    // A headline-like run is no name, unless it is a long "Ministry of A, B and C".
    if (capNames.length > 5 && !(capNames.length <= 9 && anyCueOf(toks))) continue;
    const before = wordBefore(text, chunk[0]!.start);
    const after = wordAfter(text, chunk[chunk.length - 1]!.end);
    // "..., said Smith." / "according to Smith,": the name closes the clause.
    const saidBefore = /\b(?:said|says|told|according to)\s*,?\s*$/.test(text.slice(Math.max(0, a.start - 20), a.start)) &&
      (z === chunk[chunk.length - 1] && /^(?:['’]s)?[ \u00a0]*(?:[,.;:!?)”"’]|$)/.test(text.slice(z.end, z.end + 4)));
    const beforeLc = before.toLowerCase();
    const appositivePerson = text.charCodeAt(chunk[chunk.length - 1]!.end) === 44 && APPOSITIVE_PERSON.test(text.slice(chunk[chunk.length - 1]!.end, chunk[chunk.length - 1]!.end + 60));
    const say = SAY_VERB_SET.has(after.toLowerCase()) || saidBefore || appositivePerson ||
      (a === chunk[0] && z === chunk[chunk.length - 1] && isBlockStart(text, a.start) && /^:[ \u00a0]*["“‘']/.test(text.slice(chunk[chunk.length - 1]!.end, chunk[chunk.length - 1]!.end + 4))); // 'Trump: "..."' headlines
    const ambiguous = a.ambiguous && (from === seg.from || chunk[from - 1]!.ambiguous);
    let kind: ActorKind | null = null;
    let weak = false;
    let geoEnd = -1;
    let usage = 0;
    let roleTitle: string | null = null;
    const lastWord = z.s;
    const anyOrgCue = capNames.some((t) => ORG_CUE_SET.has(t.s));
    // After a title a name is a person, unless the capitals say nothing (title-case headline:
    // "Envoy Outlines ..."); then it must match a person named elsewhere.
    if (EVENT_HEADS.has(lastWord) && capNames.length >= 2 && !titled) continue; // a competition or event
    if (titled && a.ambiguous) kind = null;
    else if (titled && !anyOrgCue) kind = 'person';
    // "BlackRock CEO Larry Fink", "European Commission President ...": the name before a title
    // and a person is their organisation, but "Environment Minister X" names a portfolio.
    else if (nextSeg?.type === 'title' && afterSeg?.type === 'run') {
      const portfolio = /Minister|Secretary$|Senator|Governor|Mayor|MP|Rep/.test(nextSeg.title ?? '') || (capNames.length === 1 && lowerWords.has(a.s.toLowerCase()));
      if (portfolio) continue;
      kind = 'organization';
    }
    // "the Europa Conference League" in a match report: a competition.
    else if (ctx.sporty && lastWord === 'League' && capNames.length >= 2) continue;
    // "Satish Dhawan Space Centre", "Kennedy Space Center": launch sites are places.
    else if (capNames.length >= 3 && (lastWord === 'Centre' || lastWord === 'Center') && chunk[chunk.length - 2]!.s === 'Space') kind = 'place';
    else if (anyOrgCue && capNames.length >= 2) kind = 'organization';
    // "joined the company in 2019 from Ericsson": a former employer.
    else if (capNames.length <= 3 && seg.from === 0 && from === seg.from && !ambiguous && !GIVEN_NAME_SET.has(a.s.toLowerCase()) &&
      beforeLc === 'from' && /\b(?:joined|joining|hired|poached|recruited|defected)\b[^.;!?]{0,40}\bfrom[ \u00a0]+$/.test(text.slice(Math.max(0, a.start - 60), a.start))) kind = 'organization';
    // "Tarvex's chief executive", "Tarvex's shares": only organisations have these.
    else if (capNames.length <= 4 && seg.from === 0 && si === segs.length - 1 && !GIVEN_NAME_SET.has(a.s.toLowerCase()) && !titled && orgContext(text, chunk)) kind = 'organization';
    else if ((usage = usageOrg(text, chunk, toks, capNames.length, seg.from === 0 && from === seg.from, titled))) { kind = 'organization'; weak = usage === 2; }
    // "speaking to The Sentinel": a masthead after a capitalised "The" mid-sentence.
    else if (toks.length >= 2 && toks.length <= 4 && a.s === 'The' && !a.ambiguous && MASTHEAD_WORDS.has(z.s)) kind = 'organization';
    // "Static Orchard have postponed": a singular name with a plural verb is a band, team or firm.
    else if (capNames.length >= 2 && capNames.length <= 3 && !z.poss && !/s$/.test(z.s) && z === chunk[chunk.length - 1] && !GIVEN_NAME_SET.has(a.s.toLowerCase()) && !PLACE_CUE_SET.has(z.s) && !VENUE_CUE_SET.has(z.s) && z.s !== 'Town' &&
      /^[ \u00a0]+(?:have|are|were)[ \u00a0]+\p{Ll}/u.test(text.slice(z.end, z.end + 12))) kind = 'organization';
    else if (ctx.sporty && capNames.length === 2 && CLUB_SUFFIXES.has(lastWord) && !GIVEN_NAME_SET.has(a.s.toLowerCase())) kind = 'organization';
    // "analysts at Berenberg", "a researcher at the Kemri": a workplace.
    else if (capNames.length <= 3 && seg.from === 0 && from === seg.from && !ambiguous &&
      (beforeLc === 'at' || beforeLc === 'the') && WORKER_AT.test(text.slice(Math.max(0, a.start - 40), a.start))) kind = 'organization';
    else if (anyOrgCue && capNames.length === 1 && /^(?:Senate|Parliament|Congress|Cabinet|Treasury)$/.test(a.s)) kind = 'organization';
    else if (capNames.length >= 2 && PLACE_CUE_SET.has(lastWord)) kind = 'place';
    else if (capNames.length === 2 && PLACE_PREFIXES.has(a.s) && from === seg.from) kind = 'place'; // "Lake Victoria", "Mount Kenya"
    // "Santa Clara-based", "Merthyr-born": a town before -based/-born.
    else if (capNames.length <= 3 && z === chunk[chunk.length - 1] && text.charCodeAt(z.end) === 45 && /^-(?:based|born|headquartered)\b/.test(text.slice(z.end, z.end + 16)) && !GIVEN_NAME_SET.has(a.s.toLowerCase()) && !anyOrgCue) kind = 'place';
    else if (capNames.length >= 2 && VENUE_CUE_SET.has(lastWord)) kind = 'place';
    else if (capNames.length >= 2 && STREET_WORDS.has(lastWord)) continue; // an address
    else if (capNames.length <= 3 && (after === 'bench' || after === 'caucus' || after === 'faction') && beforeLc === 'the' && !GIVEN_NAME_SET.has(a.s.toLowerCase())) kind = 'organization'; // "of the Fuerza Sur bench"
    else if (PLACE_AFTER_SET.has(after) && capNames.length <= 2 && !GIVEN_NAME_SET.has(a.s.toLowerCase())) {
      kind = 'place';
      // "the Colca valley": a landform keeps its head word in the name.
      if (GEO_HEADS.has(after) && /^[ \u00a0]+$/.test(text.slice(z.end, z.end + 1))) geoEnd = z.end + 1 + after.length;
    }
    // "the town of Tallow Creek", "the church of Santa Ana": a settlement or building named after "of".
    else if (capNames.length >= 2 && capNames.length <= 3 && !ambiguous && !anyOrgCue && seg.from === 0 && from === seg.from && placeOf(text, a, z, chunk)) { kind = 'place'; weak = true; }
    else if (capNames.length >= 2 && GIVEN_NAME_SET.has(a.s.toLowerCase().replace(/\.$/, ''))) kind = 'person';
    else if (ORG_BEFORE_SET.has(before.toLowerCase()) && !ambiguous && from === seg.from && seg.from === 0) kind = 'organization';
    else if (APPOSITIVE_ORG.test(text.slice(chunk[chunk.length - 1]!.end, chunk[chunk.length - 1]!.end + 60))) kind = 'organization';
    else if (ROLE_WORD_SET.has(before.toLowerCase()) && !ambiguous && seg.from === 0) kind = 'person';

    // ("Local councillor X", "Defence barrister X" at a sentence start: no organisation.)
    else if (si === segs.length - 1 && !(ambiguous && capNames.length === 1 && (PREMODIFIERS.has(a.s.toLowerCase()) || lowerWords.has(a.s.toLowerCase()))) && !GIVEN_NAME_SET.has(a.s.toLowerCase()) && !/^(?:Opposition|Shadow)$/.test(lastWord) && roleThenName(text, chunk[chunk.length - 1]!.end)) kind = 'organization';
    // A dateline: an all-caps word opening a line before a dash, colon, comma or "(": a place.
    else if (toks.length === 1 && a.allCaps && chunk.length === 1 && !NON_ORG_ACRONYM_SET.has(a.s) && isBlockStart(text, a.start) && /^[ \u00a0]*(?:[—–:-]|,[ \u00a0]*\p{Lu}|\()/u.test(text.slice(z.end, z.end + 4))) { kind = 'place'; weak = true; }
    else if (toks.length === 1 && a.allCaps && !a.shout && a.s.length <= 6 && !NON_ORG_ACRONYM_SET.has(a.s) && !(a.s.length >= 4 && (lowerWords.has(a.s.toLowerCase()) || !acronymConfirmed(text, a))) && !/[.-]/.test(a.s) && !/^-\p{N}/u.test(text.slice(z.end, z.end + 2))) kind = 'organization';
    // "in Swindon", "from Cavite", "the province of Batangas": a lone unknown name after a
    // place preposition is a place.
    else if (toks.length === 1 && !ambiguous && !a.poss && !z.poss && !/\p{Lu}.*\p{Lu}/u.test(a.s) && seg.from === 0 && segs.length === 1 && !GIVEN_NAME_SET.has(a.s.toLowerCase()) &&
      /(?:\b(?:in|from|near|outside|across|(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \u00a0]+of|[Rr]oads?[ \u00a0]+to)|\b(?:province|city|town|region|state|island|village|district|county|community|suburb|(?:provinc|citi|region|state|island|villag|district|counti|communiti|suburb|town)e?s) of)[ \u00a0]+$/.test(text.slice(Math.max(0, a.start - 24), a.start)) &&
      !/^[ \u00a0]*\p{Lu}/u.test(text.slice(z.end, z.end + 2))) { kind = 'place'; weak = true; }
    // "... hearts at Wembley.": "at" and a lone name closing the clause is a venue or town
    // (a workplace reads "analysts at Berenberg said", "a professor at X who").
    else if (toks.length === 1 && !ambiguous && !a.poss && seg.from === 0 && segs.length === 1 && !GIVEN_NAME_SET.has(a.s.toLowerCase()) && !a.allCaps &&
      beforeLc === 'at' && /\bat[ \u00a0]+$/.test(text.slice(Math.max(0, a.start - 4), a.start)) && /^[.,;!?]/.test(text.slice(z.end, z.end + 1)) &&
      !WORKER_AT.test(text.slice(Math.max(0, a.start - 40), a.start))) { kind = 'place'; weak = true; }
    // Person context for a name no list knows: a kin or role noun and a comma before it
    // ("His mum, Abena,"), an age after it ("Alves, 34,"), a role word right before it
    // ("former manager Denny Halloran"), a person apposition after it.
    if (kind === null && capNames.length <= 3 && !anyOrgCue && toks.every((t) => t.cap && !t.allCaps && !t.digit) && !z.poss || kind === null && z.poss && capNames.length <= 3 && !anyOrgCue && ROLE_WORD_SET.has(before.toLowerCase())) {
      const kin = seg.from === 0 && from === seg.from && text.charCodeAt(a.start - 2) === 44 ? KIN_BEFORE.exec(text.slice(Math.max(0, a.start - 30), a.start)) : null;
      const personCue = (kin && (!kin[1] || ROLE_WORD_SET.has(kin[1]))) || (roleLed && capNames.length >= 2) ||
        (z === chunk[chunk.length - 1] && text.charCodeAt(z.end) === 44 && AGE_AFTER.test(text.slice(z.end, z.end + 6))) ||
        (seg.from === 0 && from === seg.from && ROLE_WORD_SET.has(before.toLowerCase()) && !/^\p{Lu}/u.test(before)) ||
        (z === chunk[chunk.length - 1] && appositivePerson) ||
        (capNames.length >= 2 && seg.from === 0 && from === seg.from && KIN_VERB_WORDS.has(beforeLc) && KIN_VERB_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) ||
        (capNames.length >= 2 && ctx.sporty && z === chunk[chunk.length - 1] && !CLUB_SUFFIXES.has(z.s) && SPORT_ACTION_AFTER.test(text.slice(z.end, z.end + 14)));
      if (personCue) kind = 'person';
    }
    // "Russian envoy Kirill Dmitriev", "US special envoy ...": role and nationality before.
    if (kind === 'person' && !titled && seg.from === 0 && ROLE_WORD_SET.has(before.toLowerCase())) {
      roleTitle = before.toLowerCase();
      const pre = /(\p{Lu}[\p{L}.]*)(?:['’]s)?[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){1,3}$/u.exec(text.slice(Math.max(0, chunk[0]!.start - 50), chunk[0]!.start));
      if (pre && !nationality) {
        const d = DEMONYMS.get(pre[1]!), g = GAZ.get(pre[1]!);
        nationality = d && !d.collective ? d.country : g?.country ? g.canonical : null;
      }
    }
    // Extend an organisation name back over a demonym: "European Fee President ..." -> "European Fee".
    let start = a.start;
    if (kind === 'organization' && from === seg.from && prevSeg?.type === 'dem' && !titled) start = chunk[prevSeg.from]!.start;
    if (kind === 'person') {
      // The name starts at its first capitalised word or particle.
      if (!a.cap && !PARTICLES.has(a.s)) continue;
    }
    let end = z.end;
    if (kind === 'organization' && nextSeg?.type === 'gaz' && nextSeg.gaz!.kind === 'place' && nextSeg.to === chunk.length) {
      end = chunk[chunk.length - 1]!.end;
      skipTo = si + 1;
    }
    if (geoEnd > end) end = geoEnd;
    if (end - start === 1) continue; // a single letter ("posted on X")
    const alias = text.slice(start, end);
    const name = alias.replace(/[[\]]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
    const acr = kind === 'organization' || kind === null ? /^[ \u00a0]*\(([A-Z][A-Za-z&.]{1,9})\)/.exec(text.slice(z.end, z.end + 14)) : null;
    out.push(mk(kind, name, text, start, end, {
      title: titled ? prevSeg.title ?? null : roleTitle,
      nationality: kind === 'person' ? nationality : null,
      ambiguous, say, tokens: names, acronym: acr ? acr[1]! : null, weak,
    }));
  }
  return chunk[chunk.length - 1]!.poss ? lastCountry : null;
}

/**
 * Organisation by usage (kept out of processChunk so that it stays small enough to optimise):
 * 1 for "Poonawalla Fincorp rose 4.1 per cent" (a share move) and "a patients' group, X, said"
 * (a group noun in apposition), 2 (weak: yields to a person's surname) for "Paytm said in a
 * statement ... The company", 0 otherwise.
 */
function usageOrg(text: string, chunk: Tok[], toks: Tok[], caps: number, runStart: boolean, titled: boolean): number {
  const a = toks[0]!, z = toks[toks.length - 1]!;
  const last = z === chunk[chunk.length - 1];
  const after = text.charCodeAt(z.end);
  if (caps >= 2 && caps <= 3 && last && !z.poss && after === 32 && !toks.some((t) => t.digit) && !GIVEN_NAME_SET.has(a.s.toLowerCase()) &&
    !/^(?:Index|Average|Composite)$/.test(z.s) && SHARE_MOVE_AFTER.test(text.slice(z.end, z.end + 50))) return 1;
  if (chunk.length === 1 && caps === 1 && !titled && !a.allCaps && after === 32 && text.charCodeAt(z.end + 1) === 115 && !GIVEN_NAME_SET.has(a.s.toLowerCase()) &&
    STATEMENT_AFTER.test(text.slice(z.end, z.end + 40)) && FIRM_ANAPHOR.test(text.slice(z.end, z.end + 300))) return 2;
  if (caps >= 2 && caps <= 5 && runStart && last && text.charCodeAt(a.start - 2) === 44 && after === 44 &&
    GROUP_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) && !GIVEN_NAME_SET.has(a.s.toLowerCase())) return 1;
  return 0;
}

/** "the town of Tallow Creek", "the church of Santa Ana": a run closing its chunk right after a settlement or building noun and "of". */
function placeOf(text: string, a: Tok, z: Tok, chunk: Tok[]): boolean {
  return z === chunk[chunk.length - 1] && !z.poss && text.startsWith('of', a.start - 3) && !GIVEN_NAME_SET.has(a.s.toLowerCase()) &&
    PLACE_OF.test(text.slice(Math.max(0, a.start - 24), a.start));
}

function mk(kind: ActorKind | null, name: string, text: string, start: number, end: number, o: Partial<Mention>): Mention {
  return {
    kind, name, alias: text.slice(start, end), start, end,
    gaz: o.gaz ?? null, title: o.title ?? null, nationality: o.nationality ?? null,
    ambiguous: o.ambiguous ?? false, say: o.say ?? false, tokens: o.tokens ?? [], acronym: o.acronym ?? null,
    weak: o.weak ?? false,
  };
}
