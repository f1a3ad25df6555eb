// The cleaner: classify every line of Article.text (front matter, title, byline, content,
// boilerplate, blank) and read the article's metadata (title, outlet, byline, dateline,
// date, url). Linear in the text: each line is looked at a fixed number of times.
//
// Passes, in order:
//   1. front matter at the top;
//   2. per-line rules (boilerplate.ts) that need no context;
//   3. context: the caption under a "Picture:" label, the list under "Tags:", runs of menu items;
//   4. the footer: short non-prose lines after the last paragraph, author bios;
//   5. the header: the headline, section labels, and credit lines above the lede.
// Whatever is left is content.

import type { Article, Block, BlockKind } from '../types.ts';
import { parseFrontMatter, field, type FrontMatter } from './frontmatter.ts';
import { lineInfo, JOB, type LineInfo } from './lines.ts';
import { AUTHOR_BIO, CLOCK_ONLY, DATELINE_ONLY, NAME_BEAT, NAME_IN_PLACE, byLineNames, classifyLine, creditLineNames, isMenuItem, isProse, type Reason } from './boilerplate.ts';
import { bylineName, copyrightHolder, datelineOf, isNamesOnly, outletInBio, outletSelfNamed, outletSpelledByDomain, titleFromLede, wireOutlet, type Dateline } from './metadata.ts';
import { outletForWire, outletInDomains, outletMentionedIn, outletNamedBy } from './outlets.ts';

interface Line {
  start: number;
  end: number;
  info: LineInfo | null; // null for blank lines
  kind: BlockKind | null; // null until decided
  reason: Reason | null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, info: null, kind: null, reason: null });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

const mark = (l: Line, kind: BlockKind, reason: Reason | null = null): void => {
  l.kind = kind;
  l.reason = reason;
};

/**
 * A bare name above the story is its author when it reads like one: no possessive, no section
 * word, not an outlet, and a surname the story itself never uses (a kicker's words recur in
 * the story; the writer's name does not).
 */
function isAuthorName(name: string, text: string, from: number): boolean {
  if (/['’]s\b/.test(name) || SECTION_WORD.test(name) || outletNamedBy(name)) return false;
  const surname = name.split(/\s+/).pop()!;
  // Any case: a kicker's words come back in lower case ("Harbour Closures" ... "the closures").
  return surname.length >= 2 && !text.slice(from).toLowerCase().includes(surname.toLowerCase());
}

/** LineInfo of the next non-blank line after i, or null. */
function nextInfo(lines: Line[], i: number): LineInfo | null {
  const j = nextNonBlank(lines, i);
  return j === -1 ? null : lines[j]!.info;
}

/** Index of the next non-blank line after i, or -1. */
function nextNonBlank(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.kind !== 'blank' && lines[j]!.kind !== 'frontmatter') return j;
  return -1;
}

/** Words of section labels and kickers, which look like names in Title Case ("Middle East", "World News"). */
const SECTION_WORD =
  /\b(?:News|World|Politics|Business|Sport|Sports|Opinion|Analysis|Live|Middle|East|West|North|South|Europe|Asia|Africa|America|Americas|Pacific|Health|Science|Tech|Technology|Culture|Arts|Economy|Markets|Money|Climate|Environment|Education|Local|National|International|Update|Updates|War|Election|Elections|Review|Reviews|Obituary|Obituaries|Feature|Features|Travel|Lifestyle|Entertainment|Football|Cricket|Exclusive|Breaking|Latest|Video|Podcast|Explainer|Comment|Editorial|Letters|Long|Read)\b/;

const OBIT_DATES = /\bborn\b[^;]{1,80};\s*died\b/;

/** Generic last words of newspaper and magazine names. */
const MASTHEAD_WORD =
  /\s(?:Times|Post|Herald|Tribune|Journal|Gazette|Courier|Chronicle|Observer|Express|Mail|Telegraph|Standard|Star|Mirror|Record|Today|Daily|Weekly|Ledger|Reporter|Reporte|Press|Inquirer|Dispatch|Bulletin|Examiner|Monitor|Clarion|Sentinel|Advertiser|Argus|Enquirer|Echo|Globe|Register|Week|Magazine|Review|Digest|Sun|Leader|Voice|Citizen|Nation|Independent|Guardian)$/;
/** "The Andean Times", "Nursing Practice Today": a Title Case masthead of up to four words, no possessive. */
const MASTHEAD = /^(?:The\s)?\p{Lu}[\p{L}&.-]*(?:\s(?:of|on|the|and|&|\p{Lu}[\p{L}&.-]*)){0,3}$/u;
/** "Perú Reporte | English Edition", "Meridian | Long read": a name, then an edition or section label. */
const MASTHEAD_SECTION = /^(\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3})\s+[|·•]\s+((?:\p{Lu}[\p{L}-]*)(?:\s[\p{L}-]+){0,2})$/u;

/** The outlet a masthead line names, or null. */
export function mastheadName(text: string): string | null {
  if (text.length > 60 || /\d/.test(text)) return null;
  if (MASTHEAD.test(text) && MASTHEAD_WORD.test(text)) return text;
  const m = MASTHEAD_SECTION.exec(text);
  if (m && (/\bedition\b/i.test(m[2]!) || SECTION_WORD.test(m[2]!.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())))) return m[1]!;
  return null;
}

/** A line that could be a headline: short, several words, not a sentence ending in a full stop. */
function isHeadlineLike(l: LineInfo | null): boolean {
  if (!l) return false;
  if (l.heading) return l.words >= 1 && l.text.length <= 250;
  if (l.bullet || l.words < 3 || l.words > 30 || l.text.length > 200) return false;
  if (/\.["'”’)]*$/.test(l.text) && !/(?:\.\.\.|…)["'”’)]*$/.test(l.text)) return false;
  // "NEW DELHI" alone is a dateline, but an all-caps headline is still a headline.
  return !(l.words <= 3 && DATELINE_ONLY.test(l.text));
}

/** The first paragraph of the story proper: a real sentence, not a headline or a label. */
function isLede(l: LineInfo): boolean {
  return !l.heading && ((l.sentenceEnd && l.words >= 6) || l.words >= 25);
}

/** Footer lines that are really credits: "Fiona Gallagher is The Sentinel’s Environment Correspondent." */
function isAuthorBio(l: LineInfo): boolean {
  if (l.words > 60 || l.quote) return false;
  const m = AUTHOR_BIO.exec(l.text);
  if (!m) return false;
  const rest = m[2] ?? '';
  // "... is The Sentinel's correspondent", "... are covering the talks", "... covers the White House for The Times"
  return JOB.test(rest) || /^(?:covering|reporting|based)\b/.test(rest) || /^(?:covers|cover|writes|reports)\b/.test(l.text.slice(m[1]!.length).trim());
}

interface Classified {
  lines: Line[];
  title: number;
  /** First line of the story proper, or -1. */
  lede: number;
  /** Last paragraph of the story proper, or -1. */
  anchor: number;
}

function classify(text: string, fm: FrontMatter | null): Classified {
  const lines = splitLines(text);
  let first = 0;
  if (fm) {
    for (; first < fm.lineCount && first < lines.length; first++) mark(lines[first]!, 'frontmatter');
  }

  // 2. per-line rules
  for (let i = first; i < lines.length; i++) {
    const l = lines[i]!;
    const raw = text.slice(l.start, l.end);
    // \s covers NBSP and BOM; zero-width spaces are blank too.
    if (/^[\s\u200b]*$/.test(raw)) {
      mark(l, 'blank');
      continue;
    }
    l.info = lineInfo(raw);
    const v = classifyLine(l.info);
    if (v) mark(l, v.kind, v.reason);
  }

  // 2b. Live blogs: bare clock times that head each entry are part of the story's structure
  // (most hand-made gold keeps them); a lone one is still a page timestamp.
  let clocks = 0;
  for (let i = first; i < lines.length; i++) if (lines[i]!.reason === 'date' && CLOCK_ONLY.test(lines[i]!.info!.text)) clocks++;
  if (clocks >= 3) {
    for (let i = first; i < lines.length; i++) {
      const l = lines[i]!;
      // Decided now, so the header and footer passes cannot take them either.
      if (l.reason === 'date' && CLOCK_ONLY.test(l.info!.text)) mark(l, 'content');
    }
  }

  // 2c. "Meridian | Long read" among the first lines, even below a sentence-like dek.
  for (let i = first, seen = 0; i < lines.length && seen < 8; i++) {
    const l = lines[i]!;
    if (!l.info) continue;
    seen++;
    if (l.kind === null && l.info.words <= 6 && MASTHEAD_SECTION.test(l.info.text) && mastheadName(l.info.text)) mark(l, 'boilerplate', 'masthead');
  }

  // 3a. the caption under a caption label ("Picture:" then its caption line)
  for (let i = first; i < lines.length; i++) {
    if (lines[i]!.reason !== 'caption-label') continue;
    const j = nextNonBlank(lines, i);
    const c = j === -1 ? null : lines[j]!;
    // Captions are a sentence or two; a long paragraph after a bare label is the story resuming.
    if (c && c.kind === null && c.info && c.info.words <= 30 && !c.info.quote) mark(c, 'boilerplate', 'caption');
  }

  // 3b. the list under "Tags:": bullets and short items, up to the next blank line or prose
  for (let i = first; i < lines.length; i++) {
    if (lines[i]!.reason !== 'tags') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const c = lines[j]!;
      if (c.kind !== null || !c.info) break;
      if (!(c.info.bullet || isMenuItem(c.info) || (c.info.words <= 4 && !c.info.sentenceEnd && !c.info.quote))) break;
      mark(c, 'boilerplate', 'tags');
    }
  }

  // 3c. menus: consecutive short Title-Case items, three or more next to other furniture
  // ("Related topics" above them) or six or more on their own. A short list of names
  // under a content line ("Attendees included:") is content.
  for (let i = first; i < lines.length; ) {
    let j = i;
    let items = 0;
    let furniture = false;
    while (j < lines.length) {
      const c = lines[j]!;
      if (c.kind === 'boilerplate') {
        furniture = true;
        j++;
      } else if (c.kind === null && c.info && isMenuItem(c.info)) {
        items++;
        j++;
      } else break;
    }
    if (items >= 6 || (items >= 3 && furniture)) for (let k = i; k < j; k++) if (lines[k]!.kind === null) mark(lines[k]!, 'boilerplate', 'menu');
    i = j > i ? j : i + 1;
  }

  // 4. footer: after the last paragraph of prose, short lines are page furniture.
  let anchor = -1;
  for (let i = lines.length - 1; i >= first; i--) {
    const l = lines[i]!;
    if (l.kind !== null || !l.info) continue;
    // The closing line of an obituary ("X, musician, born 3 March 1944; died 16 December 2025") is the story's.
    if (!isProse(l.info) && !OBIT_DATES.test(l.info.text)) continue;
    // The last prose lines may be an author bio: a credit, not the story.
    if (isAuthorBio(l.info)) {
      mark(l, 'byline', 'byline');
      continue;
    }
    anchor = i;
    break;
  }
  if (anchor !== -1) {
    for (let i = anchor + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.kind === null && l.info) mark(l, 'boilerplate', 'footer');
    }
  }

  // 5. header: the headline and furniture above the lede.
  let lede = -1;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === null && l.info && isLede(l.info)) {
      lede = i;
      break;
    }
  }
  const headerEnd = lede === -1 ? lines.length : lede;
  let title = -1;
  let seenContent = false;
  for (let i = first; i < headerEnd; i++) {
    const l = lines[i]!;
    if (l.kind !== null || !l.info) continue;
    const info = l.info;
    // An outlet's own name next to the headline. Above it, only a short one: "Oil Prices Hit
    // Record Today" over a dek is a Title Case headline.
    const beforeHeadline = title === -1 && info.words - (info.text.startsWith('The ') ? 1 : 0) <= 3 && isHeadlineLike(nextInfo(lines, i));
    if (info.words <= 6 && !info.sentenceEnd && !info.quote && (title !== -1 || beforeHeadline) && mastheadName(info.text)) {
      mark(l, 'boilerplate', 'masthead');
      continue;
    }
    if (title === -1 && !seenContent) {
      const next = nextNonBlank(lines, i);
      if (isHeadlineLike(info) && next !== -1) {
        title = i;
        mark(l, 'title');
        continue;
      }
      // A two-word headline right above the lede ("Ceasefire collapses").
      if (info.words === 2 && !info.bullet && next !== -1 && next === lede && !info.sentenceEnd) {
        title = i;
        mark(l, 'title');
        continue;
      }
    }
    // Credit lines anywhere above the lede (after a dek too).
    // Below the headline, an all-caps place alone is the dateline ("NEW DELHI"); above it, a section ("MUSIC").
    if (title !== -1 && DATELINE_ONLY.test(info.text) && info.words <= 4) {
      mark(l, 'boilerplate', 'dateline');
      continue;
    }
    // "Paul Kirby" above "Europe digital editor": a name and its job line.
    const next = nextNonBlank(lines, i);
    const nl = next === -1 ? null : lines[next]!;
    if (isNamesOnly(info.text) && nl?.info && nl.info.words <= 6 && JOB.test(nl.info.text) && !nl.info.sentenceEnd) {
      mark(l, 'byline', 'byline');
      if (nl.kind === null || nl.kind === 'byline') mark(nl, 'byline', 'byline');
      continue;
    }
    // "Dan Sabbagh in Kyiv" (a full name, so "Trouble in Paradise" stays a crosshead).
    const inPlace = title !== -1 && info.words <= 8 && !info.sentenceEnd ? NAME_IN_PLACE.exec(info.text) : null;
    if (inPlace && /\s/.test(inPlace[1]!)) {
      mark(l, 'byline', 'byline');
      continue;
    }
    // A bare name under the headline, right above the timestamp or the lede ("Margaret Ellwood",
    // "T.S. Anand"), or a name run into its beat ("Jasper Whitley Mining correspondent").
    // (Only near the headline: each candidate searches the rest of the text once.)
    if (title !== -1 && i - title <= 20 && !info.sentenceEnd && !info.quote && info.words >= 2 && info.words <= 6) {
      const beforeStory = nl !== null && (next === lede || (nl.kind === 'boilerplate' && nl.reason === 'date'));
      if ((beforeStory && isNamesOnly(info.text) && isAuthorName(info.text, text, l.end)) || NAME_BEAT.test(info.text)) {
        mark(l, 'byline', 'byline');
        continue;
      }
    }
    if (!seenContent && info.words <= 2 && !info.quote && !info.sentenceEnd) {
      mark(l, 'boilerplate', 'header');
      continue;
    }
    seenContent = true;
  }

  for (const l of lines) if (l.kind === null) mark(l, 'content');
  return { lines, title, lede, anchor };
}

function outletOf({ lines, title, lede, anchor }: Classified, fm: FrontMatter | null, dateline: Dateline | null): string | null {
  const fromFm = field(fm, 'outlet', 'source', 'publication', 'publisher', 'site_name', 'site', 'sitename', 'newspaper');
  if (fromFm) return outletNamedBy(fromFm)?.name ?? fromFm;
  let nonContent = lines.filter((l) => l.info && (l.kind === 'boilerplate' || l.kind === 'byline') && l.reason !== 'image' && l.reason !== 'caption');
  // Mastheads and footers sit at the ends; a huge file need not be searched throughout.
  if (nonContent.length > 120) nonContent = [...nonContent.slice(0, 60), ...nonContent.slice(-60)];
  const at = (l: Line): string => l.info!.text;
  // A line that is exactly an outlet's name or tagline: a masthead above the story or a
  // footer below it. Inside the story, a lone "Reuters" or "AFP" is a photo credit.
  const outside = (l: Line): boolean => (lede === -1 || l.start < lines[lede]!.start) || (anchor === -1 || l.start > lines[anchor]!.start);
  nonContent = nonContent.filter((l) => l.reason !== 'outlet' || outside(l));
  for (const l of nonContent) {
    const o = outletNamedBy(at(l));
    if (o) return o.name;
  }
  // A headline signed like a page title: "Talks stall | Reuters", "Talks stall - The Guardian".
  if (title !== -1) {
    const sig = /\s(?:\||-|–|—)\s([^|–—]{2,40})$/.exec(lines[title]!.info!.text);
    const o = sig ? outletNamedBy(sig[1]!) : null;
    if (o) return o.name;
  }
  // Credits and footers that carry a domain: "Hankyung.com reporter", "kdy@hankyung.com".
  // "By Jane Doe, CNN" / "Jane Doe | Reuters": an outlet as one part of a credit.
  for (const l of nonContent) {
    if (l.kind !== 'byline') continue;
    for (const part of at(l).split(/\s*[,|/–—;]\s*|\s+-\s+/).slice(1)) {
      const o = outletNamedBy(part);
      if (o) return o.name;
    }
  }
  const credits = nonContent.filter((l) => ['byline', 'email', 'copyright', 'footer', 'header', 'promo', 'outlet', 'notice', 'source'].includes(l.reason ?? ''));
  for (const l of credits) {
    const o = outletInDomains(at(l));
    if (o) return o.name;
  }
  for (const l of credits) {
    if (l.reason === 'promo' || l.reason === 'notice' || l.reason === 'header' || l.reason === 'footer') continue;
    const o = outletMentionedIn(at(l));
    if (o) return o.name;
  }
  // Outlets the table does not know, named by the page itself: a masthead, a bio, a copyright
  // footer, an app prompt or print note, a staff credit, a domain spelled out in the text.
  for (const l of nonContent) {
    if (l.reason === 'masthead') return mastheadName(at(l));
  }
  for (const l of lines) {
    if ((l.kind === 'byline' || l.reason === 'email') && l.info) {
      const o = outletInBio(l.info.text);
      if (o) return o;
    }
  }
  for (const l of nonContent) {
    if (l.reason !== 'copyright') continue;
    const o = copyrightHolder(at(l));
    if (o) return o;
  }
  const wire = wireOutlet(dateline);
  if (wire) return wire;
  for (const l of nonContent) {
    if (l.reason !== 'promo' && l.reason !== 'notice' && l.kind !== 'byline') continue;
    const o = outletSelfNamed(at(l));
    if (o) return o;
  }
  const domains: string[] = [];
  for (const l of nonContent) {
    if (l.reason === 'email' || l.kind === 'byline' || l.reason === 'promo' || l.reason === 'notice') {
      for (const m of at(l).matchAll(/@([\w-]+(?:\.[\w-]+)+)/g)) domains.push(m[1]!);
    }
  }
  // Only the furniture is searched: a company in the story may own a domain that looks like its name.
  if (!domains.length) return null;
  const furniture = lines.filter((l) => l.info && (l.kind === 'boilerplate' || l.kind === 'byline'));
  return outletSpelledByDomain(domains, furniture.map(at).join('\n'));
}

/** Turns one decoded file into an Article: blocks, title and metadata. */
export function parseArticle(id: string, relPath: string, text: string, bytes: number): Article {
  const fm = parseFrontMatter(text);
  const classified = classify(text, fm);
  const { lines, title } = classified;
  const blocks: Block[] = lines.map((l) => ({ kind: l.kind ?? 'content', start: l.start, end: l.end }));

  const content = lines.filter((l) => l.kind === 'content' && l.info);
  // The dateline opens the lede, or stands alone above it ("NEW DELHI").
  let dateline: Dateline | null = null;
  for (let i = 0; i < Math.min(5, content.length) && !dateline; i++) {
    // "City: ..." without capitals or a wire credit is only trusted on the opening paragraphs.
    dateline = datelineOf(content[i]!.info!.text, i < 2);
  }
  let datelinePlace = dateline?.place ?? null;
  if (!datelinePlace) {
    const alone = lines.find((l) => l.reason === 'dateline');
    if (alone?.info) datelinePlace = alone.info.text.trim();
  }

  let byline = field(fm, 'byline', 'author', 'authors', 'by', 'creator');
  let outlet = outletOf(classified, fm, dateline);
  if (!byline) {
    for (const l of lines) {
      if (l.kind !== 'byline' || !l.info) continue;
      // "(Reporting by ...; Editing by ...)" lists the desk's contributors, not the story's byline.
      if (creditLineNames(l.info.text) !== null && byLineNames(l.info.text) === null) continue;
      const name = bylineName(l.info.text);
      if (!name) continue;
      // "By Reuters": a wire credit, not a person.
      const asOutlet = outletNamedBy(name) ?? outletForWire(name);
      if (asOutlet) {
        outlet ??= asOutlet.name;
        continue;
      }
      byline = name;
      break;
    }
  }

  let articleTitle = field(fm, 'title', 'headline');
  let titleExplicit = !!articleTitle;
  if (!articleTitle && title !== -1) {
    articleTitle = lines[title]!.info!.text;
    titleExplicit = true;
  }
  if (!articleTitle) {
    const lede = content.find((l) => l.info!.words >= 4) ?? content[0];
    articleTitle = lede ? titleFromLede(lede.info!.text) : id;
    titleExplicit = false;
  }

  return {
    id,
    path: relPath,
    title: articleTitle,
    titleExplicit,
    outlet,
    byline,
    dateline: datelinePlace,
    date: field(fm, 'date', 'published', 'published_at', 'pubdate', 'datepublished', 'created'),
    url: field(fm, 'url', 'link', 'canonical', 'canonical_url', 'source_url', 'permalink'),
    text,
    blocks,
    bytes,
  };
}
