// Semantic tokens: view code says what a piece of text is, the theme says how it looks.
// Without colour (NO_COLOR, --no-color) only bold/underline/inverse/strike remain, so
// highlights stay visible on any terminal.

export type Token =
  | 'title'
  | 'heading'
  | 'dim'
  | 'selected'
  | 'quote'
  | 'quoteCurrent'
  | 'reported'
  | 'speaker'
  | 'badge'
  | 'match'
  | 'diffAdd'
  | 'diffDel'
  | 'error'
  | 'key'
  | 'bar'
  | 'prompt';

export interface Style {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

export interface Theme {
  color: boolean;
  style(tok: Token | undefined, color?: string): Style;
  speakerColor(name: string): string | undefined;
}

const COLOURED: Record<Token, Style> = {
  title: { bold: true, color: 'whiteBright' },
  heading: { bold: true, color: 'cyan' },
  dim: { dimColor: true },
  selected: { inverse: true },
  quote: { color: 'yellow' },
  quoteCurrent: { color: 'black', backgroundColor: 'yellow' },
  reported: { underline: true },
  speaker: { bold: true },
  badge: { color: 'magenta', bold: true },
  match: { color: 'greenBright', bold: true, underline: true },
  diffAdd: { color: 'green', underline: true },
  diffDel: { color: 'red', strikethrough: true },
  error: { color: 'red', bold: true },
  key: { color: 'cyan', bold: true },
  bar: { dimColor: true },
  prompt: { color: 'cyan', bold: true },
};

const PLAIN: Record<Token, Style> = {
  title: { bold: true },
  heading: { bold: true },
  dim: {},
  selected: { inverse: true },
  quote: { underline: true },
  quoteCurrent: { inverse: true },
  reported: { underline: true },
  speaker: { bold: true },
  badge: { bold: true },
  match: { bold: true, underline: true },
  diffAdd: { underline: true },
  diffDel: { strikethrough: true },
  error: { bold: true },
  key: { bold: true },
  bar: {},
  prompt: { bold: true },
};

const SPEAKER_COLOURS = ['cyan', 'magenta', 'green', 'blue', 'redBright', 'yellowBright', 'cyanBright', 'magentaBright'];

/** Same speaker, same colour, everywhere (a stable hash of the name). */
function hashColour(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
  return SPEAKER_COLOURS[Math.abs(h) % SPEAKER_COLOURS.length] ?? 'cyan';
}

export function makeTheme(color: boolean): Theme {
  const table = color ? COLOURED : PLAIN;
  return {
    color,
    style(tok, explicit) {
      const base = tok ? table[tok] : {};
      return color && explicit ? { ...base, color: explicit } : base;
    },
    speakerColor: (name) => (color ? hashColour(name) : undefined),
  };
}

/** Colour is on unless NO_COLOR is set (any non-empty value) or --no-color was given. */
export function colourWanted(env: NodeJS.ProcessEnv, flag: boolean): boolean {
  return flag && !env.NO_COLOR;
}
