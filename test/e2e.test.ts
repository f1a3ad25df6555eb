// The real CLI (dist/cli.js, built here) on the real bundled corpus, in a real terminal:
// tmux at 120x40. Each test uses its own tmux server (-L) and always kills it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const W = '003_1ab33e03965e3d5e';
const haveTmux = spawnSync('tmux', ['-V']).status === 0;

before(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
});

let serial = 0;

class Term {
  readonly socket = `whosaid-e2e-${process.pid}-${++serial}`;
  constructor(cols = 120, rows = 40) {
    // A plain shell with a known prompt, so "the shell is back" can be checked.
    this.tmux('new-session', '-d', '-x', String(cols), '-y', String(rows), '-e', 'PS1=$ ', '-e', 'CI=false', 'sh');
  }
  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }
  async run(command: string): Promise<void> {
    // Type only once the shell shows its prompt, so the screen reads in order.
    await this.waitFor(/^[$#] ?$/m);
    this.tmux('send-keys', '-t', '0', `cd ${ROOT} && ${command}; echo "EXIT:$?"`, 'Enter');
  }
  keys(...keys: string[]): void {
    // -l sends literally: "/" "]" "c" "q" are not key names.
    for (const k of keys) {
      if (['Enter', 'Escape', 'C-c', 'Down', 'Up', 'NPage', 'PPage'].includes(k)) this.tmux('send-keys', '-t', '0', k);
      else this.tmux('send-keys', '-t', '0', '-l', k);
    }
  }
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', '0');
  }
  alternateOn(): boolean {
    return this.tmux('display-message', '-p', '-t', '0', '#{alternate_on}').trim() === '1';
  }
  /** Poll until the screen matches every pattern (the TUI renders asynchronously). */
  async waitFor(...patterns: (RegExp | ((screen: string) => boolean))[]): Promise<string> {
    // Generous: the machine running the tests may be busy.
    const deadline = Date.now() + 15000;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (patterns.every((p) => (p instanceof RegExp ? p.test(last) : p(last)))) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.fail(`screen never matched ${patterns.join(' ')}:\n${last}`);
  }
  childPid(): number {
    const shell = this.tmux('display-message', '-p', '-t', '0', '#{pane_pid}').trim();
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim().split(/\s+/)[0];
    return Number(out);
  }
  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

/** After the TUI exits: main screen back, the command and its status visible, no frame left over. */
function assertShellBack(t: Term, screen: string, status: number): void {
  assert.equal(t.alternateOn(), false, 'alternate screen left');
  assert.match(screen, /[$#] cd .* && CI=false node dist\/cli\.js/);
  assert.match(screen, new RegExp(`\\nEXIT:${status}\\n[$#] ?\\n`));
  assert.doesNotMatch(screen, /q quit|Esc back/, 'no stray frame on the main screen');
}

test('scenario: --article 003, search "concession", Enter, ] to the other source, c, q', { skip: !haveTmux && 'tmux not installed' }, async () => {
  const t = new Term();
  try {
    await t.run(`CI=false node dist/cli.js corpus --article ${W}`);
    let s = await t.waitFor(/Vladimir Putin has agreed to permit Ukraine/, /q quit/);
    assert.equal(t.alternateOn(), true, `runs on the alternate screen:\n${s}`);
    // The frame is at most rows-1 high: the last row of the terminal stays empty.
    const rows = s.replace(/\n$/, '').split('\n');
    assert.equal(rows.length, 40);
    assert.equal(rows[39]!.trim(), '');
    assert.notEqual(rows[38]!.trim(), '');
    assert.match(s.split('\n')[0]!, /Vladimir Putin has agreed|003_1ab33e03965e3d5e/);

    t.keys('/');
    await t.waitFor(/Search every statement/);
    t.keys('concession');
    s = await t.waitFor(/\/ concession/, /\d+ results?/, /We were able to win the following/);
    assert.match(s, /Steve Witkoff/);

    // Enter: the reader of one of the two sources, on the statement.
    t.keys('Enter');
    s = await t.waitFor(/quote \d+\/\d+ · lines/);
    const first = s.split('\n')[0]!;
    const cur = s.split('\n').filter((l) => l.startsWith('▶')).join(' ');
    assert.match(cur, /concession|We were able/);
    const in004 = /Trump hints at/.test(first);

    // ]: the same statement in the other source.
    t.keys(']');
    s = await t.waitFor(in004 ? /^.*(Vladimir Putin has agreed|003_1ab33e03965e3d5e).*quote/ : /^.*Trump hints at.*quote/);
    assert.match(s.split('\n').filter((l) => l.startsWith('▶')).join(' '), /concession|We were able|Article 5-like/);

    // c: every version, side by side in one list, with the word diff.
    t.keys('c');
    s = await t.waitFor(/Across sources: every version/, /versions in 2 sources/);
    assert.match(s, /The Indian Express/);
    assert.match(s, /Steve Witkoff/);
    assert.match(s, /We were able to win the following concession/);

    t.keys('q');
    s = await t.waitFor(/EXIT:\d+/);
    assertShellBack(t, s, 0);
  } finally {
    t.kill();
  }
});

test('SIGTERM and SIGHUP restore the terminal', { skip: !haveTmux && 'tmux not installed' }, async () => {
  for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    const t = new Term();
    try {
      await t.run('CI=false node dist/cli.js corpus');
      await t.waitFor(/q quit/);
      process.kill(t.childPid(), signal);
      const s = await t.waitFor(/EXIT:\d+/);
      assertShellBack(t, s, status);
    } finally {
      t.kill();
    }
  }
});

test('Ctrl-C quits from the search prompt; resize reflows; too small shows a notice', { skip: !haveTmux && 'tmux not installed' }, async () => {
  const t = new Term(100, 30);
  try {
    await t.run('CI=false node dist/cli.js corpus');
    await t.waitFor(/1\/5/, /Tab pane/);
    t.tmux('resize-window', '-t', '0', '-x', '50', '-y', '12');
    // One line, no garbage left from the larger frame.
    let s = await t.waitFor(/enlarge the terminal/, (screen) => screen.trim().split('\n').length === 1);
    t.tmux('resize-window', '-t', '0', '-x', '80', '-y', '24');
    s = await t.waitFor(/Tab pane/, (screen) => screen.split('\n').every((line) => [...line].length <= 80));
    t.keys('/', 'x');
    await t.waitFor(/\/ x/);
    t.keys('C-c');
    s = await t.waitFor(/EXIT:\d+/);
    assertShellBack(t, s, 0);
  } finally {
    t.kill();
  }
});

test('stdin not a terminal: one-line hint, exit 2', { skip: !haveTmux && 'tmux not installed' }, async () => {
  const t = new Term();
  try {
    await t.run('CI=false node dist/cli.js corpus < /dev/null');
    const s = await t.waitFor(/EXIT:\d+/);
    assert.match(s, /whosaid: stdin is not a terminal; .*whosaid export/);
    assert.match(s, /EXIT:2/);
    assert.equal(t.alternateOn(), false);
  } finally {
    t.kill();
  }
});

test('a bad --article in a terminal: the screen is restored, then one line, exit 2', { skip: !haveTmux && 'tmux not installed' }, async () => {
  const t = new Term();
  try {
    await t.run('CI=false node dist/cli.js corpus --article zebra');
    const s = await t.waitFor(/EXIT:\d+/);
    assert.match(s, /\nwhosaid: no article matches "zebra"\nEXIT:2\n/);
    assertShellBack(t, s, 2);
  } finally {
    t.kill();
  }
});
