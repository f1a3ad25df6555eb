import type { AnalyzedArticle } from '../types.ts';
import { storyText } from './similarity.ts';

// Per-article detector of machine-"spun" text: article spinners swap words for
// dictionary synonyms regardless of sense, leaving telltale collocations
// ("safety assure" for "security guarantee", "in response to <name>" for
// "according to <name>", "European Fee" for "European Commission"). Each pattern
// has a weight by how rarely it occurs in normal prose; the score is weighted hits
// per 1,000 words, so ordinary articles stay near 0.

export interface Rewrite {
  article: string;
  score: number;
  evidence: string[];
}

export interface RewriteOptions {
  /** Report articles scoring at least this (weighted hits per 1,000 words). */
  threshold?: number;
}

const P = (re: RegExp, weight: number): [RegExp, number] => [new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), weight];

// [pattern, weight]. Case matters where the tell is a title-case name part.
export const SPIN_LEXICON: [RegExp, number][] = [
  // according to -> in response to (before a name or title)
  P(/\bin response to (?:(?:US|UK|EU|the|a)\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+(?=[,.;]|$)/, 3),
  // security guarantee -> safety assure / safety ensures; "assure" as a noun
  P(/\bsafety (?:assure|assures|ensures|ensure)\b/i, 4),
  P(/\b(?:a|an|the|this|that) (?:\w+ )?assure\b(?! (?:that|him|her|them|us|you|me)\b)/i, 2),
  P(/\b(?:finish|end|ending|finish to|an finish to) (?:the |an? )?(?:\w+ )?warfare\b/i, 2.5),
  P(/\b(?:Ukraine|Gaza|the Ukraine|Russia-Ukraine) warfare\b/, 2),
  // said -> mentioned as a speech verb
  P(/\bmentioned:/, 2.5),
  P(/\b(?:Mr|Ms|Mrs|Dr|Sir)\.? [A-Z][\w’'-]+ mentioned\b/, 1.5),
  P(/\b(?:president|minister|spokesman|spokeswoman|spokesperson|official|leaders|statement from [\w\s]+) mentioned\b/i, 1),
  // named bodies and places mangled word by word
  P(/\b(?:European|Electoral|Federal|Trade) Fee\b/, 4),
  P(/\b(?:Downing|Wall|Baker|Fleet) Road\b/, 4),
  P(/\bWhite Home\b/, 4),
  P(/\bcoalition of the keen\b/i, 4),
  P(/\b(?:Secretary|Attorney|Surgeon|Director|Inspector) Common\b/, 4),
  P(/\b(?:Prime|Overseas|International) (?:Minister|Secretary) of (?:Protection|Safety)\b/, 3),
  P(/\bparticular (?:envoy|counsel|forces|adviser|advisor|representative)\b/i, 3),
  // agree to -> conform to; join -> affix; comments came -> feedback got here
  P(/\bconform to the (?:suggestion|situations|phrases|deal|plan|proposal|calls)\b/i, 2.5),
  P(/\b(?:to|will|would|can’t|cannot|can't) affix\b/i, 3),
  P(/\bfeedback got here\b/i, 4),
  P(/\bgot here as\b/i, 1.5),
  P(/\bsubmit on (?:X|Twitter|Facebook|Instagram|Telegram|Truth Social)\b/, 4),
  // function-word and idiom mangling
  P(/\ba number of of\b/i, 3),
  P(/\bin opposition to (?:all|a number|one|its|the) /i, 1.5),
  P(/\bshall be thought of\b/i, 2.5),
  P(/\bwithin the wake of\b/i, 2.5),
  P(/\bhas solely been\b/i, 2),
  P(/\bshake fingers\b/i, 4),
  P(/\breferred to as it\b/i, 2.5),
  P(/\bis claimed to be\b/i, 1),
  P(/\bwill probably be on\b/i, 1.5),
  P(/\bdoubtlessly\b/i, 2.5),
  P(/\bpave the best way\b|\bopen the best way\b/i, 3),
  P(/\b(?:three-way|bilateral|trilateral) assembly\b/i, 3),
  P(/\blarger position in\b/i, 2.5),
  P(/\bmade calls for to\b/i, 3),
  P(/\btake management of\b/i, 3),
  P(/\bprolonged an invit/i, 3),
  P(/\bdial in to a gathering\b/i, 3),
  P(/\bcore precept\b/i, 2.5),
  P(/\bmay very well be\b/i, 1),
  P(/\bdebate an? (?:finish|end)\b/i, 3),
  P(/\bby the [\w’'-]+ facet\b/i, 3),
  P(/\bthe japanese\b/, 2),
  P(/\bdefensive strains\b/i, 3),
  P(/\bthe nation’s structure\b|\bthe nation's structure\b/i, 3),
  P(/\bChatting with (?:CNN|BBC|Sky|Fox|reporters|journalists)\b/, 2),
  P(/\bbeforehand (?:met|ruling|said|stated|ruled)\b/i, 2),
  P(/\b(?:massive|large) components of\b/i, 3),
  P(/\bthe 2 (?:areas|sides|nations|countries|leaders|men|males)\b/i, 2),
  P(/\bunderneath (?:some|the|a) (?:type|kind|form|sort) of\b/i, 2),
  P(/\bstand able to\b/i, 2.5),
  P(/\bthe following part of\b/i, 2),
];

function countWords(text: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = c > 127 ? c !== 0xa0 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 : (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

// One case-insensitive pass finds where any pattern might match (tells are rare, so
// this is the whole cost on normal text); each pattern is then tried there, sticky.
const ANY = new RegExp(SPIN_LEXICON.map(([re]) => `(?:${re.source})`).join('|'), 'gi');
const STICKY = SPIN_LEXICON.map(([re, w]) => [new RegExp(re.source, re.flags.replace('g', '') + 'y'), w] as const);

/** Weighted spinner tells per 1,000 words, and the phrases found. */
export function spinScore(text: string): { score: number; evidence: string[] } {
  let total = 0;
  const evidence = new Map<string, number>();
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    let hit = false;
    for (const [re, w] of STICKY) {
      re.lastIndex = m.index;
      const x = re.exec(text);
      if (!x) continue;
      total += w;
      const k = x[0].trim();
      evidence.set(k, (evidence.get(k) ?? 0) + w);
      hit = true;
    }
    if (!hit) ANY.lastIndex = m.index + 1;
    else if (m[0].length === 0) ANY.lastIndex++;
  }
  const words = Math.max(countWords(text), 200); // short texts should not explode the rate
  const ev = [...evidence.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k).slice(0, 12);
  return { score: Math.round((total / words) * 1000 * 10) / 10, evidence: ev };
}

/** Articles that read like spun copies, most suspicious first. */
export function detectRewrites(articles: AnalyzedArticle[], options: RewriteOptions = {}): Rewrite[] {
  const threshold = options.threshold ?? 8;
  const out: Rewrite[] = [];
  for (const a of articles) {
    const { score, evidence } = spinScore(storyText(a));
    if (score >= threshold) out.push({ article: a.id, score, evidence });
  }
  return out.sort((x, y) => y.score - x.score || (x.article < y.article ? -1 : 1));
}
