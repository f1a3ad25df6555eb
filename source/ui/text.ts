// Lines as styled segments, measured in terminal cells (string-width ships with Ink).
// The TUI lays out every line itself, so Ink never wraps or reflows anything.
import stringWidth from 'string-width';
import type { Token } from './theme.ts';

export interface Segment {
  text: string;
  tok?: Token;
  /** Explicit colour (speaker colours); ignored without colour. */
  color?: string;
  /** Reader only: index of the statement mark this text belongs to. */
  mark?: number;
}
export type Line = Segment[];

// Characters that always take one cell: ASCII, Latin, Greek, Cyrillic, general punctuation
// (’ “ ” — …), arrows, control pictures (␛), box drawing and most geometric shapes (▶ │ █).
// Most article text is only these, so string-width (slow, grapheme-aware) is rarely needed.
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f\u2190-\u21ff\u2400-\u243f\u2500-\u25fc]*$/;
const cache = new Map<string, number>();

/** Terminal cells taken by a string (wide CJK = 2, combining marks = 0). */
export function cellWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let w = cache.get(text);
  if (w === undefined) {
    w = stringWidth(text);
    if (cache.size > 20000) cache.clear();
    cache.set(text, w);
  }
  return w;
}

export function lineWidth(line: Line): number {
  let w = 0;
  for (const s of line) w += cellWidth(s.text);
  return w;
}

/** Cut a string to at most `width` cells, ending with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (cellWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = cellWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** "1 quote", "2 quotes": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`, format: (n: number) => string = String): string {
  return `${format(n)} ${n === 1 ? one : many}`;
}

/** Keep the end of a string in at most `width` cells, starting with … when something was cut. */
export function truncateStart(text: string, width: number): string {
  if (width <= 0) return '';
  if (cellWidth(text) <= width) return text;
  const chars = Array.from(text);
  let out = '';
  let w = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = cellWidth(chars[i]!);
    if (w + cw > width - 1) break;
    out = chars[i]! + out;
    w += cw;
  }
  return '…' + out;
}

/** Cut a line of segments to `width` cells. */
export function truncateLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line;
  const out: Line = [];
  let left = width;
  for (const s of line) {
    const w = cellWidth(s.text);
    if (w < left) {
      out.push(s);
      left -= w;
      continue;
    }
    out.push({ ...s, text: truncate(s.text, left) });
    break;
  }
  return out;
}

/** Truncate then pad with spaces to exactly `width` cells. */
export function fitLine(line: Line, width: number): Line {
  const cut = truncateLine(line, width);
  const w = lineWidth(cut);
  return w < width ? [...cut, { text: ' '.repeat(width - w) }] : cut;
}

export function pad(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/**
 * Word-wrap styled segments to `width` cells. Lines break only at spaces (a word may
 * span several segments, e.g. "NATO" + "[-.-]"); spaces at a break are dropped; a word
 * wider than the line is cut hard. Linear in the text length.
 */
export function wrapLine(segments: Line, width: number): Line[] {
  const w = Math.max(1, width);
  // Words as lists of styled parts, each followed by the spaces after it.
  type Part = { seg: Segment; text: string; w: number };
  const words: { parts: Part[]; w: number; space: Part | null }[] = [];
  let word: Part[] = [];
  let wordW = 0;
  const endWord = (space: Part | null): void => {
    if (word.length || space) words.push({ parts: word, w: wordW, space });
    word = [];
    wordW = 0;
  };
  for (const seg of segments) {
    for (const piece of seg.text.split(/( +)/)) {
      if (!piece) continue;
      if (piece[0] === ' ') endWord({ seg, text: piece, w: piece.length });
      else {
        const pw = cellWidth(piece);
        word.push({ seg, text: piece, w: pw });
        wordW += pw;
      }
    }
  }
  endWord(null);

  const lines: Line[] = [];
  let cur: Line = [];
  let used = 0;
  const push = (seg: Segment, text: string, cw: number): void => {
    const last = cur[cur.length - 1];
    if (last && last.tok === seg.tok && last.color === seg.color && last.mark === seg.mark) last.text += text;
    else cur.push({ ...seg, text });
    used += cw;
  };
  const breakLine = (): void => {
    // Trailing spaces are invisible and would only widen the line.
    const last = cur[cur.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    lines.push(cur.filter((x) => x.text.length > 0));
    cur = [];
    used = 0;
  };
  for (const { parts, w: ww, space } of words) {
    if (ww > 0 && used + ww > w && used > 0) breakLine();
    for (const part of parts) {
      if (used + part.w <= w) {
        push(part.seg, part.text, part.w);
        continue;
      }
      // Only a word longer than a whole line gets here: cut it character by character.
      for (const ch of part.text) {
        const c = cellWidth(ch);
        if (used + c > w && used > 0) breakLine();
        push(part.seg, ch, c);
      }
    }
    if (space && used > 0) {
      const cw = Math.min(space.w, w - used);
      if (cw > 0) push(space.seg, ' '.repeat(cw), cw);
    }
  }
  if (cur.length || lines.length === 0) breakLine();
  return lines;
}
