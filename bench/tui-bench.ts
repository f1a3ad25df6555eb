// Measures the real TUI in a pseudo-terminal (util-linux `script`): process start to first
// frame, and navigation keystroke to its frame. Prints figures; asserts nothing.
//   npm run build && node --import tsx bench/tui-bench.ts [DIR] [--keys N]
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'corpus';
const keysArg = args.indexOf('--keys');
const N = keysArg >= 0 ? Number(args[keysArg + 1]) : 60;

function median(xs: number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
const pct = (xs: number[], p: number): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};
const missing = (xs: number[]): string => (xs.some(Number.isNaN) ? `, ${xs.filter(Number.isNaN).length} without a frame` : '');

interface Session {
  firstFrameMs: number;
  write(keys: string): Promise<number>;
  close(): Promise<void>;
}

async function start(): Promise<Session> {
  const t0 = performance.now();
  const cmd = `stty cols 120 rows 40; cd ${ROOT} && CI=false exec node dist/cli.js ${dir}`;
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let waiter: ((t: number) => void) | null = null;
  let seen = '';
  let first = -1;
  const firstFrame = new Promise<number>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now();
      if (first < 0) {
        seen += chunk.toString('utf8');
        // The status bar is the last line of a frame; styles split it, so strip them.
        if (seen.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '').includes('q quit')) {
          first = now - t0;
          resolve(first);
        }
        return;
      }
      if (waiter) {
        const w = waiter;
        waiter = null;
        w(now);
      }
    });
  });
  const firstFrameMs = await firstFrame;
  await new Promise((r) => setTimeout(r, 200));
  return {
    firstFrameMs,
    write(keys) {
      return new Promise((resolve) => {
        const sent = performance.now();
        const timer = setTimeout(() => {
          waiter = null;
          resolve(NaN); // no frame: counted as missing
        }, 2000);
        waiter = (t) => {
          clearTimeout(timer);
          resolve(t - sent);
        };
        child.stdin.write(keys);
      });
    },
    async close() {
      child.stdin.write('q');
      await new Promise((r) => child.on('exit', r));
    },
  };
}

async function keystrokes(s: Session, keys: string[], n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await s.write(keys[i % keys.length]!));
    // Human-rate typing: one key after the frame settles.
    await new Promise((r) => setTimeout(r, 40));
  }
  return out;
}

const base = spawnSync(process.execPath, ['-e', '0']);
void base;
const t = performance.now();
spawnSync(process.execPath, ['-e', '0']);
const nodeBare = performance.now() - t;

const starts: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = await start();
  starts.push(s.firstFrameMs);
  await s.close();
}
console.log(`corpus: ${dir}`);
console.log(`node -e 0 (floor): ${nodeBare.toFixed(0)} ms`);
console.log(`start to first frame: median ${median(starts).toFixed(0)} ms (runs: ${starts.map((x) => x.toFixed(0)).join(', ')})`);

const s = await start();
const list = await keystrokes(s, ['j', 'k'], N);
console.log(`explorer j/k -> frame: median ${median(list).toFixed(1)} ms, p90 ${pct(list, 0.9).toFixed(1)} ms (${N} keys${missing(list)})`);
// The longest article of the seed corpus is the third one.
for (const k of ['g', 'j', 'j']) {
  await s.write(k);
  await new Promise((r) => setTimeout(r, 60));
}
await s.write('\r');
await new Promise((r) => setTimeout(r, 100));
const reader = await keystrokes(s, ['j', 'j', 'k', 'n'], N);
console.log(`reader j/k/n -> frame: median ${median(reader).toFixed(1)} ms, p90 ${pct(reader, 0.9).toFixed(1)} ms (${N} keys${missing(reader)})`);
await s.write('/');
await new Promise((r) => setTimeout(r, 100));
const typing = await keystrokes(s, [...'concession'], 10);
console.log(`search typing -> frame: median ${median(typing).toFixed(1)} ms, p90 ${pct(typing, 0.9).toFixed(1)} ms (10 keys${missing(typing)})`);
await s.write('\x1b');
await new Promise((r) => setTimeout(r, 100));
await s.close();
