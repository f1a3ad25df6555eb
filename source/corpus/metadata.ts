// Article metadata read from the text itself: the dateline of the lede, a title derived
// from the lede when there is no headline, and names inside credit lines.

import { JOB, PEOPLE, tidyName } from './lines.ts';
import { AUTHOR_BIO, NAME_BEAT, NAME_CREDIT, NAME_IN_PLACE, REPORTED_FROM, byLineNames, creditLineNames } from './boilerplate.ts';
import { outletForWire, outletNamedBy } from './outlets.ts';

export interface Dateline {
  /** The place as printed, with its region: "WASHINGTON", "SAN JOSE, Calif.", "Seoul". */
  place: string;
  /** Wire credit inside the dateline: "Reuters" in "LONDON (Reuters) -". */
  wire: string | null;
  /** Length of the dateline prefix, separator included. */
  length: number;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
const WIRE = String.raw`\(([\p{L}&. -]{2,30}?)\)`;
// A hyphen separator needs a space beside it, or "COVID-19" would read as a dateline.
const SEP = String.raw`(?:\s*(?::|—|–|\u2015)\s*|\s+--?\s*|\s*--?\s+)`;
// ", Calif." / ", Philippines" after the city; never a month ("NAIROBI, Nov 18").
const REGION = String.raw`(?:,\s*(?!${MONTH}\s+\d)\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})`;
// "WASHINGTON:" "WASHINGTON—" "NAIROBI, Nov 18 (Reuters) -" "KYIV, Ukraine (AP) —"
const CAPS_DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}.'’-]*(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3})(${REGION})?(?:,?\s+${DATE})?(?:\s*${WIRE})?${SEP}(?=[\p{L}\d"“‘'])`,
  'u',
);
// "Seoul, Dec 15 (Yonhap) --", "New Delhi, Nov 19 (PTI):" (mixed case needs a date or a wire credit)
const MIXED_DATELINE = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(${REGION})?(?:(?:,?\s+${DATE})(?:\s*${WIRE})?|\s*${WIRE})${SEP}(?=[\p{L}\d"“‘'])`,
  'u',
);
// "New Delhi: The Supreme Court on Monday ..." (Indian and Pakistani wire style): only for a
// long lede, and only when prose follows, so 'Trump: "Ceasefire close"' is not a place.
const COLON_DATELINE = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(${REGION})?:\s+(?=\p{Lu}\p{Ll})`, 'u');

// CNN's current style: "Washington CNN —", "Kyiv, Ukraine CNN —" (a known wire credit, no parentheses).
const BARE_WIRE_DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})(${REGION})?\s+(\p{Lu}{2,}[\p{L}]*)\s*(?:—|–|--?)\s+`,
  'u',
);

/** All-caps lead-ins that are labels or organisations, not places. */
const NOT_PLACES = new Set([
  'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'ANALYSIS', 'OPINION', 'LIVE', 'PHOTO',
  'PHOTOS', 'VIDEO', 'NOTE', 'EDITOR', "EDITOR'S NOTE", 'FILE', 'FILE PHOTO', 'ALERT', 'FLASH', 'URGENT', 'NEW',
  'SPOILER', 'WARNING', 'READ', 'CORRECTION', 'CLARIFICATION', 'FACT CHECK', 'EXPLAINER', 'REVIEW', 'COMMENT',
  'NATO', 'EU', 'UN', 'US', 'UK', 'USA', 'WHO', 'IMF', 'OPEC', 'FBI', 'CIA', 'NASA', 'ICC', 'G7', 'G20', 'BRICS',
  'AI', 'CEO', 'TV', 'OK', 'SUMMARY', 'HIGHLIGHTS', 'BACKGROUND', 'CONTEXT', 'QUOTE', 'SOURCE', 'SOURCES', 'TOPIC',
  'TOPICS', 'TAGS', 'SUBSCRIBE', 'SPONSORED', 'ADVERTISEMENT', 'ALSO', 'MORE', 'LATEST', 'THE', 'BUT', 'AND',
]);

/** The dateline at the start of a lede line, if any. */
export function datelineOf(line: string, allowColon = true): Dateline | null {
  let m = CAPS_DATELINE.exec(line) ?? MIXED_DATELINE.exec(line);
  if (!m) {
    const b = BARE_WIRE_DATELINE.exec(line);
    // Same group layout as the others: place, region, wire.
    if (b && outletForWire(b[3]!)) m = b;
  }
  if (!m && allowColon && line.length > 80 && (line.match(/\s+/g)?.length ?? 0) >= 14) {
    m = COLON_DATELINE.exec(line);
    if (m && NOT_PLACES.has(m[1]!.toUpperCase())) m = null;
  }
  if (!m) return null;
  const city = m[1]!.trim();
  const place = `${city}${m[2] ? m[2].replace(/^,\s*/, ', ') : ''}`;
  const wire = (m[3] ?? m[4])?.trim() ?? null;
  if (!wire && (NOT_PLACES.has(city) || city.replace(/[^\p{L}]/gu, '').length < 3)) return null;
  // A known outlet is a source, not a place: "REUTERS - ..." is a credit.
  if (outletNamedBy(city)) return null;
  return { place, wire, length: m[0].length };
}

/** The outlet a dateline's wire credit names: "(Reuters)" -> Reuters. */
export function wireOutlet(d: Dateline | null): string | null {
  return d?.wire ? (outletForWire(d.wire)?.name ?? null) : null;
}

const ABBREV =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|etc|approx|[A-Z])$/;

/** The first sentence of a paragraph, skipping abbreviations ("Mr.", "U.S.", "Jan."). */
export function firstSentence(text: string): string {
  const re = /[.!?…]["'”’)]*(?=\s+["“‘'(]?[\p{Lu}\d]|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Only the word before the period matters; a short window keeps this linear.
    if (m[0][0] === '.' && ABBREV.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    return text.slice(0, m.index + m[0].length);
  }
  return text;
}

/** A short title from the lede: its first sentence, dateline removed, cut at ~80 characters on a word boundary. */
export function titleFromLede(lede: string, max = 80): string {
  const d = datelineOf(lede);
  // A title never needs more than the start of the paragraph.
  let s = firstSentence((d ? lede.slice(d.length) : lede).slice(0, 1000).trim()).trim();
  if (s.length > max) {
    const cut = s.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    s = `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:–—-]+$/, '')}…`;
  } else {
    s = s.replace(/\.$/, '');
  }
  return s;
}

const PERSON_ONLY = new RegExp(String.raw`^${PEOPLE}$`, 'u');

/** True for a line that is only one or more person-like names. */
export function isNamesOnly(text: string): boolean {
  return PERSON_ONLY.test(text) && text.split(/\s+/).length <= 6;
}

/**
 * Keeps the people in a comma-joined credit and drops what follows them:
 * "Fiona Gallagher, Environment Correspondent" -> "Fiona Gallagher".
 */
function peopleOnly(names: string): string | null {
  const kept: string[] = [];
  for (const part of names.split(/\s*,\s*/)) {
    if (!part || JOB.test(part) || outletNamedBy(part) || /\.[a-z]{2,}$/i.test(part)) break;
    kept.push(withoutOutlet(part));
  }
  return kept.length ? tidyName(kept.join(', ')) : null;
}

/** "CARLOS MENDOZA Associated Press" -> "CARLOS MENDOZA": an outlet run on after the name. */
function withoutOutlet(part: string): string {
  const words = part.split(/\s+/);
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (!outletNamedBy(tail)) continue;
    // One word may be a surname ("Mary Ann Dawn"): only a wire credit or a change of case marks it as the outlet.
    const name = words.slice(0, -k).join(' ');
    if (k >= 2 || outletForWire(tail) || (!/\p{Ll}/u.test(name) && /\p{Ll}/u.test(tail))) return name;
  }
  return part;
}

/** The name(s) in a byline-kind line: "By Emel Akan" -> "Emel Akan". */
export function bylineName(text: string): string | null {
  const t = text.replace(/^[(\[]|[)\]]$/g, '').trim();
  const named = byLineNames(t) ?? creditLineNames(t);
  if (named) return peopleOnly(named);
  const credit = NAME_CREDIT.exec(t);
  if (credit) return peopleOnly(credit[1]!);
  const bio = AUTHOR_BIO.exec(t) ?? NAME_IN_PLACE.exec(t) ?? REPORTED_FROM.exec(t) ?? NAME_BEAT.exec(t);
  if (bio) return peopleOnly(bio[1]!);
  if (isNamesOnly(t) && !JOB.test(t)) return peopleOnly(t);
  // A credit without a name ("Special Correspondent", "Staff Reporter") is the byline as printed.
  if (JOB.test(t) && t.split(/\s+/).length <= 4 && /^(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u.test(t)) return t;
  return null;
}

/** The holder named by a copyright line: "© 2025 TechLedger Media. All rights reserved." -> "TechLedger Media". */
export function copyrightHolder(text: string): string | null {
  const rest = text
    .replace(/^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/i, '')
    .split(/\s*(?:[.,|;]\s|all rights reserved)/i)[0]!
    .replace(/[.,;]$/, '')
    // "© Continental Post 2025": the year may follow the holder.
    .replace(/,?\s+\d{4}(?:\s*[-–]\s*\d{4})?$/, '')
    .trim();
  const words = rest.split(/\s+/).length;
  if (!rest || words > 6 || !/^\p{Lu}/u.test(rest) || /\b(?:all|rights|reserved)\b/i.test(rest)) return null;
  const known = outletNamedBy(rest);
  if (known) return known.name;
  // The holder is often the publishing company ("TechLedger Media"); the outlet is its brand.
  const brand = rest.replace(/(?:,?\s+(?:Media|Group|Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Holdings|Publishing|Publications|Co\.?|Limited|plc|PLC|Company|Networks?|Digital|Enterprises|GmbH|AG|SA))+$/, '');
  return brand || rest;
}

// "Fiona Gallagher is The Sentinel’s Environment Correspondent."
const BIO_OUTLET_POSSESSIVE = /\b(?:is|are|was|were)\s+(The\s+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*(?:\s+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*){0,3})['’]s\b/u;
// "Jane Doe is a senior correspondent for The Sentinel."
const BIO_OUTLET_FOR = /\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|chief)\s+(?:for|at|with)\s+(?:the\s+)?((?:The\s+)?\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*(?:\s+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*){0,3})/u;

// "Jeanna Smialek covers the Federal Reserve for The Times."
const BIO_OUTLET_BEAT = /\b(?:covers|covering|writes about|reports on)\b.{0,80}?\bfor\s+(The\s+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*(?:\s+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*){0,3})/u;

/** An outlet named by an author bio line, or null. */
export function outletInBio(text: string): string | null {
  const m = BIO_OUTLET_POSSESSIVE.exec(text) ?? BIO_OUTLET_FOR.exec(text) ?? BIO_OUTLET_BEAT.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  return outletNamedBy(name)?.name ?? name;
}

// Outlets the table does not know, named by the page's own furniture.
const NAME_RUN = String.raw`\p{Lu}[\p{L}&'’.-]*(?:\s(?:of|&|\p{Lu}[\p{L}&'’.-]*)){0,3}`;
const SELF_NAMED = [
  // "Download The Punch app for breaking news", "Get the Daily Clarion app"
  new RegExp(String.raw`\b(?:[Dd]ownload|[Gg]et|[Ii]nstall|[Tt]ry)\s+(?:([Tt]he)\s+)?(${NAME_RUN})\s+[Aa]pp\b`, 'u'),
  // "Catch all the Business News ... on The Deccan Ledger."
  new RegExp(String.raw`^[Cc]atch\b.*\bon\s+(?:(The)\s+)?(${NAME_RUN})\.?$`, 'u'),
  // "This article appears in the April 2026 issue of Meridian."
  new RegExp(String.raw`\b(?:issue|edition) of\s+(?:(The)\s+)?(${NAME_RUN})\b`, 'u'),
  // "Semiconductor Week staff"
  new RegExp(String.raw`^(?:[Bb]y\s+)?(?:(The)\s+)?(${NAME_RUN})\s+(?:staff|staff writers?|staff reporters?|news desk|newsroom)$`, 'u'),
];

/** The outlet a prompt, print note or staff credit names: "Download The Punch app" -> "The Punch". */
export function outletSelfNamed(text: string): string | null {
  // "MORE FROM POST SPORT: ..." (shouted, so the name is tidied).
  const more = /^(?:MORE FROM|More [Ff]rom) ((?:[Tt]he )?\p{Lu}[\p{L}&'’ -]{1,40}):\s/u.exec(text);
  if (more) return tidyName(more[1]!.trim());
  for (const re of SELF_NAMED) {
    const m = re.exec(text);
    if (!m) continue;
    const name = m[2]!.split(/[.’']\s/)[0]!.replace(/[.’']+$/, '');
    if (/^(?:App|Our|Your|This|More|All|Latest)$/.test(name)) continue;
    return m[1] ? `The ${name}` : name;
  }
  return null;
}

/**
 * A name in the text that spells an e-mail or web domain of the page's furniture:
 * "kenyacourier.co.ke" and "Kenya Courier". Only Title Case runs of two to five words count.
 */
export function outletSpelledByDomain(domains: string[], text: string): string | null {
  const labels = new Set<string>();
  for (const d of domains) {
    const parts = d.toLowerCase().replace(/^www\./, '').split('.');
    // The registered name: the label before the public suffix ("co.uk", "com").
    const i = parts.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 2]!) ? parts.length - 3 : parts.length - 2;
    if (i >= 0 && parts[i]!.length >= 6) labels.add(parts[i]!);
  }
  if (!labels.size) return null;
  const run = /(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4}/gu;
  for (const m of text.matchAll(run)) {
    const words = m[0].split(/\s+/);
    // Any sub-run of the capitalised words may be the name ("Reporter Jane at Kenya Courier").
    for (let a = 0; a < words.length; a++) {
      let joined = '';
      for (let b = a; b < words.length && b < a + 5; b++) {
        joined += words[b]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        if (b > a && labels.has(joined)) return words.slice(a, b + 1).join(' ');
      }
    }
  }
  return null;
}
