// Finds direct quotations: spans of text between quotation marks, paragraph by paragraph.
// Handles curly, straight, guillemet and `''` double marks; British single-mark style;
// single-quoted headline quotes and scare quotes; nested quotes kept inside the outer one;
// quotes that run on into the next paragraph; and unbalanced marks, which never reach
// past their own paragraph.
import type { Article } from '../types.ts';

export interface QuoteSpan {
  /** Offsets of the text between the marks. */
  start: number;
  end: number;
  /** Offsets of the marks themselves (start of opening mark, end of closing mark, or paragraph end when unclosed). */
  outerStart: number;
  outerEnd: number;
  /** Index into the article's paragraph list (see paragraphsOf). */
  paragraph: number;
  /** The paragraph ended inside this quote and the next paragraph opens with a mark. */
  continues: boolean;
  /** This quote continues the last quote of the previous paragraph. */
  continued: boolean;
  /** No closing mark was found. */
  unclosed: boolean;
  marks: 'double' | 'single';
}

export interface Paragraph {
  start: number;
  end: number;
  isTitle: boolean;
}

/** The article's readable paragraphs (title and content lines), in order. */
export function paragraphsOf(article: Article): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of article.blocks) {
    if (b.kind !== 'content' && b.kind !== 'title') continue;
    out.push({ start: b.start, end: b.end, isTitle: b.kind === 'title' });
  }
  return out;
}

type Role = 'open' | 'close' | 'either';
interface Mark {
  pos: number;
  len: number;
  role: Role;
  curly: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const OPEN_CONTEXT = /[\s([{<\u2014\u2013\-/:;,]/u;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}>\u2014\u2013\-/…]/u;
const WORDISH = /[\p{L}\p{N}]/u;

/** Double quotation marks in text[from, to), each with the role its context suggests. */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (DOUBLE_OPEN.has(c)) {
      marks.push({ pos: i, len: 1, role: 'open', curly: true });
    } else if (DOUBLE_CLOSE.has(c)) {
      marks.push({ pos: i, len: 1, role: 'close', curly: true });
    } else if (c === '"' || (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      const len = c === '"' ? 1 : 2;
      const role: Role = c === '`' ? 'open' : contextRole(text, i, len, from, to);
      marks.push({ pos: i, len, role, curly: false });
      i += len - 1;
    } else if ((c === '‘' && text[i + 1] === '‘') || (c === '’' && text[i + 1] === '’')) {
      marks.push({ pos: i, len: 2, role: c === '‘' ? 'open' : 'close', curly: true });
      i += 1;
    }
  }
  return marks;
}

function contextRole(text: string, pos: number, len: number, from: number, to: number): Role {
  const before = pos > from ? text[pos - 1]! : ' ';
  const after = pos + len < to ? text[pos + len]! : ' ';
  const openish = OPEN_CONTEXT.test(before) && !/\s/.test(after);
  const closeish = !/\s/.test(before) && CLOSE_CONTEXT.test(after);
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  if (WORDISH.test(before) && !WORDISH.test(after)) return 'close';
  return 'either';
}

interface RawSpan {
  open: Mark;
  close: Mark | null;
  paragraph: number;
}

/** Pairs double marks inside one paragraph; returns closed spans and at most one trailing unclosed span. */
function pairDoubles(marks: Mark[], paragraph: number): RawSpan[] {
  const spans: RawSpan[] = [];
  let open: Mark | null = null;
  for (const m of marks) {
    if (!open) {
      if (m.role !== 'close') open = m;
      continue;
    }
    if (m.role === 'open' && m.curly) {
      // A new curly opening while one is open: the earlier mark was never closed.
      // Keep it only as an unclosed fragment if it is worth anything; start afresh.
      open = m;
      continue;
    }
    spans.push({ open, close: m, paragraph });
    open = null;
  }
  if (open) spans.push({ open, close: null, paragraph });
  return spans;
}

const SINGLE_OPEN_BEFORE = /[\s([{<\u2014\u2013\-/:"“]/u;
const SINGLE_CLOSE_AFTER = /[\s.,;:!?)\]}>\u2014\u2013\-"”…]/u;
const ELISIONS = /^(?:em|n|til|cause|tis|twas|s|d|ll|re|ve|m|\d0s|\d\ds)\b/i;

/**
 * Single-quoted spans in text[from, to): ‘like this’ or 'like this', skipping apostrophes.
 * When runsOn is set (the next paragraph opens with a single mark), a trailing opening
 * mark without a close becomes an unclosed span, and plural possessives never close.
 */
function singleSpans(text: string, from: number, to: number, paragraph: number, runsOn: boolean): RawSpan[] {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    if ((text[i + 1] === c) || (i > from && text[i - 1] === c)) continue; // '' pairs are double marks
    const before = i > from ? text[i - 1]! : ' ';
    const after = i + 1 < to ? text[i + 1]! : ' ';
    if (c !== '’' && SINGLE_OPEN_BEFORE.test(before) && WORDISH.test(after) && !(c === "'" && ELISIONS.test(text.slice(i + 1, i + 6)))) {
      opens.push(i);
    } else if (c !== '‘' && !/\s/.test(before) && (i + 1 >= to || SINGLE_CLOSE_AFTER.test(after)) && !/\s['’]\p{L}$/u.test(text.slice(i - 3, i))) {
      // (the last test skips the second mark of rock ’n’ roll)
      closes.push(i);
    }
  }
  // A plural possessive ("the kids' school") looks like a closing mark.
  const possessive = (k: number) => text[k - 1] === 's' && /^\s[a-z]/.test(text.slice(k + 1, k + 3));
  const spans: RawSpan[] = [];
  let ci = 0;
  for (let oi = 0; oi < opens.length; oi++) {
    const o = opens[oi]!;
    if (spans.length && (spans[spans.length - 1]!.close?.pos ?? to) > o) continue;
    while (ci < closes.length && closes[ci]! <= o + 1) ci++;
    let k = ci;
    // A run-on quote may hold a plural possessive; a short fragment inside a sentence
    // ("said the Government 'fully supports' the move") closes there instead.
    const fragment = (c: number) => o > from && text.slice(from, o).trim() !== '' && text.slice(o + 1, c).split(/\s+/).length <= 5;
    while (k < closes.length && possessive(closes[k]!) && ((runsOn && !fragment(closes[k]!)) || (k + 1 < closes.length && (oi + 1 >= opens.length || closes[k + 1]! < opens[oi + 1]!)))) k++;
    if (k >= closes.length) {
      if (runsOn && oi === opens.length - 1) {
        spans.push({ open: { pos: o, len: 1, role: 'open', curly: text[o] === '‘' }, close: null, paragraph });
      }
      break;
    }
    const close = closes[k]!;
    const inner = text.slice(o + 1, close);
    if ((inner.match(/\p{L}/gu)?.length ?? 0) < 2) continue;
    spans.push({
      open: { pos: o, len: 1, role: 'open', curly: text[o] === '‘' },
      close: { pos: close, len: 1, role: 'close', curly: text[close] === '’' },
      paragraph,
    });
    ci = k + 1;
  }
  return spans;
}

const inside = (inner: RawSpan, outer: RawSpan): boolean =>
  inner.open.pos > outer.open.pos && (outer.close ? inner.open.pos < outer.close.pos : true);

const startsWithOpeningMark = (text: string, p: Paragraph, single = false): boolean => {
  const head = text.slice(p.start, p.end).trimStart();
  return single ? /^['‘]\p{L}/u.test(head) : /^(?:[“„«‟"]|''|‘‘|``)/u.test(head);
};

/** Every direct quotation in the article, in reading order. */
export function findQuotes(article: Article): QuoteSpan[] {
  const { text } = article;
  const paragraphs = paragraphsOf(article);
  const doubles: RawSpan[] = [];
  const singles: RawSpan[] = [];
  paragraphs.forEach((p, i) => {
    doubles.push(...pairDoubles(doubleMarks(text, p.start, p.end), i));
    const next = paragraphs[i + 1];
    singles.push(...singleSpans(text, p.start, p.end, i, !!next && startsWithOpeningMark(text, next, true)));
  });

  // British house style uses single marks for quotations and double marks inside them.
  const closedDoubles = doubles.filter((s) => s.close).length;
  const british = singles.length >= 2 && singles.length > closedDoubles * 2;
  if (!british) for (let i = singles.length - 1; i >= 0; i--) if (!singles[i]!.close) singles.splice(i, 1);
  const primary = british ? singles : doubles;
  const secondary = british ? doubles : singles;
  const kept: RawSpan[] = [...primary];
  const primaryByParagraph = new Map<number, RawSpan[]>();
  for (const p of primary) {
    const list = primaryByParagraph.get(p.paragraph);
    if (list) list.push(p);
    else primaryByParagraph.set(p.paragraph, [p]);
  }
  for (const s of secondary) {
    if (!s.close) continue;
    if (!british && s.open.pos > 0 && /\p{L}/u.test(text[s.open.pos - 1] ?? '')) continue;
    if (primaryByParagraph.get(s.paragraph)?.some((p) => inside(s, p) || inside(p, s))) continue;
    kept.push(s);
  }
  const singleSet = new Set(singles);
  kept.sort((a, b) => a.open.pos - b.open.pos);

  const out: QuoteSpan[] = [];
  for (const s of kept) {
    const p = paragraphs[s.paragraph]!;
    const start = s.open.pos + s.open.len;
    let end = s.close ? s.close.pos : p.end;
    let continues = false;
    if (!s.close) {
      const next = paragraphs[s.paragraph + 1];
      continues = !!next && startsWithOpeningMark(text, next, singleSet.has(s));
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end - start < 2) continue;
    }
    const prev = out[out.length - 1];
    const continued = !!prev && prev.continues && prev.paragraph === s.paragraph - 1 &&
      text.slice(p.start, s.open.pos).trim() === '';
    out.push({
      start,
      end,
      outerStart: s.open.pos,
      outerEnd: s.close ? s.close.pos + s.close.len : p.end,
      paragraph: s.paragraph,
      continues,
      continued,
      unclosed: !s.close,
      marks: singleSet.has(s) ? 'single' : 'double',
    });
  }
  return out.filter((q) => q.end > q.start && /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}
