// Pure view-model builders: Corpus data + a width -> lines of styled segments. The
// reducer uses the same layouts to clamp scrolling, so what it moves is what is drawn.
import type { SearchHit } from '../search/index.ts';
import type { ActorKind } from '../types.ts';
import { alsoIn, articleOf, crossLinkOf, sourceName, type CorpusModel, type SpeakerKey } from './model.ts';
import { oneLine, sanitizeForTerminal } from './sanitize.ts';
import { cellWidth, plural, truncate, truncateLine, wrapLine, type Line, type Segment } from './text.ts';
import type { Token } from './theme.ts';

/** Where Enter leads from a row. */
export type Target =
  | { kind: 'actor'; key: SpeakerKey }
  | { kind: 'statement'; article: string; statement: string | null; start: number };

export interface Item {
  line: number;
  height: number;
  target: Target;
}

/** Lines plus the selectable items they contain. */
export interface ItemLayout {
  lines: Line[];
  items: Item[];
}

export interface Geometry {
  cols: number;
  rows: number;
  /** Lines between the header and the status bar. */
  bodyH: number;
  leftW: number;
  /** The right pane, its left border included. */
  rightW: number;
  /** Text width inside the right pane: minus the border and a one-space margin. */
  detailW: number;
  readerW: number;
}

export const MIN_COLS = 60;
export const MIN_ROWS = 15;

export function geometry(cols: number, rows: number): Geometry {
  // Header + body + status bar = rows - 1: a frame as tall as the terminal makes Ink clear the screen.
  const bodyH = Math.max(1, rows - 3);
  const leftW = Math.max(24, Math.min(56, Math.floor(cols * 0.38)));
  const rightW = Math.max(3, cols - leftW);
  return { cols, rows, bodyH, leftW, rightW, detailW: rightW - 2, readerW: Math.max(10, cols - 2) };
}

function memo<T>(model: CorpusModel, key: string, build: () => T): T {
  const hit = model.memo.get(key);
  if (hit !== undefined) return hit as T;
  const value = build();
  // Bounded: layouts are per article and width; old ones are dropped first.
  if (model.memo.size > 64) model.memo.delete(model.memo.keys().next().value as string);
  model.memo.set(key, value);
  return value;
}

/** Render a wrapped block and append it, returning its first line. */
function pushWrapped(lines: Line[], segments: Line, width: number, maxLines = Infinity, indent = 0): number {
  const first = lines.length;
  const wrapped = wrapLine(segments, width - indent);
  if (indent) for (const l of wrapped) l.unshift({ text: ' '.repeat(indent) });
  if (wrapped.length > maxLines) {
    const kept = wrapped.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = truncateLine([...last, { text: ' …' }], width);
    lines.push(...kept);
  } else lines.push(...wrapped);
  return first;
}

export function speakerSegment(name: string | null, color: (n: string) => string | undefined): Segment {
  if (!name) return { text: 'unattributed', tok: 'dim' };
  const text = oneLine(name);
  return { text, tok: 'speaker', color: color(name) };
}

// ---------------------------------------------------------------- explorer

/** Two lines per article: title, then source, quotes and shared statements. */
export const ARTICLE_ROW_H = 2;

export function articleRows(model: CorpusModel, first: number, count: number, width: number, selected: number, focused: boolean): Line[] {
  const lines: Line[] = [];
  for (let i = first; i < Math.min(model.articles.length, first + count); i++) {
    const a = model.articles[i]!;
    const sel = i === selected;
    const gutter = sel ? '▶ ' : '  ';
    const shared = model.shared.get(a.id) ?? 0;
    // Counts first, so a narrow pane cuts the outlet rather than the numbers.
    const meta: Line = [{ text: `  ${a.quotes.length} quote${a.quotes.length === 1 ? '' : 's'}`, tok: 'dim' }];
    if (shared > 0) meta.push({ text: `, ${shared} shared`, tok: 'badge' });
    meta.push({ text: ` · ${oneLine(sourceName(a))}`, tok: 'dim' });
    const title: Line = [{ text: gutter, tok: sel ? 'badge' : undefined }, { text: oneLine(a.title || a.path), tok: 'title' }];
    for (const line of [title, meta]) {
      const fitted = truncateLine(line, width);
      lines.push(sel && focused ? selectLine(fitted, width, false) : fitted);
    }
  }
  return lines;
}

/** A selected row: inverse across the whole width. */
export function selectLine(line: Line, width: number, marker = true): Line {
  // A ▶ in the first column keeps the selection visible without colour or inverse video.
  const joined = line.map((s) => s.text).join('');
  const text = marker ? joined.replace(/^ /, '▶') : joined;
  const cut = truncate(text, width);
  return [{ text: cut + ' '.repeat(Math.max(0, width - cellWidth(cut))), tok: 'selected' }];
}

const KIND_LABEL: Record<ActorKind, string> = { person: 'People', organization: 'Organisations', place: 'Places' };

/** The right pane: metadata, actors grouped by kind, quotes with "also in N" badges. */
export function detailLayout(model: CorpusModel, articleId: string, width: number, color: (n: string) => string | undefined): ItemLayout {
  return memo(model, `detail ${articleId} ${width} ${color('x') ?? ''}`, () => {
    const a = articleOf(model, articleId);
    const lines: Line[] = [];
    const items: Item[] = [];
    if (!a) return { lines, items };
    pushWrapped(lines, [{ text: oneLine(a.title || a.path), tok: 'title' }], width, 3);
    const meta = [a.outlet, a.byline ? `by ${a.byline}` : null, a.dateline, a.date].filter((x): x is string => !!x).map(oneLine);
    pushWrapped(lines, [{ text: meta.length ? meta.join(' · ') : 'no outlet, byline or dateline found', tok: 'dim' }], width, 2);
    lines.push([{ text: truncate(oneLine(a.path), width), tok: 'dim' }]);
    lines.push([]);
    lines.push([{ text: `Actors (${a.actors.length})`, tok: 'heading' }]);
    for (const kind of ['person', 'organization', 'place'] as const) {
      const actors = a.actors.filter((x) => x.kind === kind).sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
      if (!actors.length) continue;
      lines.push([{ text: ` ${KIND_LABEL[kind]}`, tok: 'dim' }]);
      for (const actor of actors) {
        items.push({ line: lines.length, height: 1, target: { kind: 'actor', key: model.actorById.has(actor.id) ? { actor: actor.id } : { name: actor.name } } });
        lines.push(truncateLine([{ text: `   ${oneLine(actor.name)}` }, { text: ` ×${actor.mentions}`, tok: 'dim' }], width));
      }
    }
    if (!a.actors.length) lines.push([{ text: ' none found', tok: 'dim' }]);
    lines.push([]);
    lines.push([{ text: `Quotes (${a.quotes.length})`, tok: 'heading' }]);
    for (const q of a.quotes) {
      const statement = model.statementOfQuote.get(q.id) ?? null;
      const n = alsoIn(model, statement);
      // The badge goes before the text so a cut-off quote still shows it.
      const segs: Line = [speakerSegment(q.speaker, color)];
      if (n > 0) segs.push({ text: ` (also in ${n})`, tok: 'badge' });
      segs.push({ text: ': ' }, { text: oneLine(q.text), tok: 'quote' });
      const first = pushWrapped(lines, segs, width, 3, 2);
      items.push({ line: first, height: lines.length - first, target: { kind: 'statement', article: a.id, statement, start: q.start } });
    }
    if (!a.quotes.length) lines.push([{ text: ' none found', tok: 'dim' }]);
    return { lines, items };
  });
}

// ---------------------------------------------------------------- reader

export interface ReaderLayout {
  lines: Line[];
  /** First and last line of each mark (undefined when the mark sits in hidden text). */
  markFirst: (number | undefined)[];
  markLast: (number | undefined)[];
}

interface Range {
  start: number;
  end: number;
  tok: Token | undefined;
  color?: string;
  mark?: number;
  /** Higher paints over lower: speaker names over quotes over reported sentences. */
  pri: number;
}

/**
 * Overlapping ranges (a quote inside a reported sentence, a speaker inside a quote) as
 * disjoint pieces, each taking the topmost range (highest priority, then innermost).
 */
function paint(ranges: Range[]): Range[] {
  const points = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((x, y) => x - y);
  const byStart = [...ranges].sort((x, y) => x.start - y.start);
  const out: Range[] = [];
  let active: Range[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    active = active.filter((r) => r.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) {
      if (byStart[next]!.end > from) active.push(byStart[next]!);
      next++;
    }
    let best: Range | undefined;
    for (const r of active) if (!best || r.pri > best.pri || (r.pri === best.pri && r.start >= best.start)) best = r;
    if (!best) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.mark === best.mark && last.tok === best.tok && last.color === best.color) last.end = to;
    else out.push({ ...best, start: from, end: to });
  }
  return out;
}

/** The cleaned article wrapped to `width`: title and content blocks, boilerplate hidden. */
export function readerLayout(model: CorpusModel, articleId: string, width: number, color: (n: string) => string | undefined): ReaderLayout {
  return memo(model, `reader ${articleId} ${width} ${color('x') ?? ''}`, () => {
    const a = articleOf(model, articleId);
    const marks = model.marks(articleId);
    const layout: ReaderLayout = { lines: [], markFirst: new Array(marks.length), markLast: new Array(marks.length) };
    if (!a) return layout;
    const ranges: Range[] = [];
    marks.forEach((m, i) => {
      // Reported speech nobody else carries stays plain until it is the current statement.
      const tok: Token | undefined = m.kind === 'quote' ? 'quote' : m.linked ? 'reported' : undefined;
      ranges.push({ start: m.start, end: m.end, tok, mark: i, pri: m.kind === 'quote' ? 1 : 0 });
    });
    for (const q of a.quotes) {
      if (q.speakerSpan && q.speaker) ranges.push({ start: q.speakerSpan.start, end: q.speakerSpan.end, tok: 'speaker', color: color(q.speaker), pri: 2 });
    }
    const flat = paint(ranges);
    const { lines } = layout;
    let ri = 0;
    let gap = false;
    for (const b of a.blocks) {
      if (b.kind === 'blank') {
        gap = lines.length > 0;
        continue;
      }
      // Title and content only: byline, front matter and boilerplate are metadata or noise.
      if (b.kind !== 'title' && b.kind !== 'content') continue;
      if (gap) lines.push([]);
      gap = b.kind === 'title'; // a title stands apart
      const segs: Line = [];
      const base: Token | undefined = b.kind === 'title' ? 'title' : undefined;
      const plain = (from: number, to: number): void => {
        if (to > from) segs.push({ text: sanitizeForTerminal(a.text.slice(from, to)), tok: base });
      };
      while (ri < flat.length && flat[ri]!.end <= b.start) ri++;
      let cursor = b.start;
      for (let j = ri; j < flat.length && flat[j]!.start < b.end; j++) {
        const r = flat[j]!;
        const from = Math.max(r.start, b.start);
        const to = Math.min(r.end, b.end);
        plain(cursor, from);
        if (to > from) segs.push({ text: sanitizeForTerminal(a.text.slice(from, to)), tok: r.tok, color: r.color, mark: r.mark });
        cursor = Math.max(cursor, to);
      }
      plain(cursor, b.end);
      for (const line of wrapLine(segs, width)) {
        const at = lines.length;
        for (const s of line) {
          if (s.mark === undefined) continue;
          if (layout.markFirst[s.mark] === undefined) layout.markFirst[s.mark] = at;
          layout.markLast[s.mark] = at;
        }
        lines.push(line);
      }
    }
    return layout;
  });
}

// ---------------------------------------------------------------- search

export const HIT_H = 2;

type Indices = [number, number][];

/** Mark matched characters; indices are inclusive pairs as fuse.js gives them. */
function highlight(text: string, indices: Indices, tok: Token | undefined, color?: string): Line {
  const out: Line = [];
  let cursor = 0;
  for (const [s, e] of [...indices].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(cursor, s);
    const to = Math.min(text.length, e + 1);
    if (to <= from) continue;
    if (from > cursor) out.push({ text: oneLine(text.slice(cursor, from)), tok, color });
    out.push({ text: oneLine(text.slice(from, to)), tok: 'match' });
    cursor = to;
  }
  if (cursor < text.length) out.push({ text: oneLine(text.slice(cursor)), tok, color });
  return out;
}

/** When the index gives no match ranges, find the query's words ourselves. */
function fallbackIndices(text: string, query: string): Indices {
  const lower = text.toLowerCase();
  const out: Indices = [];
  for (const raw of query.toLowerCase().split(/\s+/)) {
    const term = raw.replace(/^[!'^=]+|\$$/g, '');
    if (!term || raw.startsWith('!')) continue;
    for (let i = lower.indexOf(term); i >= 0 && out.length < 50; i = lower.indexOf(term, i + term.length)) out.push([i, i + term.length - 1]);
  }
  return out;
}

export function hitRows(model: CorpusModel, hits: SearchHit[], query: string, first: number, count: number, width: number, selected: number, color: (n: string) => string | undefined): Line[] {
  const lines: Line[] = [];
  for (let i = first; i < Math.min(hits.length, first + count); i++) {
    const hit = hits[i]!;
    const s = hit.statement;
    const a = articleOf(model, s.article);
    const field = (f: string): Indices => hit.matches.find((m) => m.field === f)?.indices ?? [];
    const sel = i === selected;
    const head: Line = [{ text: sel ? '▶ ' : '  ', tok: 'badge' }];
    if (s.speaker) head.push(...highlight(s.speaker, field('speaker'), 'speaker', color(s.speaker)));
    else head.push({ text: s.kind === 'reported' ? 'reported' : 'unattributed', tok: 'dim' });
    const n = alsoIn(model, s.id);
    if (n > 0) head.push({ text: `  also in ${n}`, tok: 'badge' });
    if (a) {
      head.push({ text: ' · ', tok: 'dim' });
      if (a.outlet) head.push(...highlight(a.outlet, field('outlet'), 'dim'), { text: ' · ', tok: 'dim' });
      head.push(...highlight(a.title || a.path, field('title'), 'dim'));
    }
    let textIdx = field('text');
    if (!hit.matches.length) textIdx = fallbackIndices(s.text, query);
    // Show the text around its first match when the match would fall off the line.
    let text = s.text;
    const firstMatch = textIdx.length ? Math.min(...textIdx.map((p) => p[0])) : 0;
    const room = width - 4;
    let lead = '';
    if (firstMatch > room * 0.6) {
      const cut = firstMatch - Math.floor(room * 0.3);
      text = text.slice(cut);
      textIdx = textIdx.map(([x, y]): [number, number] => [x - cut, y - cut]).filter(([, y]) => y >= 0);
      lead = '…';
    }
    const body: Line = [{ text: `    ${lead}` }, ...highlight(text, textIdx, 'quote')];
    lines.push(truncateLine(head, width), truncateLine(body, width));
    if (sel) {
      lines[lines.length - 2] = selectLine(lines[lines.length - 2]!, width);
    }
  }
  return lines;
}

// ---------------------------------------------------------------- compare

/** Every version of a linked statement, stacked: source, speaker as attributed, word diff. */
export function compareLayout(model: CorpusModel, linkId: string, width: number, color: (n: string) => string | undefined, markers: boolean): ItemLayout {
  return memo(model, `compare ${linkId} ${width} ${color('x') ?? ''} ${markers}`, () => {
    const link = model.linkById.get(linkId);
    const lines: Line[] = [];
    const items: Item[] = [];
    if (!link) return { lines, items };
    const sources = new Set(link.members.map((m) => m.article)).size;
    lines.push([{ text: `${plural(link.members.length, 'version')} in ${plural(sources, 'source')} · ${link.kind} · similarity ${Math.round(link.score * 100)}%`, tok: 'heading' }]);
    lines.push([]);
    link.members.forEach((m, i) => {
      const a = articleOf(model, m.article);
      const first = lines.length;
      lines.push(truncateLine([{ text: ` ${i + 1}. `, tok: 'badge' }, { text: oneLine(a ? sourceName(a) : m.article), tok: 'title' }, { text: `  ${oneLine(a?.title ?? '')}`, tok: 'dim' }], width));
      const q = m.quote ? model.quoteById.get(m.quote) : undefined;
      const who: Line = [{ text: '    ' }, speakerSegment(m.speaker, color)];
      if (q?.speakerMention && q.speakerMention !== m.speaker) who.push({ text: `  as written: “${oneLine(q.speakerMention)}”`, tok: 'dim' });
      if (q?.verb) who.push({ text: `  (${oneLine(q.verb)})`, tok: 'dim' });
      lines.push(truncateLine(who, width));
      const body: Line = [];
      // A word diff helps when most words are shared; for a rewording it is noise.
      const same = m.diff.reduce((n, p) => n + (p.op === 'same' ? p.text.length : 0), 0);
      const useful = m.diff.length > 0 && same >= 0.5 * m.text.length;
      if (i === 0 || !useful) body.push({ text: oneLine(m.text), tok: 'quote' });
      if (i > 0 && m.diff.length && !useful) body.push({ text: '  (reworded: no word diff)', tok: 'dim' });
      if (i > 0 && useful) {
        for (const part of m.diff) {
          const text = oneLine(part.text);
          if (part.op === 'same') body.push({ text });
          // Without colour, wdiff-style markers keep additions and deletions readable.
          else if (part.op === 'add') body.push({ text: markers ? `{+${text}+}` : text, tok: 'diffAdd' });
          else body.push({ text: markers ? `[-${text}-]` : text, tok: 'diffDel' });
        }
      }
      pushWrapped(lines, body, width, Infinity, 4);
      items.push({ line: first, height: lines.length - first, target: { kind: 'statement', article: m.article, statement: m.statement, start: m.start } });
      lines.push([]);
    });
    return { lines, items };
  });
}

// ---------------------------------------------------------------- actor focus

export function speakerTitle(model: CorpusModel, key: SpeakerKey): string {
  if ('name' in key) return key.name;
  return model.actorById.get(key.actor)?.name ?? key.actor;
}

/** All statements of one speaker across sources, grouped by cross-source link. */
export function actorLayout(model: CorpusModel, key: SpeakerKey, width: number, color: (n: string) => string | undefined): ItemLayout {
  const k = 'name' in key ? `n:${key.name}` : `a:${key.actor}`;
  return memo(model, `actor ${k} ${width} ${color('x') ?? ''}`, () => {
    const lines: Line[] = [];
    const items: Item[] = [];
    const name = speakerTitle(model, key);
    lines.push([{ text: oneLine(name), tok: 'title', color: color(name) }]);
    const actor = 'actor' in key ? model.actorById.get(key.actor) : undefined;
    if (actor) {
      lines.push(truncateLine([{ text: `${actor.kind} · ${plural(actor.mentions, 'mention')} in ${plural(actor.articles.length, 'article')}`, tok: 'dim' }], width));
      if (actor.aliases.length) pushWrapped(lines, [{ text: `also written: ${actor.aliases.map(oneLine).join(', ')}`, tok: 'dim' }], width, 2);
    }
    const statements = model.statementsOfSpeaker(key);
    const groups = new Map<string, { link: string | null; ids: string[] }>();
    for (const s of statements) {
      const link = crossLinkOf(model, s.id);
      const gk = link ? link.id : `solo ${s.id}`;
      const g = groups.get(gk);
      if (g) g.ids.push(s.id);
      else groups.set(gk, { link: link?.id ?? null, ids: [s.id] });
    }
    lines.push([{ text: `${statements.length} statement${statements.length === 1 ? '' : 's'}`, tok: 'heading' }]);
    if (!statements.length) lines.push([{ text: ' none found', tok: 'dim' }]);
    const ordered = [...groups.values()].sort((x, y) => Number(!!y.link) - Number(!!x.link));
    const row = (article: string, statement: string | null, text: string, start: number, speaker: string | null): void => {
      const a = articleOf(model, article);
      const segs: Line = [{ text: '   ' }, { text: oneLine(a ? sourceName(a) : article), tok: 'dim' }, { text: ': ' }, { text: oneLine(text), tok: 'quote' }];
      if (speaker && speaker !== name) segs.push({ text: `  (attributed to ${oneLine(speaker)})`, tok: 'dim' });
      items.push({ line: lines.length, height: 1, target: { kind: 'statement', article, statement, start } });
      lines.push(truncateLine(segs, width));
    };
    for (const g of ordered) {
      lines.push([]);
      const link = g.link ? model.linkById.get(g.link) : undefined;
      if (link) {
        const sources = new Set(link.members.map((m) => m.article)).size;
        lines.push(truncateLine([{ text: ` carried by ${sources} sources `, tok: 'badge' }, { text: oneLine(link.members[0]?.text ?? ''), tok: 'dim' }], width));
        for (const m of link.members) row(m.article, m.statement, m.text, m.start, m.speaker);
      } else {
        const s = model.statementById.get(g.ids[0]!)!;
        row(s.article, s.id, s.text, s.start, s.speaker);
      }
    }
    return { lines, items };
  });
}
