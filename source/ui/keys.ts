// The one binding table. The reducer dispatches from it, the status bar and the ? screen
// are printed from it, so what the user reads is what the keys do.

export type ScreenKind = 'explorer' | 'reader' | 'search' | 'compare' | 'actor' | 'help';

export type Command =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'enter'
  | 'back'
  | 'tab'
  | 'search'
  | 'nextMark'
  | 'prevMark'
  | 'nextSource'
  | 'prevSource'
  | 'compare'
  | 'speaker'
  | 'help'
  | 'quit'
  | 'deleteChar'
  | 'clearQuery';

export interface Binding {
  /** Normalised key names (see keyNames): 'j', 'down', 'enter', 'ctrl+c', 'G'. */
  keys: string[];
  screens: readonly ScreenKind[];
  command: Command;
  /** Short label for the status bar; absent = only listed in help. */
  bar?: string;
  help: string;
}

const ALL: readonly ScreenKind[] = ['explorer', 'reader', 'search', 'compare', 'actor', 'help'];
/** Screens without text entry: printable keys are commands there. */
const NAV: readonly ScreenKind[] = ['explorer', 'reader', 'compare', 'actor', 'help'];
const LISTS: readonly ScreenKind[] = ['explorer', 'reader', 'compare', 'actor', 'help'];

export const BINDINGS: readonly Binding[] = [
  { keys: ['down', 'j'], screens: LISTS, command: 'down', bar: 'move', help: 'move down / scroll one line' },
  { keys: ['up', 'k'], screens: LISTS, command: 'up', help: 'move up / scroll one line' },
  { keys: ['down'], screens: ['search'], command: 'down', bar: 'select', help: 'next result' },
  { keys: ['up'], screens: ['search'], command: 'up', help: 'previous result' },
  { keys: ['pagedown'], screens: ALL, command: 'pageDown', help: 'one page down' },
  { keys: ['pageup'], screens: ALL, command: 'pageUp', help: 'one page up' },
  { keys: ['g', 'home'], screens: LISTS, command: 'top', help: 'go to the top' },
  { keys: ['G', 'end'], screens: LISTS, command: 'bottom', help: 'go to the bottom' },
  { keys: ['tab', 'shift+tab'], screens: ['explorer'], command: 'tab', bar: 'pane', help: 'switch between the article list and the detail pane' },
  { keys: ['enter'], screens: ['explorer'], command: 'enter', bar: 'open', help: 'read the article / open the selected actor or quote' },
  { keys: ['enter'], screens: ['search'], command: 'enter', bar: 'open', help: 'open the statement in its article' },
  { keys: ['enter'], screens: ['compare', 'actor'], command: 'enter', bar: 'open', help: 'open this version in its article' },
  { keys: ['n'], screens: ['reader'], command: 'nextMark', bar: 'next quote', help: 'next quote or statement' },
  { keys: ['N'], screens: ['reader'], command: 'prevMark', help: 'previous quote or statement' },
  { keys: [']'], screens: ['explorer', 'reader', 'actor'], command: 'nextSource', bar: 'next source', help: 'same statement in the next other source' },
  { keys: ['['], screens: ['explorer', 'reader', 'actor'], command: 'prevSource', help: 'same statement in the previous other source' },
  { keys: ['c'], screens: ['explorer', 'reader', 'actor'], command: 'compare', bar: 'compare', help: 'compare every version of the statement' },
  { keys: ['a'], screens: ['explorer', 'reader'], command: 'speaker', help: "all statements of the selected statement's speaker" },
  { keys: ['backspace', 'delete'], screens: ['search'], command: 'deleteChar', help: 'delete a character' },
  { keys: ['ctrl+u'], screens: ['search'], command: 'clearQuery', help: 'clear the query' },
  { keys: ['/'], screens: NAV, command: 'search', bar: 'search', help: 'search every statement (from anywhere)' },
  { keys: ['escape'], screens: ALL, command: 'back', bar: 'back', help: 'back to where you were' },
  { keys: ['?'], screens: NAV, command: 'help', bar: 'help', help: 'show every key' },
  { keys: ['q'], screens: NAV, command: 'quit', bar: 'quit', help: 'quit' },
  { keys: ['ctrl+c'], screens: ALL, command: 'quit', help: 'quit, from anywhere' },
];

const index = new Map<string, Binding>();
for (const b of BINDINGS) for (const s of b.screens) for (const k of b.keys) if (!index.has(`${s} ${k}`)) index.set(`${s} ${k}`, b);

export function bindingFor(screen: ScreenKind, key: string): Binding | undefined {
  return index.get(`${screen} ${key}`);
}

/** How a key name is shown to the user. */
export function keyLabel(key: string): string {
  const names: Record<string, string> = {
    down: '↓', up: '↑', pagedown: 'PgDn', pageup: 'PgUp', home: 'Home', end: 'End',
    enter: 'Enter', escape: 'Esc', tab: 'Tab', 'shift+tab': 'Shift-Tab', backspace: 'Bksp', delete: 'Del', 'ctrl+c': 'Ctrl-C', 'ctrl+u': 'Ctrl-U',
  };
  return names[key] ?? key;
}

/** The keys that matter on a screen, for the status bar: [keys, label]. */
export function barFor(screen: ScreenKind): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const b of BINDINGS) {
    if (!b.bar || !b.screens.includes(screen) || seen.has(b.bar)) continue;
    seen.add(b.bar);
    // The bar names the main key; ? lists them all.
    const keys = b.command === 'down' && screen !== 'search' ? '↑↓/jk' : b.command === 'down' ? '↑↓' : keyLabel(b.keys[0]!);
    out.push([b.command === 'nextSource' ? '][' : b.command === 'nextMark' ? 'n/N' : keys, b.bar]);
  }
  return out;
}

/** Every binding for the ? screen: the ones that work on every screen first, then each screen's own. */
export function helpSections(): { screen: ScreenKind | 'everywhere'; rows: [string, string][] }[] {
  const everywhere = (b: Binding): boolean => NAV.every((s) => b.screens.includes(s));
  const row = (b: Binding): [string, string] => [b.keys.map(keyLabel).join(' '), b.help];
  return [
    { screen: 'everywhere' as const, rows: BINDINGS.filter(everywhere).map(row) },
    ...ALL.filter((s) => s !== 'help').map((screen) => ({ screen, rows: BINDINGS.filter((b) => b.screens.includes(screen) && !everywhere(b)).map(row) })),
  ];
}

export interface InkKey {
  upArrow: boolean;
  downArrow: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  pageDown: boolean;
  pageUp: boolean;
  home?: boolean;
  end?: boolean;
  return: boolean;
  escape: boolean;
  ctrl: boolean;
  shift: boolean;
  tab: boolean;
  backspace: boolean;
  delete: boolean;
  meta: boolean;
}

/** One character of raw input as a key name (used when several keys arrive in one chunk). */
function charName(ch: string): string {
  if (ch === '\r' || ch === '\n') return 'enter';
  if (ch === '\t') return 'tab';
  if (ch === '\x7f' || ch === '\b') return 'backspace';
  if (ch === '\x1b') return 'escape';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `ctrl+${String.fromCharCode(code + 0x60)}`;
  return ch;
}

/**
 * Normalise what Ink's useInput gives into key names, in order. Held keys and pastes
 * arrive as one string ("jjj", "concession"): they are replayed one character at a time.
 */
export function keyNames(input: string, key: InkKey): string[] {
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageDown) return ['pagedown'];
  if (key.pageUp) return ['pageup'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.return) return ['enter'];
  if (key.escape && input === '') return ['escape'];
  if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];
  if (key.backspace) return ['backspace'];
  if (key.delete) return ['delete'];
  if (key.ctrl && input.length === 1) return [`ctrl+${input.toLowerCase()}`];
  // Home/End arrive as CSI H/F or CSI 1~/4~ on some terminals; Ink leaves them in input.
  if (/^\x1b?\[(?:1~|H|7~)$|^\x1bOH$/.test(input) || input === '[H') return ['home'];
  if (/^\x1b?\[(?:4~|F|8~)$|^\x1bOF$/.test(input) || input === '[F') return ['end'];
  if (key.meta && input.length > 0) return [];
  const chars = Array.from(input);
  // A line break or tab with more text after it in the same chunk is part of a paste:
  // named apart, so the search prompt can take it as a space (state.ts).
  let textAfter = false;
  const names: string[] = new Array(chars.length);
  for (let i = chars.length - 1; i >= 0; i--) {
    const name = charName(chars[i]!);
    const brk = name === 'enter' || name === 'tab';
    names[i] = brk && textAfter && chars.length > 1 ? PASTED + name : name;
    if (!brk) textAfter = [...name].length === 1;
  }
  return names;
}

/** Prefix of a key name for a line break or tab inside pasted text ('pasted:enter'). */
export const PASTED = 'pasted:';
