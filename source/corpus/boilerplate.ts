// Line rules that tell web boilerplate from article content, one line at a time.
//
// The rules are deliberately about the *shape* of page furniture that every news site
// shares (image embeds, photo credits, ad slots, newsletter and app prompts, share
// buttons, tag lists, copyright footers, reporter credits, timestamps), never about
// particular articles. Each rule looks at the whole line: a paragraph that mentions
// "advertisement" mid-sentence is prose, and the rules that could touch prose are
// limited to short lines without quotation marks.

import { JOB, PEOPLE, type LineInfo } from './lines.ts';
import { outletNamedBy } from './outlets.ts';

export type Reason =
  | 'image' // markdown/HTML image, bare link or URL
  | 'caption' // photo caption or credit
  | 'caption-label' // "Picture:" on its own: the next line is its caption
  | 'ad' // ad slots, paywall and reading furniture ("Advertisement", "Premium", "Share")
  | 'promo' // newsletter, app, social-follow prompts
  | 'notice' // "This is developing news and will be updated.", "(With inputs from agencies)"
  | 'copyright'
  | 'outlet' // a line that is just an outlet name or tagline
  | 'masthead' // an outlet the table does not know, named on its own line by the header ("The Andean Times")
  | 'email' // a line carrying an e-mail address
  | 'date' // a timestamp line
  | 'tags' // "Tags:" and the list under it
  | 'menu' // navigation and footer menus
  | 'header' // short furniture above the lede
  | 'footer' // short furniture after the last paragraph
  | 'byline'
  | 'dateline' // "NEW DELHI" alone on a line above the lede
  | 'source'; // "Source: Al Jazeera and news agencies"

export interface Verdict {
  kind: 'boilerplate' | 'byline';
  reason: Reason;
}

const bp = (reason: Reason): Verdict => ({ kind: 'boilerplate', reason });
const by = (): Verdict => ({ kind: 'byline', reason: 'byline' });

// Whole-line furniture, matched after lower-casing and dropping trailing punctuation.
const FURNITURE = new Set(
  [
    'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted',
    'paid content', 'paid post', 'partner content', 'premium', 'premium story', 'exclusive', 'subscriber only',
    'subscribers only', 'story continues below this ad', 'story continues below advertisement',
    'story continues below', 'article continues below', 'article continues below this ad',
    'article continues below advertisement', 'continue reading', 'continue reading below',
    'continue reading the main story', 'skip advertisement', 'advertisement - scroll to continue',
    'scroll to continue with content', 'ad feedback', 'close', 'subscribe', 'subscribe now', 'sign in', 'log in',
    'login', 'register', 'sign up', 'read more', 'read more below', 'also read', 'must read', 'recommended',
    'recommended stories', 'recommended for you', 'related', 'related stories', 'related articles', 'related news',
    'related content', 'related topics', 'related coverage', 'more on this story', 'more stories', 'most read',
    'most popular', 'most viewed', 'trending', 'trending now', 'trending topics', 'top stories', 'latest news',
    'latest stories', "editor's picks", 'editors picks', 'you may also like', 'you might also like', 'from the homepage',
    "don't miss", 'dont miss', 'share', 'share this', 'share this article', 'share this story', 'share article',
    'copy link', 'link copied', 'save', 'save article', 'saved', 'print', 'email', 'e-mail', 'comments', 'comment',
    'view comments', 'leave a comment', 'show comments', 'listen', 'listen to this article', 'listen to article',
    'gift this article', 'gift article', 'follow', 'follow us', 'reuse this content', 'click to expand',
    'enlarge this image', 'toggle caption', 'hide caption', 'show caption', 'image', 'video', 'play video',
    'watch video', 'watch', 'key events', 'show key events only', 'loading', 'load more', 'back to top', 'home',
    'menu', 'search', 'skip to content', 'skip to main content', 'newsletter', 'newsletters', 'summary', 'key points',
    'highlights', 'story highlights', 'key takeaways', 'in brief', 'in short', 'at a glance', 'quick read', 'tl;dr',
    'breaking', 'breaking news', 'live', 'live updates', 'updated', 'edition', 'featured', 'multimedia', 'explained',
    'supported by', 'send any friend a story', 'share full article', 'read in app', 'anyone can read what you share',
    'explore more on these topics', 'normal text size', 'larger text size', 'very large text size', 'license this article',
    'end', '(end)', '-30-', '###', 'purchase licensing rights', 'link', 'suggested topics', 'more from reuters', 'more', 'ad feedback', 'hide', 'show more', 'show less', 'expand', 'collapse',
    'tags', 'topics', 'advertise with us', 'contact us', 'about us', 'privacy policy', 'terms of use',
    'terms and conditions', 'cookie policy', 'cookie settings', 'manage cookies', 'all rights reserved', 'next',
    'previous', 'sign up here', 'subscribe here', 'read more here', 'learn more', 'find out more', 'next story', 'previous story', 'next article', 'up next', 'photos', 'videos', 'podcasts', 'podcast',
    // share/follow buttons
    'x', 'twitter', 'facebook', 'instagram', 'linkedin', 'whatsapp', 'telegram', 'youtube', 'reddit', 'threads',
    'bluesky', 'tiktok', 'pinterest', 'flipboard', 'messenger', 'google news', 'rss',
    'share or comment on this article', 'live feed', 'live blog', 'long read', 'long reads',
  ].map((s) => s.toLowerCase()),
);

const furnitureKey = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/,? opens new tab$/, '')
    .replace(/^[\s|:>»›·•-]+|[\s|:.!>»›·•…-]+$/g, '')
    .replace(/\s+/g, ' ');

// Photo captions and credits.
const CAPTION_LABEL =
  /^(?:picture|pictures|pic|photo|photos|photograph|image|images|caption|image caption|media caption|image source|credit|gallery|file photo|file pic|file image|illustration|graphic|video|watch)\s*[:|]?$/i;
const CAPTION_START =
  /^(?:file photo|file pic(?:ture)?|file image|photo(?:graph)?s?|pic(?:ture)?s?|images?|caption|image caption|media caption|image source|image credit|photo credit|photo courtesy|courtesy|credit|illustration|graphic|representative image|representational image|representational photo|video|watch|gallery|in pictures|in pics|pictured|main picture|main image)\s*(?::|\||\s[-–—]\s)|^(?:image|media) (?:caption|source),/i;
/** ASCII words matched in any case inside a case-sensitive (\p{Lu}) pattern. */
const anyCase = (words: string): string => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** "... Pic: Reuters", "Photograph: Kevin Lamarque/Reuters", "Image credit: Getty Images". */
const CREDIT_TAIL = new RegExp(
  String.raw`(?:^|[\s.|(,])(?:${anyCase('pic|pics|picture|photo|photos|photograph|image|images|credit|photo credit|image credit|image source')})\s*:\s*(?:[\p{Lu}\d][\p{L}\d&.'’\/-]*)(?:\s+[\p{L}\d&.'’\/-]+){0,5}\)?\.?$`,
  'u',
);
/** "(File photo)", "(AP Photo/Evan Vucci)", "(Photo: PTI)", "(Express photo by Tashi Tobgyal)". */
const PHOTO_PAREN = /\((?:[^()]{0,60}\s)?(?:file\s)?(?:photo|photos|pic|picture|image|photograph|illustration)(?:\s[^()]{0,60}|[:\/][^()]{0,60})?\)\.?$/i;
/** "REUTERS/Kevin Lamarque/File Photo", "AFP via Getty Images", "EPA-EFE/JIM LO SCALZO". */
const AGENCY_TAIL =
  /(?:\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANI|PTI|XINHUA|YONHAP|AAP|Reuters|Bloomberg|Getty Images|Pool)\s*\/\s*[\p{L}.' -]{2,40}(?:\/[\p{L} ]{2,20})?|\b(?:Getty Images|Shutterstock|Alamy|via Getty Images|AP Photo|Supplied|Handout))\)?\.?$/u;

const BRACKET_CREDIT = /\[(?:file:?\s*)?[^[\]]{2,60}\/[^[\]]{2,40}\]$|\[(?:photo|photos|pic|picture|image|photograph|credit|file photo)s?\s*:\s*[^[\]]{2,80}\]$/i;
/** Tabloid captions: "Residents watch as flames approach the town (pictured)". */
const PICTURED_TAIL = /\((?:pictured|pictured (?:above|below|left|right|centre|center|top|with \p{L}+))\)$/u;
const AGENCY_HINT = /(?:Images|Shutterstock|Alamy|Photo|Supplied|Handout)\)?\.?$/;

const MD_IMAGE = /^\[?!\[/;
const BARE_LINK = /^\[[^\]]{0,300}\]\([^)\s]{1,500}\)$/;
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.)\S+$/i;
/** The signature under an embedded post: "— Rosa Quispe (@RosaQuispeM) March 5, 2026". */
// (The dash may already be gone: lineInfo reads it as a bullet.)
const EMBED_SIGNATURE = /^(?:[—–-]{1,2}\s*)?[^()]{1,80}\(@\w{1,30}\)\s*(?:on\s+)?(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9} \d{4})$/u;
const HTML_ONLY = /^(?:<\/?[a-z][^>]*>\s*)+$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** "hankyung@bloomingbit.ioThe Korea ...": an address run into the next text, as scraped footers are. */
const EMAIL_GLUED = /@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\p{Lu}/u;
const EMAIL_CONTACT = /\b(?:e-?mail|contact|reach|write to|send tips|tips to)\b/i;

// Prompts are imperatives addressed to the reader, so most patterns are anchored at the
// start of the line (or after a dash or colon): "users were told to download the app"
// and "the company's newsletter leaked" are prose.
// (A dash counts only with a space before it: "pre-register" is a word, not a prompt.)
const LEAD = String.raw`(?:^|\s[-–—|]\s*|:\s*)`;
const PROMO = [
  new RegExp(String.raw`${LEAD}(?:sign up|subscribe|register)\b`, 'i'),
  /^(?:get|receive|read|join|try)\b.{0,60}\bnewsletters?\b/i,
  /^(?:\w+\s+){0,3}newsletters?$/i,
  /^(?:get|receive|have)\b.{0,80}\b(?:delivered|straight|directly?|sent) to your (?:inbox|email|phone|device)\b/i,
  new RegExp(String.raw`${LEAD}(?:download|install|get|try)\s+(?:the|our)\b.{0,40}\bapps?\b`, 'i'),
  /\bapps?\b.{0,30}\b(?:app store|google play|play store)\b/i,
  /^(?:listen|watch|read|hear|stream|download)\b.{0,80}\bon (?:the|our)\b.{0,40}\b(?:app|website|podcast|channel)\b/i,
  new RegExp(String.raw`${LEAD}(?:click|tap) here\b`, 'i'),
  /\bfollow us\b/i,
  // Tip lines: "Got a news tip? Email the ABC.", "Do you have a story? Email news@..."
  /^(?:got|have|do you have|has something happened)\b.{0,40}\b(?:tip|story|news|pictures?|video)\b.{0,30}\?\s*(?:email|e-mail|contact|call|send|whatsapp|get in touch)\b/i,
  // "MORE FROM POST SPORT: ...", "More from Business: ..."
  // (The name is capitalised: "More from the council meeting: ..." is prose.)
  /^(?:MORE FROM|More [Ff]rom) (?:[Tt]he )?\p{Lu}[\p{L}&'’ -]{1,40}:\s/u,
  // "Catch all the Business News ... on <site>." (Indian business sites' footer)
  /^catch (?:all )?(?:the )?(?:latest )?\b.{0,120}\b(?:news|updates)\b.{0,100}\bon\s+\S/i,
  /\byou can now listen to\b/i,
  new RegExp(String.raw`${LEAD}follow [\w.]+(?: [\w.]+){0,3} on (?:instagram|twitter|x|facebook|whatsapp|telegram|google news|youtube|threads|linkedin|tiktok|bluesky)\b`, 'i'),
  /\bjoin (?:our|us on) (?:whatsapp|telegram|channel)\b/i,
  /\bgift (?:subscriber )?articles?\b/i,
  /\bsave articles?\b.{0,40}\b(?:later|reading list)\b/i,
  /\b(?:already a subscriber|subscribe to continue|subscribe to read|unlock this article|become a member|support our journalism|turn on javascript|enable javascript|javascript is disabled|your browser does not support)\b/i,
];

/** Cheap gate: every PROMO pattern contains one of these. */
const PROMO_HINT = /\?|more from|catch|now listen|gift|save article|inbox|your email|your phone|sign up|subscri|regist|newsletter|app|click here|tap here|follow|join|javascript|browser|member|journalism|unlock|listen|watch|read|hear|stream|download/i;


// Notices are anchored at the start, so a line that is not one fails at its first characters.
const NOTICE = [
  /^this is (?:a )?(?:developing|breaking|fast[- ]moving|live)\b/i,
  /^(?:this )?(?:story|article|report) (?:is )?(?:developing|being updated|will be updated)\b/i,
  // "This article was originally published ..." (not "This report, published by the IMF, found ...")
  /^this (?:story|article|post|copy|piece) (?:has been|was|is|will be|may be|first appeared)\b.{0,120}\b(?:updated|edited|published|generated|syndicated|corrected|developing|amended|produced|appeared)\b/i,
  /^(?:please )?check back (?:for|later)\b/i,
  /^(?:more|further) details (?:to follow|soon|awaited)\b/i,
  /^(?:[(\[]\s*(?:with )?|with )inputs? from\b/i,
  /^(?:\(|\[)?with (?:agency|wire|pti|ani) inputs?\b/i,
  /^(?:\(|\[)?(?:this story has not been edited|except for the headline)\b/i,
  /^(?:\(|\[)?(?:disclaimer|editor'?s note|editors’ note)\s*[:.-]/i,
  /^(?:\(|\[)?published (?:in|by|on)\b.{0,60}\b(?:partnership|syndicat|agreement)/i,
  /^our standards\s*:/i,
  // Print and archive notes: "This article appears in the April issue of ...", "A version of this article appears in print on ..."
  /^(?:a version of )?this (?:story|article|interview|piece|report|feature) (?:originally |first )?(?:appears|appeared|ran|was first published)\b/i,
  // Press-release and page footers: "About DLAI: The Digital Lenders Association ... is ..."
  /^About (?:the )?\p{Lu}[^:.!?]{0,60}:\s+\S/u,
];

/** "Home > Security > Data Breaches", "News / World / Europe". */
const BREADCRUMB = /^[\p{L}\d&'’ -]{1,30}(?:\s+[>›»\/|]\s+[\p{L}\d&'’ -]{1,30}){1,6}$/u;

/** "Fox News' Jamie Joseph contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i;

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
const RIGHTS_RESERVED = /rights reserved/i;

// Credit prefixes are matched case-insensitively, but the names after them case-sensitively
// (with the i flag, \p{Lu} would match lower-case letters too).
const BY_PREFIX = /^(?:by|written by|words by|story by|report by|reported by|posted by|(?:live )?(?:updates|coverage|blog) by|author|authors|byline)\s*[:\-–—]?\s+/i;
/** "By state political reporter Ellie Navarro": a lower-case job title before the name. */
const BY_ROLE = /^(?:[a-z][\p{Ll}-]*\s+){0,4}?(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|analyst|photographer)\s+(?=\p{Lu})/u;
/** "GARY MILLS AT WEMBLEY", "RACHEL PRYCE FOR MAILONLINE": in a shouted byline the place or outlet follows a capitalised preposition. */
const CAPS_TAIL = /\s+(?:AT|FOR|IN|ON|WITH|FROM)\s+\p{Lu}.*$/u;
// A full stop after a name (not an initial) may end the credit: "Live updates by Ann Lee and Bo Chan. Last updated 14.32 GMT".
const BY_NAMES = new RegExp(String.raw`^(${PEOPLE})(?=$|\s*[,|;/–—(\[<-]|\s+(?:in|for|at|with)\s|(?<=\p{Ll}{2}\.)\s|\s+(?:AT|FOR|IN|ON|WITH|FROM)\s)`, 'u');
/** Capitalised words that follow "By" in prose ("By Monday, ...") rather than in a byline. */
const NOT_A_NAME =
  /^(?:the|this|that|these|those|then|now|contrast|comparison|law|far|early|late|mid|noon|midnight|tonight|today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|next|last|all|some|most|many|using|taking|making|doing|being|having|contrast|default|design|chance|mistake|accident|way|then|nightfall|dawn|evening|morning)\b/i;

/** "By Emel Akan", "BY JANE DOE AND JOHN ROE", "By Fiona Gallagher, Environment Correspondent, in Nairobi" -> the names. */
export function byLineNames(text: string): string | null {
  const p = BY_PREFIX.exec(text);
  if (!p) return null;
  let rest = text.slice(p[0].length);
  const role = BY_ROLE.exec(rest);
  if (role) rest = rest.slice(role[0].length);
  if (NOT_A_NAME.test(rest)) return null;
  const m = BY_NAMES.exec(rest);
  if (!m) return null;
  const names = m[1]!.replace(/(?<=\p{Ll}{2})\.$/u, '');
  return /\p{Ll}/u.test(names) ? names : names.replace(CAPS_TAIL, '');
}

const CREDIT_PREFIX =
  /^[(\[]?\s*(?:additional |further )?(?:reporting|writing|research|editing|compiled|edited|produced|written|contributed|contributing)(?: reporting)? (?:by|to this report)\b\s*:?\s*/i;
const CREDIT_NAMES = new RegExp(String.raw`^(${PEOPLE})`, 'u');

/** "(Reporting by Wanjiru Kamau; Editing by Alison Hardy)" -> "Wanjiru Kamau"; "" for a credit line without a name. */
export function creditLineNames(text: string): string | null {
  const p = CREDIT_PREFIX.exec(text);
  if (!p) return null;
  const m = CREDIT_NAMES.exec(text.slice(p[0].length));
  return m ? m[1]! : '';
}

/** "Kim Daeyoung, Hankyung.com reporter kdy@hankyung.com", "Jane Doe | Staff Writer". */
export const NAME_CREDIT = new RegExp(String.raw`^(${PEOPLE})\s*(?:,|\||[–—-]\s)\s*(.+)$`, 'u');
/** "David E. Sanger reported from Washington.", "Jane Roe contributed reporting." */
export const REPORTED_FROM = new RegExp(
  String.raw`^(?!(?:It|He|She|They|We|I|You|This|That|The|Officials?|Police|Reuters|AP|AFP)\b)(${PEOPLE})\s+(?:reported from|contributed reporting|contributed research|reported and wrote)\b`,
  'u',
);
/** "Jasper Whitley Mining correspondent": a two-word name, then the beat and a lower-case job (Guardian style). */
export const NAME_BEAT = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+)\s+((?:\p{Lu}[\p{L}-]*\s+)(?:(?:and|&)\s+)?(?:[\p{L}-]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|analyst|commentator))$`,
  'u',
);
/** "Dan Sabbagh in Kyiv": a byline with the place it was filed from. */
export const NAME_IN_PLACE = new RegExp(String.raw`^(${PEOPLE})\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$`, 'u');
/** "Fiona Gallagher is The Sentinel’s Environment Correspondent." (author bio). */
export const AUTHOR_BIO = new RegExp(
  String.raw`^(${PEOPLE})\s+(?:is|are|was|were|covers|cover|writes|reports)\s+(.{0,200})$`,
  'u',
);

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const DAYS = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const ZONES =
  'gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|ist|kst|jst|hkt|sgt|aest|aedt|awst|acst|nzst|nzdt|eat|wat|cat|msk|pkt|wib|ast|uk|local|time';
const DATE_WORDS =
  'updated|update|published|posted|last|first|modified|created|on|at|ago|hour|hours|hr|hrs|minute|minutes|min|mins|second|seconds|day|days|week|weeks|month|months|year|years|yesterday|today|just|now|and|am|pm|a.m|p.m|the|of|th|st|nd|rd|read|edited';
const DATE_TOKEN = new RegExp(
  String.raw`^(?:(?:${MONTHS}|${DAYS})\.?|${ZONES}|${DATE_WORDS}|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?|\d{4}-\d{2}-\d{2}(?:t[\d:.+z-]*)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[-–—|·•/,:()]+)$`,
  'i',
);

/** A line that is only a timestamp: "November 19, 2025 22:41 IST", "Updated 2 hours ago", "06.05 EAT". */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d|\bago\b|yesterday/i.test(text)) return false;
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  if (!tokens.length || tokens.length > 14) return false;
  for (const t of tokens) if (!DATE_TOKEN.test(t.replace(/[.:]+$/, '')) && !DATE_TOKEN.test(t)) return false;
  return true;
}

/** A timestamp that is only a clock time ("18.51 GMT", "6:20pm"): in a live blog, the header of an entry. */
export const CLOCK_ONLY = new RegExp(String.raw`^\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:${ZONES}))?$`, 'i');

/** An all-caps place on its own line above the lede ("NEW DELHI", "KYIV, Ukraine"). */
export const DATELINE_ONLY = /^(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu})(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?$/u;

/** Would this line be prose, the kind of text rules must never take away? */
export function isProse(l: LineInfo): boolean {
  return l.sentenceEnd || l.quote || l.words >= 12;
}

/** Title Case or single-word short line with no sentence punctuation: a menu item. */
export function isMenuItem(l: LineInfo): boolean {
  if (!l.text || l.words > 4 || l.text.length > 40 || l.quote || l.sentenceEnd) return false;
  return /^[\p{Lu}\d]/u.test(l.text) || l.bullet;
}

/**
 * The line's verdict from its own text alone, or null when the line looks like content
 * (or needs context to decide). Blank lines never reach here.
 */
export function classifyLine(l: LineInfo): Verdict | null {
  const t = l.text;
  if (!t) return null;
  const short = l.words <= 25;

  // Embeds: images, bare links, URLs, leftover HTML.
  if (MD_IMAGE.test(t) && t.includes('](')) return bp('image');
  if (t.length < 900 && (BARE_LINK.test(t) || URL_ONLY.test(t) || HTML_ONLY.test(t))) return bp('image');
  if (t.includes('(@') && EMBED_SIGNATURE.test(t)) return bp('image');

  // Captions and credits. Long captions still end in a credit, so these are not limited to short lines.
  if (CAPTION_LABEL.test(t)) return bp('caption-label');
  if (t.length < 700) {
    if (CAPTION_START.test(t)) return bp('caption');
    // A long quoted paragraph is prose even if it happens to end like a credit.
    // Cheap character checks first: most lines cannot end in a credit at all.
    if (!(l.quote && l.words > 30)) {
      if (t.includes(':') && CREDIT_TAIL.test(t)) return bp('caption');
      if (/\)\.?$/.test(t) && PHOTO_PAREN.test(t)) return bp('caption');
      if ((t.includes('/') || AGENCY_HINT.test(t)) && AGENCY_TAIL.test(t)) return bp('caption');
      // Al Jazeera style: "... in Rafah [Mohammed Salem/Reuters]".
      if (t.endsWith(']') && BRACKET_CREDIT.test(t)) return bp('caption');
      // "(pictured)" mid-sentence is prose; closing a line that is not a sentence, it is a caption.
      if (!l.sentenceEnd && !l.quote && t.endsWith(')') && PICTURED_TAIL.test(t)) return bp('caption');
    }
  }

  // Furniture phrases are at most a few words; skip the key-building for longer lines.
  if (l.words <= 7) {
    const key = furnitureKey(t);
    if (FURNITURE.has(key)) return bp('ad');
    if (/^\d+\s*(?:min|mins|minute|minutes)\s*(?:read|listen)$/.test(key)) return bp('ad');
    if (/^(?:share|post|tweet|send|pin) (?:this )?(?:on|via|to|by) [\w .+-]{1,20}$/.test(key)) return bp('ad');
  }
  if (short) {
    if (/^(?:read more|also read|read also|must read|see also|related|watch|listen|more)\s*[:|]/i.test(t)) return bp('promo');
    if (/^(?:tags|topics?|suggested topics|filed under|related topics|keywords|categories|more about|more on)\s*:/i.test(t)) return bp('tags');
    // NYT's "Reporting from Washington" under the byline.
    if (l.words <= 6 && !l.sentenceEnd && /^[Rr]eporting from \p{Lu}\p{L}*(?:,? \p{Lu}[\p{L}.]*){0,3}$/u.test(t)) return by();
    if (/^sources?\s*:\s*\S/i.test(t) && l.words <= 12 && !l.quote) return bp('source');
  }

  if (l.words <= 40) {
    if (COPYRIGHT.test(t) || RIGHTS_RESERVED.test(t)) return bp('copyright');
    for (const re of NOTICE) if (re.test(t)) return bp('notice');
    if (t.includes('ontributed') && CONTRIBUTED.test(t)) return bp('notice');
    // A byline is a short credit, not a sentence ("By Monday, talks had stalled.").
    if (!l.sentenceEnd && l.words <= 16 && byLineNames(t)) return by();
    // "(Reporting by ...; Editing by ...)", "Edited by: Jane Doe"; not "Research by economists found that ..."
    if ((/^[(\[]|[)\]]$/.test(t) || (!l.sentenceEnd && l.words <= 15)) && creditLineNames(t) !== null) return by();
    if (l.words <= 30 && REPORTED_FROM.test(t)) return by();
  }

  if (short && !l.quote) {
    if (PROMO_HINT.test(t)) for (const re of PROMO) if (re.test(t)) return bp('promo');
    if (t.includes('@') && EMAIL.test(t)) {
      const m = NAME_CREDIT.exec(t);
      if (m && (JOB.test(m[2] ?? '') || EMAIL.test(m[2] ?? ''))) return by();
      // Contact lines and scraped footers; a sentence that merely cites an address stays prose.
      if (!l.sentenceEnd || l.words <= 8 || EMAIL_GLUED.test(t) || EMAIL_CONTACT.test(t)) return bp('email');
    }
    if (isDateLine(t)) return bp('date');
    // '>' is only ever a breadcrumb; '/' and '|' need three items ("News / World / Europe").
    if (!l.sentenceEnd && BREADCRUMB.test(t) && (/[>›»]/.test(t) || (t.match(/\s[/|]\s/g)?.length ?? 0) >= 2)) return bp('menu');
    if (l.words <= 8 && outletNamedBy(t)) return bp('outlet');
    if (!l.sentenceEnd && l.words <= 14) {
      const m = NAME_CREDIT.exec(t);
      // "Jane Doe, Staff Writer" / "Jane Doe | Reuters": a name, then a job title or an outlet.
      if (m && (JOB.test(m[2] ?? '') || outletNamedBy(m[2] ?? ''))) return by();
      // "Semiconductor Week staff": the outlet's staff credit.
      if (l.words <= 6 && /(?:staff|writers?|reporters?|desk|newsroom)$/.test(t) && /^(?:[Bb]y\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?:staff|staff writers?|staff reporters?|news desk|newsroom)$/u.test(t)) return by();
      // "Special Correspondent", "Staff Reporter": a credit without a name.
      if (l.words <= 4 && JOB.test(t) && /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(t)) return by();
    }
  }
  return null;
}
