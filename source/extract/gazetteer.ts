// Lookup tables built once from the data files. Keys are token sequences joined by one
// space; entries with no lower-case letter (NATO, US, U.S.) match case-sensitively so that
// "Us"/"who" never hit them, all others match in any case (WASHINGTON -> Washington).

import type { ActorKind } from '../types.ts';
import { COUNTRIES, REGIONS, US_STATES, CITIES } from './data/places.ts';
import { ORGS, ORG_CUES, PLACE_CUES, PLACE_AFTER, VENUE_CUES, ORG_BEFORE } from './data/orgs.ts';
import {
  TITLES, ROLE_WORDS, SAY_VERBS, GIVEN_NAMES, STOP_WORDS, NON_ACTOR_PHRASES, NON_ORG_ACRONYMS, DESCRIPTION_ROLES,
} from './data/names.ts';

export interface GazEntry {
  canonical: string;
  kind: ActorKind;
  /** Country-level place (its demonyms give nationality). */
  country: boolean;
  /** Words a definite description may use for it ("alliance"). */
  descriptors: string[];
}

/** Splits a phrase into the tokens the recogniser produces (commas dropped). */
export function phraseTokens(phrase: string): string[] {
  return phrase.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
}

const hasLower = (s: string): boolean => s !== s.toUpperCase();

/** A case-aware phrase dictionary with a prefix set for greedy longest matching. */
export class PhraseDict<T> {
  private exact = new Map<string, T>();
  private folded = new Map<string, T>();
  readonly prefixes = new Set<string>();
  maxLen = 1;

  add(phrase: string, value: T): void {
    const toks = phraseTokens(phrase);
    if (!toks.length) return;
    const key = toks.join(' ');
    if (hasLower(key)) {
      const k = key.toLowerCase();
      if (!this.folded.has(k)) this.folded.set(k, value);
    } else if (!this.exact.has(key)) this.exact.set(key, value);
    for (let i = 1; i < toks.length; i++) this.prefixes.add(toks.slice(0, i).join(' ').toLowerCase());
    this.maxLen = Math.max(this.maxLen, toks.length);
  }

  /** Looks a token sequence up; `allowAcronym` false skips case-sensitive (all-caps) entries. */
  get(key: string, allowAcronym = true): T | undefined {
    if (allowAcronym) {
      const e = this.exact.get(key);
      if (e !== undefined) return e;
    }
    // A folded entry matches its title-case form or an all-caps rendering, not lower case
    // ("Chad" or "CHAD", not "chad").
    if (key[0] !== undefined && key[0] === key[0].toLowerCase() && key[0] !== key[0].toUpperCase()) return undefined;
    return this.folded.get(key.toLowerCase());
  }

  hasPrefix(key: string): boolean {
    return this.prefixes.has(key.toLowerCase());
  }
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter(Boolean);

export const GAZ = new PhraseDict<GazEntry>();
/** Demonym -> country canonical name (for nationality), plus whether it is plural. */
export const DEMONYMS = new PhraseDict<{ country: string; plural: boolean; collective: boolean }>();

function addPlaceLine(line: string, country: boolean, collective: boolean): void {
  const [names = '', dems = ''] = line.split('#');
  const forms = names.split('|').map((s) => s.trim()).filter(Boolean);
  const canonical = forms[0];
  if (!canonical) return;
  const entry: GazEntry = { canonical, kind: 'place', country, descriptors: [] };
  for (const f of forms) GAZ.add(f, entry);
  for (const d of dems.split(',').map((s) => s.trim()).filter(Boolean)) {
    DEMONYMS.add(d, { country: canonical, plural: /s$/.test(d) && !/ss$/.test(d), collective });
  }
}

for (const l of lines(COUNTRIES)) addPlaceLine(l, true, false);
for (const l of lines(REGIONS)) addPlaceLine(l, false, true);
for (const l of lines(US_STATES + '\n' + CITIES)) {
  for (const place of l.split('|')) {
    const forms = place.split('=').map((s) => s.trim()).filter(Boolean);
    const canonical = forms[0];
    if (!canonical) continue;
    const entry: GazEntry = { canonical, kind: 'place', country: false, descriptors: [] };
    for (const f of forms) GAZ.add(f, entry);
  }
}
for (const l of lines(ORGS)) {
  const [names = '', desc = ''] = l.split('#');
  const forms = names.split('|').map((s) => s.trim()).filter(Boolean);
  const canonical = forms[0];
  if (!canonical) continue;
  const entry: GazEntry = { canonical, kind: 'organization', country: false, descriptors: desc.split(',').map((s) => s.trim()).filter(Boolean) };
  for (const f of forms) GAZ.add(f, entry);
}

export const TITLE_DICT = new PhraseDict<string>();
for (const t of TITLES.split(/[|\n]/).map((s) => s.trim()).filter(Boolean)) TITLE_DICT.add(t, t);

export const NON_ACTOR = new PhraseDict<true>();
for (const p of NON_ACTOR_PHRASES.split('|').map((s) => s.trim()).filter(Boolean)) NON_ACTOR.add(p, true);

export const ORG_CUE_SET = new Set(words(ORG_CUES));
export const PLACE_CUE_SET = new Set(words(PLACE_CUES));
export const PLACE_AFTER_SET = new Set(words(PLACE_AFTER));
export const VENUE_CUE_SET = new Set(words(VENUE_CUES));
export const ORG_BEFORE_SET = new Set(words(ORG_BEFORE));
export const ROLE_WORD_SET = new Set(words(ROLE_WORDS));
export const SAY_VERB_SET = new Set(words(SAY_VERBS));
/** A set of lower-case words that also finds a word written with diacritics ("lucía" -> "lucia"). */
class FoldedSet extends Set<string> {
  override has(w: string): boolean {
    if (super.has(w)) return true;
    // Only non-ASCII words can fold to something else; the common case stays one look-up.
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return super.has(w.normalize('NFD').replace(/\p{M}+/gu, ''));
    return false;
  }
}
export const GIVEN_NAME_SET: Set<string> = new FoldedSet(words(GIVEN_NAMES));
export const STOP_WORD_SET = new Set(words(STOP_WORDS));
export const NON_ORG_ACRONYM_SET = new Set(words(NON_ORG_ACRONYMS));
/** Role phrases a definite description of a person may use, longest first. */
export const DESCRIPTION_ROLE_LIST = DESCRIPTION_ROLES.split('|').map((s) => s.trim()).filter(Boolean).sort((a, b) => b.length - a.length);

/** Lowercase name particles that may sit inside (or start) a person's name. */
export const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'dos', 'das', 'y']);
/** Lowercase words that join capitalised words after an organisation/title head ("Bank of England"). */
export const JOINERS = new Set(['of', 'the', 'for', 'on', 'and']);
/** Words that end a street/road name: such phrases are addresses, never people. */
export const STREET_WORDS = new Set(['Street', 'Road', 'Avenue', 'Lane', 'Boulevard', 'Drive', 'Way', 'St', 'Rd', 'Ave']);
/** Lowercase word parts after a hyphen that make the capitalised part an adjective ("NATO-like"). */
export const HYPHEN_AFFIXES = new Set(['like', 'style', 'led', 'backed', 'based', 'era', 'linked', 'born', 'made', 'owned', 'funded', 'friendly', 'type', 'wide', 'related', 'speaking', 'held', 'allied', 'controlled', 'run', 'supported', 'brokered', 'bound', 'centric', 'focused', 'inspired', 'listed', 'registered', 'occupied', 'annexed', 'aligned', 'leaning', 'backing', 'sponsored', 'designed', 'built', 'level', 'only']);
