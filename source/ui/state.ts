// All navigation state and the one pure reducer every key goes through. Ink rebinds
// input handlers after each render, so nothing here may live in component closures.
import type { SearchHit } from '../search/index.ts';
import { bindingFor, PASTED, type Command, type ScreenKind } from './keys.ts';
import { actorLayout, ARTICLE_ROW_H, compareLayout, detailLayout, geometry, HIT_H, readerLayout, type ItemLayout, type Target } from './layout.ts';
import { crossLinkOf, otherSource, sameSpeaker, type CorpusModel, type SpeakerKey } from './model.ts';
import { helpLines } from './help.ts';

export type Screen =
  | { kind: 'explorer'; focus: 'list' | 'detail'; sel: number; scroll: number; dsel: number; dscroll: number }
  | { kind: 'reader'; article: string; scroll: number; mark: number | null }
  | {
      kind: 'search';
      query: string;
      seq: number;
      hits: SearchHit[];
      hitsSeq: number;
      sel: number;
      scroll: number;
      /** Enter was pressed before the answer to the current query came: open its first hit then. */
      enterPending?: boolean;
      /** Asked again because more of the corpus is analysed: the old hits stay, no "searching…". */
      refreshing?: boolean;
    }
  | { kind: 'compare'; link: string; sel: number; scroll: number }
  | { kind: 'actor'; key: SpeakerKey; sel: number; scroll: number }
  | { kind: 'help'; scroll: number };

export interface State {
  /** Screens as a stack: Esc pops. The explorer is always at the bottom. */
  stack: Screen[];
  cols: number;
  rows: number;
  /** One-line notice for the status bar, cleared by the next key. */
  flash: string | null;
  /** Search sequence numbers: a result is taken only if it answers the latest query. */
  seq: number;
  quit: boolean;
}

export type Action =
  | { type: 'keys'; keys: string[] }
  | { type: 'resize'; cols: number; rows: number }
  | { type: 'results'; seq: number; hits: SearchHit[] }
  /**
   * The corpus changed under the user (more articles analysed, or the full corpus with its
   * links): `from` is the model the state was built on; the reducer receiving this action
   * belongs to the new one and re-anchors every screen by id (article, statement, actor).
   */
  | { type: 'swap'; from: CorpusModel };

export interface ViewOptions {
  /** Speaker colour function of the theme (layouts are coloured per speaker). */
  color: (name: string) => string | undefined;
  /** Diff markers instead of colour. */
  markers: boolean;
}

export interface StartOptions {
  cols: number;
  rows: number;
  article?: string;
  search?: string;
  speaker?: SpeakerKey;
}

export function top(state: State): Screen {
  return state.stack[state.stack.length - 1]!;
}

export function initialState(model: CorpusModel, start: StartOptions): State {
  const index = start.article ? (model.articleIndex.get(start.article) ?? 0) : 0;
  const explorer: Screen = { kind: 'explorer', focus: 'list', sel: index, scroll: 0, dsel: 0, dscroll: 0 };
  let state: State = { stack: [explorer], cols: start.cols, rows: start.rows, flash: null, seq: 0, quit: false };
  state = withTop(state, ensureListVisible(state, explorer));
  if (start.article) state = push(state, { kind: 'reader', article: start.article, scroll: 0, mark: null });
  if (start.speaker) state = push(state, { kind: 'actor', key: start.speaker, sel: 0, scroll: 0 });
  if (start.search !== undefined) state = openSearch(state, start.search);
  return state;
}

const push = (state: State, screen: Screen): State => ({ ...state, stack: [...state.stack, screen] });
const pop = (state: State): State => (state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state);
const withTop = (state: State, screen: Screen): State => ({ ...state, stack: [...state.stack.slice(0, -1), screen] });
const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

function openSearch(state: State, query: string): State {
  const seq = state.seq + 1;
  return push({ ...state, seq }, { kind: 'search', query, seq, hits: [], hitsSeq: query ? -1 : seq, sel: 0, scroll: 0 });
}

function ensureListVisible(state: State, s: Extract<Screen, { kind: 'explorer' }>): Screen {
  const per = Math.max(1, Math.floor(geometry(state.cols, state.rows).bodyH / ARTICLE_ROW_H));
  let scroll = s.scroll;
  if (s.sel < scroll) scroll = s.sel;
  if (s.sel >= scroll + per) scroll = s.sel - per + 1;
  return { ...s, scroll: Math.max(0, scroll) };
}

/** Scroll so item `sel` is fully visible (or starts the view when taller than it). */
function scrollTo(layout: ItemLayout, sel: number, scroll: number, height: number): number {
  const item = layout.items[sel];
  if (!item) return clamp(scroll, 0, Math.max(0, layout.lines.length - height));
  if (item.line < scroll) return item.line;
  if (item.line + item.height > scroll + height) return Math.max(0, Math.min(item.line, item.line + item.height - height));
  return scroll;
}

/** Move a selection over items: by one, by a page, or to either end. */
function moveItems(layout: ItemLayout, sel: number, scroll: number, height: number, cmd: Command): { sel: number; scroll: number } {
  const n = layout.items.length;
  if (n === 0) {
    const max = Math.max(0, layout.lines.length - height);
    const delta = cmd === 'down' ? 1 : cmd === 'up' ? -1 : cmd === 'pageDown' ? height : cmd === 'pageUp' ? -height : cmd === 'top' ? -Infinity : Infinity;
    return { sel: 0, scroll: clamp(scroll + delta, 0, max) };
  }
  let next = sel;
  if (cmd === 'down') next = sel + 1;
  else if (cmd === 'up') next = sel - 1;
  else if (cmd === 'top') next = 0;
  else if (cmd === 'bottom') next = n - 1;
  else {
    // A page: the first item past one screen of lines from here.
    const from = layout.items[sel]?.line ?? 0;
    const want = cmd === 'pageDown' ? from + height : from - height;
    next = cmd === 'pageDown' ? layout.items.findIndex((it) => it.line >= want) : findLastIndex(layout.items, (it) => it.line <= want);
    if (next < 0) next = cmd === 'pageDown' ? n - 1 : 0;
  }
  next = clamp(next, 0, n - 1);
  return { sel: next, scroll: scrollTo(layout, next, scroll, height) };
}

function findLastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}

export function makeReducer(model: CorpusModel, view: ViewOptions): (state: State, action: Action) => State {
  const g = (s: State) => geometry(s.cols, s.rows);
  const detailOf = (s: State, articleIndex: number): ItemLayout => {
    const a = model.articles[articleIndex];
    return a ? detailLayout(model, a.id, g(s).detailW, view.color) : { lines: [], items: [] };
  };
  const reader = (s: State, article: string) => readerLayout(model, article, g(s).readerW, view.color);
  /** Body lines below the reader's header. */
  const readerH = (s: State): number => Math.max(1, g(s).bodyH);
  const searchH = (s: State): number => Math.max(1, g(s).bodyH - 2);
  const compareOf = (s: State, link: string) => compareLayout(model, link, g(s).cols - 2, view.color, view.markers);
  const actorOf = (s: State, key: SpeakerKey) => actorLayout(model, key, g(s).cols - 2, view.color);

  /** Reader positioned on a statement (by id, else by start offset), scrolled so it shows. */
  const readerAt = (s: State, target: Extract<Target, { kind: 'statement' }>): Screen => {
    const marks = model.marks(target.article);
    let mark = target.statement ? marks.findIndex((m) => m.statement === target.statement) : -1;
    if (mark < 0) mark = marks.findIndex((m) => m.start === target.start);
    const screen: Screen = { kind: 'reader', article: target.article, scroll: 0, mark: mark < 0 ? null : mark };
    return revealMark(s, screen);
  };
  const revealMark = (s: State, screen: Extract<Screen, { kind: 'reader' }>): Screen => {
    if (screen.mark === null) return screen;
    const layout = reader(s, screen.article);
    const first = layout.markFirst[screen.mark];
    const last = layout.markLast[screen.mark] ?? first;
    if (first === undefined || last === undefined) return screen;
    const h = readerH(s);
    let scroll = screen.scroll;
    if (first < scroll || last >= scroll + h) scroll = Math.max(0, Math.min(first - Math.floor(h / 3), first));
    return { ...screen, scroll: clamp(scroll, 0, Math.max(0, layout.lines.length - h)) };
  };

  /** The statement the user is on: the reader's mark, the selected quote, the selected row. */
  const currentStatement = (s: State): { statement: string | null; article: string } | null => {
    const t = top(s);
    if (t.kind === 'reader') {
      if (t.mark === null) return null;
      const m = model.marks(t.article)[t.mark];
      return m ? { statement: m.statement, article: t.article } : null;
    }
    if (t.kind === 'explorer' && t.focus === 'detail') {
      const item = detailOf(s, t.sel).items[t.dsel];
      return item?.target.kind === 'statement' ? { statement: item.target.statement, article: item.target.article } : null;
    }
    if (t.kind === 'actor') {
      const item = actorOf(s, t.key).items[t.sel];
      return item?.target.kind === 'statement' ? { statement: item.target.statement, article: item.target.article } : null;
    }
    return null;
  };

  const follow = (s: State, target: Target): State => {
    if (target.kind === 'actor') return push(s, { kind: 'actor', key: target.key, sel: 0, scroll: 0 });
    return push(s, readerAt(s, target));
  };

  const command = (s: State, cmd: Command): State => {
    const t = top(s);
    if (cmd === 'quit') return { ...s, quit: true };
    if (cmd === 'back') return pop(s);
    if (cmd === 'help') return t.kind === 'help' ? pop(s) : push(s, { kind: 'help', scroll: 0 });
    if (cmd === 'search') {
      // One search at a time: `/` goes back to the open one, query and selection kept
      // (Esc from there still leads back through the screens under it).
      const at = findLastIndex(s.stack, (x) => x.kind === 'search');
      return at < 0 ? openSearch(s, '') : { ...s, stack: s.stack.slice(0, at + 1) };
    }

    if ((cmd === 'nextSource' || cmd === 'prevSource' || cmd === 'compare') && model.linksPending) {
      return { ...s, flash: 'links are still being computed: ] [ and c work once the analysis is done' };
    }
    if (cmd === 'nextSource' || cmd === 'prevSource' || cmd === 'compare' || cmd === 'speaker') {
      const cur = currentStatement(s);
      if (!cur) return { ...s, flash: t.kind === 'reader' ? 'no statement selected: press n to pick one' : 'select a quote first (Tab, then j/k)' };
      if (cmd === 'speaker') {
        const st = cur.statement ? model.statementById.get(cur.statement) : undefined;
        const q = st?.quote ? model.quoteById.get(st.quote) : undefined;
        if (q?.speakerId && model.actorById.has(q.speakerId)) return push(s, { kind: 'actor', key: { actor: q.speakerId }, sel: 0, scroll: 0 });
        if (st?.speaker) return push(s, { kind: 'actor', key: { name: st.speaker }, sel: 0, scroll: 0 });
        return { ...s, flash: 'this statement has no speaker' };
      }
      const link = crossLinkOf(model, cur.statement);
      if (!link || !cur.statement) return { ...s, flash: 'no other source carries this statement' };
      if (cmd === 'compare') {
        const sel = Math.max(0, link.members.findIndex((m) => m.statement === cur.statement));
        const screen: Screen = { kind: 'compare', link: link.id, sel, scroll: 0 };
        return push(s, { ...screen, scroll: scrollTo(compareOf(s, link.id), sel, 0, g(s).bodyH) });
      }
      const m = otherSource(link, cur.statement, cmd === 'nextSource' ? 1 : -1);
      if (!m) return { ...s, flash: 'no other source carries this statement' };
      const screen = readerAt(s, { kind: 'statement', article: m.article, statement: m.statement, start: m.start });
      // A jump replaces the reader, so Esc goes back to where the user came from.
      return t.kind === 'reader' ? withTop(s, screen) : push(s, screen);
    }

    switch (t.kind) {
      case 'explorer': {
        if (cmd === 'tab') {
          const focus = t.focus === 'list' ? 'detail' : 'list';
          return withTop(s, { ...t, focus, dsel: 0, dscroll: 0 });
        }
        if (t.focus === 'list') {
          const n = model.articles.length;
          if (cmd === 'enter') {
            const a = model.articles[t.sel];
            return a ? push(s, { kind: 'reader', article: a.id, scroll: 0, mark: null }) : s;
          }
          const per = Math.max(1, Math.floor(g(s).bodyH / ARTICLE_ROW_H));
          const delta: Partial<Record<Command, number>> = { down: 1, up: -1, pageDown: per, pageUp: -per, top: -n, bottom: n };
          const d = delta[cmd];
          if (d === undefined) return s;
          const sel = clamp(t.sel + d, 0, Math.max(0, n - 1));
          return withTop(s, ensureListVisible(s, { ...t, sel, dsel: 0, dscroll: 0 }));
        }
        const layout = detailOf(s, t.sel);
        if (cmd === 'enter') {
          const item = layout.items[t.dsel];
          return item ? follow(s, item.target) : s;
        }
        const moved = moveItems(layout, t.dsel, t.dscroll, g(s).bodyH, cmd);
        return withTop(s, { ...t, dsel: moved.sel, dscroll: moved.scroll });
      }
      case 'reader': {
        const layout = reader(s, t.article);
        const h = readerH(s);
        const max = Math.max(0, layout.lines.length - h);
        const marks = model.marks(t.article);
        if (cmd === 'nextMark' || cmd === 'prevMark') {
          // Quotes, and reported speech other sources carry.
          const shown = marks.map((_, i) => i).filter((i) => layout.markFirst[i] !== undefined && (marks[i]!.kind === 'quote' || marks[i]!.linked));
          if (!shown.length) return { ...s, flash: 'no quotes found in this article' };
          let next: number | undefined;
          if (t.mark === null) {
            // Start from what is on screen.
            next = cmd === 'nextMark' ? shown.find((i) => layout.markFirst[i]! >= t.scroll) : findLast(shown, (i) => layout.markFirst[i]! < t.scroll + h);
          } else {
            next = cmd === 'nextMark' ? shown.find((i) => i > t.mark!) : findLast(shown, (i) => i < t.mark!);
          }
          // Wrap around at either end.
          next ??= cmd === 'nextMark' ? shown[0] : shown[shown.length - 1];
          return withTop(s, revealMark(s, { ...t, mark: next ?? null }));
        }
        const delta: Partial<Record<Command, number>> = { down: 1, up: -1, pageDown: h - 1, pageUp: -(h - 1), top: -Infinity, bottom: Infinity };
        const d = delta[cmd];
        if (d === undefined) return s;
        return withTop(s, { ...t, scroll: clamp(t.scroll + d, 0, max) });
      }
      case 'search': {
        if (cmd === 'deleteChar' || cmd === 'clearQuery') {
          const query = cmd === 'clearQuery' ? '' : Array.from(t.query).slice(0, -1).join('');
          return setQuery(s, t, query);
        }
        if (cmd === 'enter') {
          // Typed ahead of the search ("concession⏎" pasted): act on the answer to this query.
          if (t.hitsSeq !== t.seq) return withTop(s, { ...t, enterPending: true });
          return openHit(s, t);
        }
        const per = Math.max(1, Math.floor(searchH(s) / HIT_H));
        const delta: Partial<Record<Command, number>> = { down: 1, up: -1, pageDown: per, pageUp: -per };
        const d = delta[cmd];
        if (d === undefined) return s;
        const sel = clamp(t.sel + d, 0, Math.max(0, t.hits.length - 1));
        let scroll = t.scroll;
        if (sel < scroll) scroll = sel;
        if (sel >= scroll + per) scroll = sel - per + 1;
        return withTop(s, { ...t, sel, scroll });
      }
      case 'compare':
      case 'actor': {
        const layout = t.kind === 'compare' ? compareOf(s, t.link) : actorOf(s, t.key);
        if (cmd === 'enter') {
          const item = layout.items[t.sel];
          return item ? follow(s, item.target) : s;
        }
        const moved = moveItems(layout, t.sel, t.scroll, g(s).bodyH, cmd);
        return withTop(s, { ...t, sel: moved.sel, scroll: moved.scroll });
      }
      case 'help': {
        const lines = helpLines(g(s).cols - 2).length;
        const moved = moveItems({ lines: new Array(lines), items: [] }, 0, t.scroll, g(s).bodyH, cmd);
        return withTop(s, { ...t, scroll: moved.scroll });
      }
    }
  };

  const openHit = (s: State, t: Extract<Screen, { kind: 'search' }>): State => {
    const hit = t.hits[t.sel];
    if (!hit) return s;
    const st = hit.statement;
    // The reader goes on top of the results: Esc comes back to them, query and selection kept.
    return push(s, readerAt(s, { kind: 'statement', article: st.article, statement: st.id, start: st.start }));
  };

  const setQuery = (s: State, t: Extract<Screen, { kind: 'search' }>, query: string): State => {
    if (query === t.query) return s;
    const seq = s.seq + 1;
    // Old hits stay on screen until the new ones arrive, so the list does not flicker.
    return withTop({ ...s, seq }, { ...t, query, seq, hitsSeq: query ? t.hitsSeq : seq, hits: query ? t.hits : [], sel: 0, scroll: 0, enterPending: false, refreshing: false });
  };

  /** Every screen of a state built on `from`, re-anchored on this reducer's model. */
  const swap = (state: State, from: CorpusModel): State => {
    let seq = state.seq;
    const stack = state.stack.map((screen): Screen => {
      switch (screen.kind) {
        case 'explorer': {
          // Articles arrive in path order, so the selected one may move: follow it by id,
          // keeping it on the same screen row.
          const id = from.articles[screen.sel]?.id;
          const at = id === undefined ? undefined : model.articleIndex.get(id);
          const sel = at ?? clamp(screen.sel, 0, Math.max(0, model.articles.length - 1));
          const moved = ensureListVisible(state, { ...screen, sel, scroll: Math.max(0, screen.scroll + sel - screen.sel) }) as typeof screen;
          if (sel !== screen.sel && at === undefined) return { ...moved, dsel: 0, dscroll: 0 };
          const items = detailOf(state, sel).items.length;
          return { ...moved, dsel: clamp(moved.dsel, 0, Math.max(0, items - 1)) };
        }
        case 'reader': {
          if (screen.mark === null) return screen;
          const m = from.marks(screen.article)[screen.mark];
          const marks = model.marks(screen.article);
          let mark = m?.statement ? marks.findIndex((x) => x.statement === m.statement) : -1;
          if (mark < 0 && m) mark = marks.findIndex((x) => x.start === m.start && x.kind === m.kind);
          return { ...screen, mark: mark < 0 ? null : mark };
        }
        case 'actor':
          return { ...screen, key: sameSpeaker(from, model, screen.key) };
        case 'search': {
          if (!screen.query) return screen;
          // Ask again over the larger corpus; the hits on screen stay until the answer comes.
          seq += 1;
          return { ...screen, seq, refreshing: true };
        }
        default:
          return screen;
      }
    });
    return { ...state, seq, stack };
  };

  const key = (s: State, name: string): State => {
    if (s.quit) return s;
    const t = top(s);
    const kind: ScreenKind = t.kind;
    if (name.startsWith(PASTED)) {
      // A line break or tab inside pasted text: one space in the search prompt (runs of
      // them collapse), so pasted lines keep their words apart; elsewhere the key itself.
      if (t.kind !== 'search') return key(s, name.slice(PASTED.length));
      return t.query && !t.query.endsWith(' ') ? setQuery(s.flash ? { ...s, flash: null } : s, t, `${t.query} `) : s;
    }
    const binding = bindingFor(kind, name);
    const cleared = s.flash ? { ...s, flash: null } : s;
    if (binding) return command(cleared, binding.command);
    // Text entry: a printable character (pastes arrive one character at a time);
    // control characters and bidi overrides are dropped.
    if (t.kind === 'search' && isText(name)) return setQuery(cleared, t, t.query + name);
    return cleared;
  };


  return (state, action) => {
    switch (action.type) {
      case 'keys':
        return action.keys.reduce(key, state);
      case 'resize': {
        if (action.cols === state.cols && action.rows === state.rows) return state;
        let s: State = { ...state, cols: action.cols, rows: action.rows };
        // Keep what the user looks at in view after the reflow.
        s = { ...s, stack: s.stack.map((screen) => {
          if (screen.kind === 'explorer') return ensureListVisible(s, screen);
          if (screen.kind === 'reader') return revealMark(s, { ...screen, scroll: Math.min(screen.scroll, Math.max(0, reader(s, screen.article).lines.length - readerH(s))) });
          return screen;
        }) };
        return s;
      }
      case 'swap':
        return action.from === model ? state : swap(state, action.from);
      case 'results': {
        const t = top(state);
        if (t.kind !== 'search' || t.seq !== action.seq) return state; // superseded
        // A refresh keeps the user's place in the list when the hits are the same ones.
        const keep = t.refreshing && t.hits[t.sel] !== undefined && action.hits[t.sel]?.statement.id === t.hits[t.sel]!.statement.id;
        const next = { ...t, hits: action.hits, hitsSeq: action.seq, sel: keep ? t.sel : 0, scroll: keep ? t.scroll : 0, enterPending: false, refreshing: false };
        const s = withTop(state, next);
        return t.enterPending ? openHit(s, next) : s;
      }
    }
  };
}

/** One printable character: not a control character, not a bidi override. */
const isText = (name: string): boolean => [...name].length === 1 && !/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(name);

function findLast<T>(xs: T[], f: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return xs[i];
  return undefined;
}

