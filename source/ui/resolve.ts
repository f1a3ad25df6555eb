// Turning --article and --speaker arguments into corpus ids. Pure.
import type { Corpus } from '../types.ts';
import type { SpeakerKey } from './model.ts';

export type Resolved<T> = { ok: T } | { none: true } | { many: { id: string; label: string }[] };

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** An article by id, file name (with or without extension), id prefix, or words of its title. */
export function resolveArticle(corpus: Corpus, query: string): Resolved<string> {
  const q = query.trim();
  const lower = q.toLowerCase();
  const base = (p: string): string => p.split('/').pop() ?? p;
  const stem = (p: string): string => base(p).replace(/\.[^.]+$/, '');
  // An exact id or path wins outright; a file name may be shared by several folders.
  const byId = corpus.articles.find((a) => a.id === q) ?? corpus.articles.find((a) => a.path === q);
  if (byId) return { ok: byId.id };
  const exact = corpus.articles.filter((a) => base(a.path) === q || stem(a.path) === q);
  if (exact.length === 1) return { ok: exact[0]!.id };
  const list = (xs: typeof corpus.articles) => ({ many: xs.map((a) => ({ id: a.id, label: a.title })) });
  if (exact.length > 1) return list(exact);
  const prefix = corpus.articles.filter((a) => a.id.toLowerCase().startsWith(lower) || base(a.path).toLowerCase().startsWith(lower));
  if (prefix.length === 1) return { ok: prefix[0]!.id };
  if (prefix.length > 1) return list(prefix);
  const want = words(q);
  if (!want.length) return { none: true };
  const byTitle = corpus.articles.filter((a) => {
    const have = new Set(words(a.title));
    return want.every((w) => have.has(w));
  });
  if (byTitle.length === 1) return { ok: byTitle[0]!.id };
  if (byTitle.length > 1) return list(byTitle);
  return { none: true };
}

/** A speaker: a corpus actor by name or alias, else a speaker label quotes carry ("US official"). */
export function resolveSpeaker(corpus: Corpus, query: string): Resolved<SpeakerKey> {
  const lower = query.trim().toLowerCase();
  if (!lower) return { none: true };
  const exact = corpus.actors.filter((a) => a.name.toLowerCase() === lower || a.aliases.some((x) => x.toLowerCase() === lower));
  const pick = exact.length ? exact : corpus.actors.filter((a) => a.name.toLowerCase().includes(lower));
  // The one most mentioned wins a tie between an exact name and aliases of others.
  const byName = pick.filter((a) => a.name.toLowerCase() === lower);
  if (byName.length === 1) return { ok: { actor: byName[0]!.id } };
  if (pick.length === 1) return { ok: { actor: pick[0]!.id } };
  if (pick.length > 1) return { many: pick.map((a) => ({ id: a.id, label: `${a.name} (${a.kind})` })) };
  const labels = new Set<string>();
  for (const s of corpus.statements) if (s.speaker && s.speaker.toLowerCase() === lower) labels.add(s.speaker);
  if (labels.size >= 1) return { ok: { name: [...labels][0]! } };
  return { none: true };
}
