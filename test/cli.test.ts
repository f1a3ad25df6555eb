// The command line as a user meets it: the built dist/cli.js with stdout piped (not a TTY).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

before(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** One line on stderr, exit 2, and never a stack trace. */
function assertUserError(r: ReturnType<typeof run>, re: RegExp, lines = 1): void {
  assert.equal(r.status, 2, r.err);
  assert.match(r.err, re);
  assert.equal(r.err.trimEnd().split('\n').length, lines, r.err);
  assert.doesNotMatch(r.err, /\n\s+at |Error:/);
  assert.equal(r.out, '');
}

test('--help documents every flag with examples; --version prints the version', () => {
  const help = run('--help');
  assert.equal(help.status, 0);
  for (const flag of ['--article', '--search', '--speaker', '--no-color', '--format', '--version']) assert.match(help.out, new RegExp(flag));
  assert.match(help.out, /Examples/);
  assert.match(help.out, /whosaid corpus --article /);
  const version = run('--version');
  assert.equal(version.status, 0);
  assert.equal(version.out.trim(), JSON.parse(execFileSync('cat', [path.join(ROOT, 'package.json')], { encoding: 'utf8' })).version);
});

test('stdout not a terminal: a plain-text summary, exit 0', () => {
  const r = run('corpus');
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /^whosaid: corpus: 5 articles, \d+ quotes, \d+ cross-source links/);
  assert.match(r.out, /003_1ab33e03965e3d5e\s+\d+ quotes/);
  assert.equal(r.out.trim().split('\n').length, 7);
  assert.doesNotMatch(r.out, /\x1b/);
});

test('bad input: missing or empty folder, one line, exit 2', () => {
  assertUserError(run('/no/such/folder'), /^whosaid: .*\/no\/such\/folder/);
  const empty = mkdtempSync(path.join(tmpdir(), 'whosaid-empty-'));
  try {
    assertUserError(run(empty), /^whosaid: /);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  assertUserError(run('corpus', 'other'), /one folder at a time/);
});

test('--article: none is one line, several are listed, exit 2', () => {
  assertUserError(run('corpus', '--article', 'zebra crossing'), /^whosaid: no article matches "zebra crossing"/);
  const many = run('corpus', '--article', '00');
  assertUserError(many, /^whosaid: 5 articles match "00"/, 6);
  assert.match(many.err, /\n {2}003_1ab33e03965e3d5e /);
  // One match is fine: the summary is printed since stdout is not a terminal.
  assert.equal(run('corpus', '--article', '003').status, 0);
});

test('--speaker: unknown speaker, exit 2', () => {
  assertUserError(run('corpus', '--speaker', 'Nobody Anybody'), /^whosaid: no speaker matches "Nobody Anybody"/);
});

test('hostile names in errors are made harmless', () => {
  const r = run('corpus', '--article', 'x\x1b]0;owned\x07y');
  assert.equal(r.status, 2);
  assert.doesNotMatch(r.err, /\x1b|\x07/);
});

test('export keeps working: json and csv', () => {
  const json = run('export', 'corpus');
  assert.equal(json.status, 0, json.err);
  const data = JSON.parse(json.out) as { articles: unknown[] };
  assert.equal(data.articles.length, 5);
  const csv = run('export', 'corpus', '--format', 'csv');
  assert.equal(csv.status, 0);
  assert.match(csv.out, /^article,outlet,speaker,anonymous,text,other_sources\r\n/);
});

test('the explorer chunk is not loaded for export or --version', () => {
  // ink lives in its own chunk; the main bundle must not import it.
  const main = execFileSync('cat', [path.join(ROOT, 'dist/cli.js')], { encoding: 'utf8' });
  assert.doesNotMatch(main, /yoga-layout|from ["']ink["']/);
});

test('a folder with one short article works', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-one-'));
  try {
    writeFileSync(path.join(dir, 'a.txt'), 'Headline\n\n"We will win," the minister said.\n');
    const r = run(dir);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /1 articles?/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad options: wrong --format, unknown flags, missing values, extra folders: one line, exit 2', () => {
  assertUserError(run('export', 'corpus', '--format', 'xml'), /--format must be json or csv \(got "xml"\)/);
  assertUserError(run('export', 'corpus', '--format'), /--format needs a value/);
  assertUserError(run('corpus', '--bogus'), /unknown option --bogus/);
  assertUserError(run('-x', 'corpus'), /unknown option -x/);
  assertUserError(run('corpus', '--search'), /--search needs a value/);
  assertUserError(run('export', 'corpus', 'corpus'), /export takes one folder/);
  const upper = run('export', 'corpus', '--format', 'CSV');
  assert.equal(upper.status, 0, upper.err);
  assert.match(upper.out, /^article,outlet,speaker/);
});

test('export into a reader that stops early exits quietly; file names in warnings are cleaned', () => {
  const r = spawnSync('bash', ['-c', 'set -o pipefail; node dist/cli.js export corpus --no-cache | head -c 100 >/dev/null'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /);
  const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-warn-'));
  writeFileSync(path.join(dir, 'evil\x1b]0;pwned\x07\x1b[2J.txt'), '');
  writeFileSync(path.join(dir, 'good.txt'), 'Council row\n"We will appeal," said Jane Doe, a resident.\n');
  const w = run('export', dir, '--no-cache');
  rmSync(dir, { recursive: true, force: true });
  assert.equal(w.status, 0, w.err);
  assert.match(w.err, /skipped evil.*: empty file/);
  assert.ok(!w.err.includes('\x1b') && !w.err.includes('\x07'), JSON.stringify(w.err));
});
