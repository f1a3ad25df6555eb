// Cross-article merging: same canonical name, acronym forms, spelling variants of a
// person (Zelensky / Zelenskyy), and a bare surname in one article with the full name in
// another. Map look-ups and small buckets only, so it stays near-linear in the corpus.

import type { ArticleActor, CorpusActor } from '../../types.ts';

// Accents, case and punctuation folded away; memoised because names repeat across articles.
const FOLD_CACHE = new Map<string, string>();
function fold(s: string): string {
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[[\]]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (FOLD_CACHE.size > 100_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, f);
  }
  return f;
}

class UnionFind {
  parent: number[] = [];
  make(): number { this.parent.push(this.parent.length); return this.parent.length - 1; }
  find(x: number): number {
    while (this.parent[x] !== x) { this.parent[x] = this.parent[this.parent[x]!]!; x = this.parent[x]!; }
    return x;
  }
  union(a: number, b: number): void { const x = this.find(a), y = this.find(b); if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y); }
}

/** Levenshtein distance, stopping early once above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Same surname up to a small spelling difference (Zelensky / Zelenskyy / Zelenskiy). */
function similarSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  return editDistance(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/**
 * The same name typed a person in one article and an organisation in others ("Corvane
 * said ..." with no cue, "cloud company Corvane" elsewhere) takes the kind most articles
 * give it, when that majority is at least two to one. Places are left alone (Washington).
 */
function harmoniseKinds(articles: { id: string; actors: ArticleActor[] }[]): void {
  const votes = new Map<string, { person: number; organization: number }>();
  for (const a of articles) for (const x of a.actors) {
    if (x.kind === 'place') continue;
    const k = fold(x.name);
    const v = votes.get(k) ?? { person: 0, organization: 0 };
    v[x.kind]++;
    votes.set(k, v);
  }
  for (const a of articles) for (const x of a.actors) {
    if (x.kind === 'place') continue;
    const v = votes.get(fold(x.name))!;
    const other = x.kind === 'person' ? 'organization' : 'person';
    if (v[other] >= 2 * v[x.kind]) x.kind = other;
  }
}

/** Merges per-article actors across the corpus and rewrites each ArticleActor.id to the corpus id. */
export function mergeActors(articles: { id: string; actors: ArticleActor[] }[]): CorpusActor[] {
  harmoniseKinds(articles);
  const uf = new UnionFind();
  const items: { actor: ArticleActor; article: string }[] = [];
  const byName = new Map<string, number>(); // kind + folded name -> first item
  const byAlias = new Map<string, number>(); // kind + folded alias (orgs/places) -> first item
  for (const a of articles) {
    for (const actor of a.actors) {
      const i = uf.make();
      items.push({ actor, article: a.id });
      const key = `${actor.kind}:${fold(actor.name)}`;
      const seen = byName.get(key);
      if (seen === undefined) byName.set(key, i); else uf.union(seen, i);
    }
  }
  // Organisations and places: an alias in one article that is the name or alias in another
  // ("EU" / "European Union"), leaving out descriptions ("the alliance").
  items.forEach(({ actor }, i) => {
    if (actor.kind === 'person') return;
    for (const al of [actor.name, ...actor.aliases]) {
      if (/^the\s/i.test(al)) continue;
      const k = `${actor.kind}:${fold(al)}`;
      const n = byName.get(k);
      if (n !== undefined) uf.union(n, i);
      const s = byAlias.get(k);
      if (s === undefined) byAlias.set(k, i); else uf.union(s, i);
    }
  });
  // People: bucket full names by the first three letters of the surname, then merge the same
  // or a missing/equal given name with a close surname.
  const buckets = new Map<string, number[]>();
  const personToks = (i: number): string[] => fold(items[i]!.actor.name).split(' ').filter(Boolean);
  items.forEach(({ actor }, i) => {
    if (actor.kind !== 'person') return;
    const t = personToks(i);
    const sur = t[t.length - 1];
    if (!sur) return;
    const b = sur.slice(0, 3);
    const list = buckets.get(b) ?? [];
    list.push(i);
    buckets.set(b, list);
  });
  for (const list of buckets.values()) {
    // Compare distinct names only: the same name was already merged above.
    const reps = new Map<string, number>();
    for (const i of list) { const k = fold(items[i]!.actor.name); if (!reps.has(k)) reps.set(k, i); }
    const ids = [...reps.values()];
    const full = ids.filter((i) => personToks(i).length >= 2);
    for (let x = 0; x < full.length; x++) {
      for (let y = x + 1; y < full.length; y++) {
        const a = personToks(full[x]!), b = personToks(full[y]!);
        if (a[0] === b[0] && similarSurname(a[a.length - 1]!, b[b.length - 1]!)) uf.union(full[x]!, full[y]!);
      }
    }
    // A bare surname joins the full name(s) with that surname, when they are one person.
    for (const i of ids) {
      const t = personToks(i);
      if (t.length !== 1) continue;
      const matches = full.filter((f) => { const ft = personToks(f); return similarSurname(ft[ft.length - 1]!, t[0]!); });
      const roots = new Set(matches.map((f) => uf.find(f)));
      if (roots.size === 1) uf.union(matches[0]!, i);
    }
  }
  // Build corpus actors.
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => { const r = uf.find(i); const g = groups.get(r) ?? []; g.push(i); groups.set(r, g); });
  const out: CorpusActor[] = [];
  const used = new Set<string>();
  const entries = [...groups.values()].map((g) => {
    const first = items[g[0]!]!.actor;
    const nameCount = new Map<string, number>();
    let mentions = 0;
    const aliases = new Set<string>();
    const arts = new Set<string>();
    for (const i of g) {
      const { actor, article } = items[i]!;
      mentions += actor.mentions;
      // Prefer full names for people: weight by word count then mentions.
      const w = actor.mentions + (actor.kind === 'person' ? 1000 * (actor.name.split(' ').length - 1) : 0);
      nameCount.set(actor.name, (nameCount.get(actor.name) ?? 0) + w);
      for (const al of actor.aliases) aliases.add(al);
      arts.add(article);
    }
    const name = [...nameCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    return { g, actor: { id: '', name, kind: first.kind, aliases: [...aliases], mentions, articles: [...arts] } as CorpusActor };
  });
  entries.sort((a, b) => b.actor.mentions - a.actor.mentions || a.actor.kind.localeCompare(b.actor.kind) || a.actor.name.localeCompare(b.actor.name));
  for (const { g, actor } of entries) {
    const base = `${actor.kind}:${fold(actor.name).replace(/ /g, '-') || 'x'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    actor.id = id;
    for (const i of g) items[i]!.actor.id = id;
    out.push(actor);
  }
  return out;
}
