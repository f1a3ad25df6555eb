import { stripControls } from './corpus/decode.ts';
import type { Corpus } from './types.ts';

/** The JSON export: articles with their quotes and actors, corpus actors, links, similarity, skipped files. */
export function toExportJson(corpus: Corpus): string {
  const articles = corpus.articles.map((a) => ({
    id: a.id,
    path: a.path,
    title: a.title,
    outlet: a.outlet,
    byline: a.byline,
    dateline: a.dateline,
    date: a.date,
    url: a.url,
    quotes: a.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerMention: q.speakerMention,
      anonymous: q.anonymous,
      verb: q.verb,
      kind: q.kind,
      confidence: q.confidence,
      group: q.group,
    })),
    actors: a.actors.map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind,
      aliases: x.aliases,
      mentions: x.mentions,
      offsets: x.spans.map((s) => [s.start, s.end]),
    })),
  }));
  const links = corpus.links.map((l) => ({
    id: l.id,
    score: l.score,
    kind: l.kind,
    members: l.members.map((m) => ({
      article: m.article,
      start: m.start,
      end: m.end,
      text: m.text,
      quote: m.quote,
      speaker: m.speaker,
      diff: m.diff,
    })),
  }));
  return JSON.stringify(
    {
      articles,
      actors: corpus.actors,
      links,
      articleSimilarity: corpus.articleSimilarity,
      rewrites: corpus.rewrites ?? [],
      skipped: corpus.skipped,
    },
    null,
    2,
  );
}


/**
 * One RFC 4180 field, with escape sequences and control characters dropped. A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * first) is defused with a leading apostrophe, as OWASP advises for CSV injection.
 */
const csvField = (value: unknown, text = true): string => {
  let s = value == null ? '' : stripControls(String(value));
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per quote: article, outlet, speaker, anonymous, text, and how many other sources carry it. */
export function toExportCsv(corpus: Corpus): string {
  const otherSources = new Map<string, Set<string>>();
  for (const link of corpus.links) {
    for (const m of link.members) {
      if (!m.quote) continue;
      const others = otherSources.get(m.quote) ?? new Set<string>();
      for (const o of link.members) if (o.article !== m.article) others.add(o.article);
      otherSources.set(m.quote, others);
    }
  }
  const rows = [['article', 'outlet', 'speaker', 'anonymous', 'text', 'other_sources']];
  for (const a of corpus.articles) {
    for (const q of a.quotes) {
      rows.push([a.id, a.outlet ?? '', q.speaker ?? '', String(q.anonymous), q.text, String(otherSources.get(q.id)?.size ?? 0)]);
    }
  }
  // Counts and booleans are not text: only the text columns are defused.
  return rows.map((r, i) => r.map((v, k) => csvField(v, i === 0 || (k !== 3 && k !== 5))).join(',')).join('\r\n') + '\r\n';
}
