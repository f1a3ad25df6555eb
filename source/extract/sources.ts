// Unnamed sources ("a US official", "the second official", "officials") as speakers of their own.
// Each distinct source gets an identity, so "the first official" and "the second official"
// stay apart while "he said" and "the official said" follow the one last mentioned.
import { ORDINALS, SOURCE_HEADS, SOURCE_MODIFIERS } from './lexicon.ts';
import type { Token } from './text.ts';

export interface SourceMention {
  start: number;
  end: number;
  text: string;
  head: string;
  plural: boolean;
  definite: boolean;
  ordinal: number | null; // 0 = "another"
  modifiers: string[];
}

export interface UnnamedSource {
  id: number;
  head: string;
  plural: boolean;
  modifiers: string[];
  ordinal: number;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'other', 'many', 'few']);
const PLURAL_HEADS = new Map<string, string>();
for (const h of SOURCE_HEADS) {
  const plural = h.endsWith('person') ? h.replace(/person$/, 'people') : h.endsWith('man') ? h.replace(/man$/, 'men') : h.endsWith('y') ? `${h.slice(0, -1)}ies` : `${h}s`;
  PLURAL_HEADS.set(plural, h);
}
PLURAL_HEADS.set('people', 'person');

/** The singular head noun when lower is a source head ("officials" -> "official"). */
export function sourceHead(lower: string): { head: string; plural: boolean } | null {
  if (SOURCE_HEADS.has(lower)) return { head: lower, plural: false };
  const singular = PLURAL_HEADS.get(lower);
  return singular ? { head: singular, plural: true } : null;
}

const normModifier = (w: string): string => {
  const bare = w.replace(/\./g, '');
  if (/^us$/i.test(bare)) return 'US';
  if (/^uk$/i.test(bare)) return 'UK';
  return /^\p{Lu}/u.test(w) ? w : w.toLowerCase();
};

/**
 * Reads an unnamed-source description ending at tokens[headIndex] ("a senior US official"),
 * walking back over modifiers to an optional determiner.
 */
export function readSourceMention(tokens: Token[], headIndex: number): SourceMention | null {
  const headToken = tokens[headIndex]!;
  if (headToken.text !== headToken.lower) return null; // "Minister" in a title is a name, not a source
  const h = sourceHead(headToken.lower);
  if (!h) return null;
  // "chief negotiator", "police chief": the head is the last noun of the compound.
  const next = tokens[headIndex + 1];
  if (next && next.text === next.lower && sourceHead(next.lower)) return null;
  let i = headIndex - 1;
  const modifiers: string[] = [];
  let ordinal: number | null = null;
  let determiner: string | null = null;
  while (i >= 0 && headIndex - i <= 6) {
    const t = tokens[i]!;
    if (DETERMINERS.has(t.lower) && t.lower !== 'one' && t.lower !== 'another' && t.lower !== 'other') {
      determiner = t.lower;
      break;
    }
    if (t.lower === 'another') {
      determiner = 'another';
      ordinal = 0;
      break;
    }
    if (t.lower === 'one') {
      determiner = 'one';
      break;
    }
    if (t.lower in ORDINALS) {
      ordinal = ORDINALS[t.lower]!;
      i--;
      continue;
    }
    // Known modifiers, proper nouns ("a Whitehall official", "a Corvane spokesperson") and,
    // before a determiner, any plain adjective ("a producer-country delegate").
    const word = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(t.text);
    const modifierLike = SOURCE_MODIFIERS.has(t.lower) || (word && /^\p{Lu}/u.test(t.text)) ||
      (word && headIndex - i <= 2 && hasDeterminerBefore(tokens, i));
    if (!modifierLike || !word || (t.text === t.lower && PREPOSITIONS_OR_VERBS.has(t.lower))) break;
    // "India's chief negotiator" names one known person; only truly unnamed heads stay sources.
    if (/[’']s$/.test(t.text) && !UNNAMED_HEADS.has(h.head)) return null;
    if (t.lower !== 'other') modifiers.unshift(normModifier(t.text));
    i--;
  }
  const start = determiner ? tokens[i]!.start : tokens[i + 1]?.start ?? headToken.start;
  if (!determiner && !h.plural && modifiers.length === 0) return null; // bare "official" is not a mention
  return {
    start,
    end: headToken.end,
    text: '',
    head: h.head,
    plural: h.plural,
    definite: determiner === 'the',
    ordinal,
    modifiers,
  };
}

/** Tracks identities of unnamed sources through one article, in reading order. */
export class SourceTracker {
  readonly sources: UnnamedSource[] = [];
  private readonly byStart = new Map<number, UnnamedSource>();
  private lastSingular = new Map<string, UnnamedSource>();
  private lastPlural = new Map<string, UnnamedSource>();

  identify(m: SourceMention): UnnamedSource {
    const known = this.byStart.get(m.start);
    if (known) return known;
    const source = this.resolve(m);
    this.byStart.set(m.start, source);
    if (source.plural) this.lastPlural.set(source.head, source);
    else this.lastSingular.set(source.head, source);
    return source;
  }

  private resolve(m: SourceMention): UnnamedSource {
    const sameHead = this.sources.filter((s) => s.head === m.head && s.plural === m.plural);
    if (m.plural) {
      const last = this.lastPlural.get(m.head);
      const compatible = last && (m.modifiers.length === 0 || last.modifiers.length === 0 || sameModifiers(last, m));
      if (compatible) {
        if (last.modifiers.length === 0) last.modifiers = m.modifiers;
        return last;
      }
      return this.create(m, 1);
    }
    if (m.ordinal === 0) return this.create(m, sameHead.length + 1); // "another official"
    if (m.ordinal !== null) {
      const found = sameHead.find((s) => s.ordinal === m.ordinal);
      if (found) return found;
      if (!m.definite && m.ordinal > sameHead.length) return this.create(m, m.ordinal); // "a second official"
      if (m.definite && m.ordinal === 1 && sameHead.length === 0) return this.create(m, 1);
      return found ?? this.create(m, m.ordinal);
    }
    const last = this.lastSingular.get(m.head);
    if (last && (m.definite || sameModifiers(last, m) || m.modifiers.length === 0 || last.modifiers.length === 0)) {
      if (last.modifiers.length === 0) last.modifiers = m.modifiers;
      return last;
    }
    return this.create(m, sameHead.length + 1);
  }

  private create(m: SourceMention, ordinal: number): UnnamedSource {
    const source: UnnamedSource = {
      id: this.sources.length + 1,
      head: m.head,
      plural: m.plural,
      modifiers: m.modifiers.filter((w) => !(w.toLowerCase() in ORDINALS)),
      ordinal,
    };
    this.sources.push(source);
    return source;
  }

  /** A reader-facing label; numbered only when the article has several sources of one kind. */
  label(source: UnnamedSource): string {
    const mods = source.modifiers.filter((w) => !['senior', 'anonymous', 'unnamed', 'other'].includes(w.toLowerCase()));
    const nation = mods.filter((w) => /^\p{Lu}/u.test(w));
    const words = [...(nation.length ? nation : mods.slice(-1)), pluralise(source.head, source.plural)];
    const base = words.join(' ');
    if (source.plural) return base;
    const peers = this.sources.filter((s) => !s.plural && s.head === source.head);
    if (peers.length < 2) return base;
    const ordinalWord = Object.keys(ORDINALS).find((k) => ORDINALS[k] === source.ordinal) ?? `#${source.ordinal}`;
    return `${base} (${ordinalWord})`;
  }
}

const UNNAMED_HEADS = new Set(['official', 'source', 'aide', 'spokesperson', 'spokesman', 'spokeswoman', 'person', 'insider', 'staffer', 'adviser', 'advisor', 'diplomat']);

const PREPOSITIONS_OR_VERBS = new Set(['of', 'from', 'for', 'to', 'with', 'by', 'at', 'in', 'on', 'and', 'or', 'but', 'said', 'says', 'told', 'that', 'who', 'which', 'is', 'was', 'are', 'were', 'his', 'her', 'their', 'its']);

function hasDeterminerBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
    const w = tokens[k]!.lower;
    if (DETERMINERS.has(w)) return true;
    if (!/^[\p{L}-]+$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

const sameModifiers = (a: UnnamedSource, m: SourceMention): boolean =>
  a.modifiers.join(' ').toLowerCase() === m.modifiers.join(' ').toLowerCase();

function pluralise(head: string, plural: boolean): string {
  if (!plural) return head;
  for (const [p, s] of PLURAL_HEADS) if (s === head) return p;
  return `${head}s`;
}
