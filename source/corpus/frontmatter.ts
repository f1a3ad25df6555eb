// YAML-ish front matter at the very top of a file, between two `---` lines:
//
//   ---
//   title: "Talks stall"
//   outlet: Reuters
//   author: [Jane Doe, John Roe]
//   date: 2025-11-18
//   ---
//
// Only flat `key: value` pairs (plus `- item` lists) are read: that is all news exports
// use, and a full YAML parser would be a dependency for no gain.

export interface FrontMatter {
  /** Offset just past the closing delimiter line (its newline included when present). */
  end: number;
  /** Number of lines it spans, delimiters included. */
  lineCount: number;
  /** Lower-cased keys; list values joined with ", ". */
  fields: Map<string, string>;
}

const KEY_VALUE = /^([A-Za-z_][\w .-]*?)\s*:(?:\s+(.*?))?\s*$/;
const LIST_ITEM = /^\s+-\s+(.*?)\s*$|^-\s+(.*?)\s*$/;
/** Real front matter is short; a `---` rule at the top of prose is not front matter. */
const MAX_LINES = 200;

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    const inner = v.slice(1, -1);
    return v[0] === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
  }
  // A trailing " # comment" is YAML syntax, not part of the value.
  return v.replace(/\s+#.*$/, '');
}

function inlineList(v: string): string | null {
  const m = /^\[(.*)\]$/.exec(v.trim());
  if (!m) return null;
  return (m[1] ?? '')
    .split(',')
    .map((s) => unquote(s))
    .filter(Boolean)
    .join(', ');
}

/** Parses front matter at offset 0 of text (already LF-normalised), or returns null. */
export function parseFrontMatter(text: string): FrontMatter | null {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const fields = new Map<string, string>();
  let pos = text.indexOf('\n') + 1;
  let lastKey: string | null = null;
  let pairs = 0;
  for (let n = 1; n < MAX_LINES && pos <= text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    const next = nl === -1 ? text.length : nl + 1;
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) {
      if (!pairs) return null;
      return { end: next, lineCount: n + 1, fields };
    }
    if (!line.trim() || line.trimStart().startsWith('#')) {
      // blank or comment
    } else {
      const item = LIST_ITEM.exec(line);
      const kv = item ? null : KEY_VALUE.exec(line);
      if (item && lastKey) {
        const value = unquote(item[1] ?? item[2] ?? '');
        const prev = fields.get(lastKey);
        fields.set(lastKey, prev ? `${prev}, ${value}` : value);
      } else if (kv) {
        lastKey = (kv[1] ?? '').toLowerCase().trim();
        // `key: >` / `key: |` start a block scalar: its indented lines follow.
        const raw = /^[>|][-+]?$/.test(kv[2] ?? '') ? '' : (kv[2] ?? '');
        fields.set(lastKey, inlineList(raw) ?? unquote(raw));
        pairs++;
      } else if (/^\s/.test(line) && lastKey) {
        // folded continuation of the previous value
        const prev = fields.get(lastKey) ?? '';
        fields.set(lastKey, `${prev} ${unquote(line)}`.trim());
      } else {
        return null; // prose: this `---` was a rule, not front matter
      }
    }
    if (nl === -1) break;
    pos = next;
  }
  return null;
}

/** The first non-empty value among keys. */
export function field(fm: FrontMatter | null, ...keys: string[]): string | null {
  if (!fm) return null;
  for (const k of keys) {
    const v = fm.fields.get(k);
    if (v && v.trim() && !/^(null|~|none)$/i.test(v.trim())) return v.trim();
  }
  return null;
}
