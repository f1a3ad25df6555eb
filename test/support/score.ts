// Scores an export against a gold file, with the same rules as the shared scorer
// (shared/tools/score.mjs), so the suite can measure quality on a fresh clone.
// Gold shape: test/fixtures/seed-gold.json. Export shape: `whosaid export --format json`.

export interface GoldQuote { text: string; speaker: string | null; anonymous?: boolean; note?: string; line?: number }
export interface GoldActor { name: string; kind: string; aliases: string[] }
export interface GoldArticle { file: string; quotes: GoldQuote[]; actors: GoldActor[]; boilerplateLines?: string[]; title?: string | null; outlet?: string | null; byline?: string | null; dateline?: string | null }
export interface GoldOccurrence { file: string; text: string; quoted?: boolean }
export interface Gold { articles: GoldArticle[]; crossSource?: { statement: string; occurrences: GoldOccurrence[] }[] }

export interface ExportQuote { id?: string; text: string; speaker: string | null; anonymous?: boolean }
export interface ExportArticle { id: string; path: string; quotes: ExportQuote[]; actors: { name: string; kind: string; aliases?: string[] }[] }
export interface ExportData { articles: ExportArticle[]; links?: { members: { article: string; text?: string; quote?: string | null }[] }[] }

export interface Scores {
  quotes: { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  speakers: { right: number; total: number; accuracy: number; anonApart: number; anonArticles: number };
  actors: Record<'person' | 'organization' | 'place', { precision: number; recall: number; gold: number; pred: number; found: number; right: number }>;
  links: { quoted: number; quotedFound: number; paraphrase: number; paraphraseFound: number };
  misses: string[];
}

const base = (p: string) => String(p ?? '').split(/[\\/]/).pop() ?? '';
const norm = (s: string | null | undefined) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const toks = (s: string | null | undefined) => { const n = norm(s); return n ? n.split(' ') : []; };
const stripTitle = (s: string) => norm(s).replace(/^(the|mr|mrs|ms|sir|dr|president|secretary)\s+/, '');

export function tokenF1(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) { const k = counts.get(t) ?? 0; if (k > 0) { common++; counts.set(t, k - 1); } }
  if (!common) return 0;
  const p = common / b.length, r = common / a.length;
  return (2 * p * r) / (p + r);
}

function greedy(gs: string[][], ps: string[][], min: number): [number, number][] {
  const pairs: [number, number, number][] = [];
  gs.forEach((g, i) => ps.forEach((p, j) => { const f = tokenF1(g, p); if (f >= min) pairs.push([i, j, f]); }));
  pairs.sort((x, y) => y[2] - x[2]);
  const gu = new Set<number>(), pu = new Set<number>(), out: [number, number][] = [];
  for (const [i, j] of pairs) if (!gu.has(i) && !pu.has(j)) { gu.add(i); pu.add(j); out.push([i, j]); }
  return out;
}

const headWords = (label: string | null) => toks(String(label ?? '').split('(')[0]).filter((w) => w.length > 3).map((w) => w.replace(/s$/, ''));

function speakerRight(g: GoldQuote, p: ExportQuote, actors: GoldActor[]): boolean {
  if (g.anonymous) {
    if (p.anonymous === true) return true;
    const gw = new Set(headWords(g.speaker));
    return headWords(p.speaker).some((w) => gw.has(w));
  }
  if (p.speaker == null) return false;
  const actor = actors.find((a) => a.name === g.speaker);
  const forms = [g.speaker ?? '', ...(actor?.aliases ?? [])].map(stripTitle).filter(Boolean);
  const b = stripTitle(p.speaker);
  return forms.some((a) => a === b || a.split(' ').pop() === b.split(' ').pop());
}

export function score(gold: Gold, pred: ExportData): Scores {
  const predBy = new Map(pred.articles.map((a) => [base(a.path), a]));
  const misses: string[] = [];
  let tp = 0, nPred = 0, nGold = 0, spN = 0, spOk = 0, anonArticles = 0, anonApart = 0;
  const kinds = ['person', 'organization', 'place'] as const;
  const act = Object.fromEntries(kinds.map((k) => [k, { gold: 0, found: 0, pred: 0, right: 0 }])) as Record<(typeof kinds)[number], { gold: number; found: number; pred: number; right: number }>;
  for (const ga of gold.articles) {
    const pa = predBy.get(base(ga.file)) ?? { quotes: [], actors: [] };
    const gq = ga.quotes, pq = pa.quotes;
    const m = greedy(gq.map((q) => toks(q.text)), pq.map((q) => toks(q.text)), 0.8);
    const gHit = new Map(m.map(([i, j]) => [i, j])), pHit = new Set(m.map(([, j]) => j));
    const optional = (q: GoldQuote) => /term, not a full statement/.test(q.note ?? '');
    gq.forEach((q, i) => { if (gHit.has(i) || !optional(q)) nGold++; });
    nPred += pq.length; tp += m.length;
    gq.forEach((q, i) => { if (!gHit.has(i) && !optional(q)) misses.push(`${ga.file} MISS "${q.text.slice(0, 70)}"`); });
    pq.forEach((q, j) => { if (!pHit.has(j)) misses.push(`${ga.file} FP "${q.text.slice(0, 70)}"`); });
    for (const [i, j] of m) {
      if (gq[i]!.speaker == null) continue;
      spN++;
      if (speakerRight(gq[i]!, pq[j]!, ga.actors)) spOk++;
      else misses.push(`${ga.file} SPEAKER gold=${gq[i]!.speaker} pred=${pq[j]!.speaker} "${gq[i]!.text.slice(0, 50)}"`);
    }
    const anonLabels = [...new Set(gq.filter((q) => q.anonymous && /\b(first|second|third)\b/.test(q.speaker ?? '')).map((q) => q.speaker))];
    if (anonLabels.length >= 2) {
      anonArticles++;
      const predOf = new Map(m.map(([i, j]) => [i, pq[j]!.speaker ?? '']));
      const sets = anonLabels.map((l) => new Set(gq.map((q, i) => (q.speaker === l && predOf.has(i) ? predOf.get(i)! : null)).filter((x) => x !== null)));
      if (sets.every((x) => x.size === 1) && new Set(sets.map((x) => [...x][0])).size === sets.length) anonApart++;
      else misses.push(`${ga.file} ANON sources not kept apart`);
    }
    const forms = (a: { name: string; aliases?: string[] }) => new Set([a.name, ...(a.aliases ?? [])].map(stripTitle).filter(Boolean));
    const same = (x: { name: string; aliases?: string[] }, y: { name: string; aliases?: string[] }) => { const fy = forms(y); for (const f of forms(x)) if (fy.has(f)) return true; return false; };
    for (const k of kinds) {
      const G = ga.actors.filter((a) => a.kind === k), P = pa.actors.filter((a) => a.kind === k);
      act[k].gold += G.length; act[k].pred += P.length;
      for (const g of G) { if (P.some((p) => same(g, p))) act[k].found++; else misses.push(`${ga.file} ACTOR MISS ${k}: ${g.name}`); }
      for (const p of P) { if (G.some((g) => same(g, p))) act[k].right++; else misses.push(`${ga.file} ACTOR FP ${k}: ${p.name}`); }
    }
  }
  const articleFile = new Map(pred.articles.map((a) => [a.id, base(a.path)]));
  const quoteText = new Map<string, string>();
  for (const a of pred.articles) for (const q of a.quotes) if (q.id) quoteText.set(q.id, q.text);
  const close = (a: string, b: string) => { const x = norm(a), y = norm(b); return tokenF1(toks(a), toks(b)) >= 0.6 || (!!x && !!y && (x.includes(y) || y.includes(x))); };
  let quoted = 0, quotedFound = 0, paraphrase = 0, paraphraseFound = 0;
  for (const e of gold.crossSource ?? []) {
    const quotedEntry = new Set(e.occurrences.filter((o) => o.quoted !== false).map((o) => o.file)).size >= 2;
    const found = (pred.links ?? []).some((l) => {
      const files = new Set<string>();
      for (const mem of l.members) {
        const f = articleFile.get(mem.article) ?? base(mem.article);
        const text = mem.text ?? (mem.quote ? quoteText.get(mem.quote) : '') ?? '';
        if (e.occurrences.some((o) => o.file === f && close(o.text, text))) files.add(f);
      }
      return files.size >= 2;
    });
    if (quotedEntry) { quoted++; if (found) quotedFound++; } else { paraphrase++; if (found) paraphraseFound++; }
    if (!found) misses.push(`LINK MISS (${quotedEntry ? 'quoted' : 'paraphrase'}): ${e.statement.slice(0, 80)}`);
  }
  const P = nPred ? tp / nPred : 0, R = nGold ? tp / nGold : 0;
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    quotes: { gold: nGold, predicted: nPred, matched: tp, precision: P, recall: R, f1: P + R ? (2 * P * R) / (P + R) : 0 },
    speakers: { right: spOk, total: spN, accuracy: ratio(spOk, spN), anonApart, anonArticles },
    actors: Object.fromEntries(kinds.map((k) => [k, { ...act[k], precision: ratio(act[k].right, act[k].pred), recall: ratio(act[k].found, act[k].gold) }])) as Scores['actors'],
    links: { quoted, quotedFound, paraphrase, paraphraseFound },
    misses,
  };
}
