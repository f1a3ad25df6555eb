// Article text is untrusted: a file can carry escape sequences that would move the
// cursor, retitle the window, hide text or reorder it (bidi overrides). Everything the
// TUI prints goes through here first.

// Whole sequences are removed: CSI (ESC [ or 8-bit 0x9B), string sequences OSC/DCS/SOS/PM/APC
// (ESC ] P X ^ _ or 8-bit 0x9D 0x90 0x98 0x9E 0x9F) up to BEL/ST or the end of the text,
// and two-byte ESC sequences (ESC 7, ESC ( B ...).
const SEQUENCE =
  /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\x20-\x2f]*[\x30-\x7e]/g;
// Bidi embeddings, overrides, isolates and marks: they reorder what follows on screen.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Anything still a control character: C0 except LF, DEL, C1.
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\t') return ' ';
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛, ␇, ␍ ...
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd'; // C1
}

/**
 * Make untrusted text safe to print: escape sequences are removed, other control
 * characters become visible symbols (␛, ␍, …), bidi controls are dropped, tabs become
 * one space. Newlines are kept. Pure.
 */
export function sanitizeForTerminal(text: string): string {
  // Fast path: ordinary text has none of these characters.
  if (!/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(text)) return text;
  return text.replace(SEQUENCE, '').replace(BIDI, '').replace(CONTROL, visible);
}

/** Sanitised and on one line: newlines and runs of white space become one space. */
export function oneLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s*\n\s*/g, ' ');
}
