// Arrays of same-shaped records stored as one key list plus value rows: the JSON has no
// repeated key names, and parsing arrays is cheaper than parsing objects. Exact for plain
// JSON values; arrays whose records differ in keys are stored as they are.

export interface Packed {
  keys: string[];
  rows: unknown[][];
}

export function packRows(items: readonly object[]): Packed | readonly object[] {
  const first = items[0];
  if (!first) return items;
  const keys = Object.keys(first);
  const rows: unknown[][] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const o = items[i] as Record<string, unknown>;
    const ks = Object.keys(o);
    if (ks.length !== keys.length) return items;
    const row = new Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      if (ks[k] !== keys[k]) return items;
      // undefined does not survive JSON inside an array (it becomes null): keep the objects.
      if (o[keys[k]!] === undefined) return items;
      row[k] = o[keys[k]!];
    }
    rows[i] = row;
  }
  return { keys, rows };
}

/** Inverse of packRows; null when the value is neither a packed table nor an array of objects. */
export function unpackRows(v: unknown): Record<string, unknown>[] | null {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x)) ? (v as Record<string, unknown>[]) : null;
  if (typeof v !== 'object' || v === null) return null;
  const { keys, rows } = v as Partial<Packed>;
  if (!Array.isArray(keys) || !Array.isArray(rows) || !keys.every((k) => typeof k === 'string')) return null;
  const out: Record<string, unknown>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== keys.length) return null;
    const o: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) o[keys[k]!] = row[k];
    out[i] = o;
  }
  return out;
}
