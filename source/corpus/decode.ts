// Bytes -> Article.text: the decoded file with its BOM removed and CRLF/CR turned into LF.
// Anything that is not plausibly a text article (binary, undecodable, empty) is refused
// with a short reason, so the loader can skip it with a warning instead of failing.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** C0 controls other than tab, LF, VT, FF, CR, plus DEL: never in real prose. */
function controlCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) n++;
  }
  return n;
}

/** CRLF and lone CR -> LF; nothing else is rewritten, so offsets stay meaningful. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Decodes one file. UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM are accepted;
 * NUL bytes or many control characters mean binary; invalid UTF-8 is refused rather than
 * guessed at, because a wrong guess would silently corrupt quotes.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes.subarray(2));
    else {
      // A NUL byte never occurs in UTF-8 text; it is the cheapest binary signal.
      if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (NUL bytes)' };
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      text = utf8.decode(bom ? bytes.subarray(bom) : bytes);
    }
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (and no UTF-16 byte-order mark)' };
  }
  if (text.includes('\0')) return { ok: false, reason: 'binary file (NUL characters)' };
  const controls = controlCount(text);
  // A stray form feed or escape is tolerated; a few percent of controls is binary data.
  if (controls > 8 && controls > text.length * 0.005) return { ok: false, reason: 'binary file (control characters)' };
  if (!/\S/.test(text)) return { ok: false, reason: 'empty file' };
  return { ok: true, text: maskControls(normalizeNewlines(text)) };
}

// Terminal escape sequences (CSI, OSC, two-byte ESC) and other control characters.
const CONTROL_RUNS = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\-_])?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Escape sequences and control characters in article text become spaces of the same length:
 * no name or quote ever carries "\x1b[31m", and every offset still points at the file's text.
 */
export function maskControls(text: string): string {
  CONTROL_RUNS.lastIndex = 0;
  return CONTROL_RUNS.test(text) ? text.replace(CONTROL_RUNS, (m) => ' '.repeat(m.length)) : text;
}

/** A file the loader refuses; the message is the one-line reason ("binary file (NUL bytes)"). */
export class SkipFileError extends Error {
  override name = 'SkipFileError';
}

/** decodeBytes for pipelines that report failures as exceptions: the text, or throws SkipFileError. */
export function decodeOrThrow(bytes: Uint8Array): string {
  const d = decodeBytes(bytes);
  if (!d.ok) throw new SkipFileError(d.reason);
  return d.text;
}

/** The same sequences dropped outright (for a CSV cell or a file name, where no offset matters). */
export function stripControls(text: string): string {
  return text.replace(CONTROL_RUNS, '');
}
