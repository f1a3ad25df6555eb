// The JSON and CSV exports of the bundled corpus: the documented shape, offsets that point
// at the text they claim, and CSV rows that survive commas, quotes and newlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeCorpus } from '../source/analyze.ts';
import { toExportCsv, toExportJson } from '../source/export.ts';

const corpusPromise = analyzeCorpus('corpus', { cache: false, workers: 0 });

test('JSON export has the documented shape and offsets into the original files', async () => {
  const corpus = await corpusPromise;
  const out = JSON.parse(toExportJson(corpus));
  for (const key of ['articles', 'actors', 'links', 'articleSimilarity', 'rewrites', 'skipped']) assert.ok(key in out, key);
  assert.equal(out.articles.length, 5);
  for (const a of out.articles) {
    for (const key of ['id', 'path', 'title', 'outlet', 'byline', 'dateline', 'quotes', 'actors']) assert.ok(key in a, `article.${key}`);
    const raw = readFileSync(`corpus/${a.path}`, 'utf8');
    for (const q of a.quotes) {
      for (const key of ['id', 'text', 'start', 'end', 'speaker', 'speakerMention', 'anonymous', 'verb', 'kind', 'confidence']) assert.ok(key in q, `quote.${key}`);
      assert.equal(raw.slice(q.start, q.end), q.text, 'quote offsets index the file');
      assert.ok(q.kind === 'statement' || q.kind === 'term');
      assert.ok(q.confidence >= 0 && q.confidence <= 1);
    }
    for (const x of a.actors) {
      assert.ok(['person', 'organization', 'place'].includes(x.kind));
      assert.equal(x.offsets.length, x.mentions);
      for (const [s, e] of x.offsets) assert.ok(x.aliases.includes(raw.slice(s, e)), `actor offsets point at an alias: ${raw.slice(s, e)}`);
    }
  }
  for (const link of out.links) {
    assert.ok(link.members.length >= 2 && link.score >= 0 && link.score <= 1);
    const articles = new Set(link.members.map((m: { article: string }) => m.article));
    assert.ok(articles.size >= 2, 'a link spans at least two sources');
  }
});

test('the anonymous official in 000 is a speaker of their own, marked anonymous', async () => {
  const corpus = await corpusPromise;
  const a = corpus.articles.find((x) => x.id.startsWith('000'))!;
  const first = a.quotes.find((q) => q.text.startsWith('The basis of that agreement'))!;
  assert.equal(first.anonymous, true);
  assert.match(first.speaker!, /official/i);
  assert.match(first.speakerMention!, /US official/);
});

test('quote speakers point at corpus actors, and the spun copy is flagged', async () => {
  const corpus = await corpusPromise;
  const ids = new Set(corpus.actors.map((a) => a.id));
  const named = corpus.articles.flatMap((a) => a.quotes).filter((q) => q.speakerId);
  assert.ok(named.length > 20);
  for (const q of named) assert.ok(ids.has(q.speakerId!), `${q.id} speaker ${q.speakerId} is a corpus actor`);
  assert.deepEqual((corpus.rewrites ?? []).map((r) => r.article), ['003_1ab33e03965e3d5e']);
});

test('CSV export: one row per quote with the number of other sources', async () => {
  const corpus = await corpusPromise;
  const csv = toExportCsv(corpus);
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], ['article', 'outlet', 'speaker', 'anonymous', 'text', 'other_sources']);
  const quoteCount = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);
  assert.equal(rows.length - 1, quoteCount);
  const witkoff = rows.find((r) => r[4]!.startsWith('We were able to win the following concession'))!;
  assert.ok(Number(witkoff[5]) >= 1, 'Witkoff’s concession quote is carried by another source');
  // Quotes containing commas and double quotes round-trip.
  const nested = rows.find((r) => r[4]!.includes("'That's OK"));
  assert.ok(nested, 'a quote with commas and an inner quote survives the CSV');
});

/** RFC 4180 reader, enough to check our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n') throw new Error(`bare LF outside a quoted field at ${i}`);
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('CSV export defuses spreadsheet formulas and drops escape sequences, with CRLF rows', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-csv-'));
  writeFileSync(join(dir, '=cmd|calc.txt'), [
    'Council row over budget',
    '"=HYPERLINK(1) is what they sent us, \x1b[31mred\x1b[0m and all," said Jane Doe, a resident.',
    '"@SUM(1) is not a plan," she said.',
  ].join('\n'));
  const csv = toExportCsv(await analyzeCorpus(dir, { cache: false, workers: 0 }));
  assert.ok(!csv.includes('\x1b'), 'no escape byte reaches a cell');
  assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv.replace(/"[^"]*"/g, '')), 'rows end in CRLF');
  const rows = parseCsv(csv).slice(1);
  assert.equal(rows.length, 2);
  assert.equal(rows[0]![0], "'=cmd|calc");
  assert.ok(rows[0]![4]!.startsWith("'=HYPERLINK(1)"), rows[0]![4]);
  assert.match(rows[0]![4]!, /red +and all/);
  assert.ok(rows[1]![4]!.startsWith("'@SUM"), rows[1]![4]);
  assert.equal(rows[0]![3], 'false');
});
