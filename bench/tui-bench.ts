// Measures the real TUI in a pseudo-terminal (util-linux `script`): process start to first
// frame, and navigation keystroke to its frame. Prints figures; asserts nothing.
//   npm run build && node --import tsx bench/tui-bench.ts [DIR] [--keys N]
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keysArg = args.indexOf('--keys');
const dir = args.find((a, i) => !a.startsWith('--') && i !== keysArg + 1) ?? 'corpus';
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
  /** CPU seconds the whosaid process has used so far (from /proc). */
  cpu(): number;
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
  // script -> (exec) node: the TUI is the child of script.
  const pid = Number(spawnSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0]);
  return {
    firstFrameMs,
    cpu() {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return NaN;
      }
    },
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
// Let the search worker build its index first (it starts 300 ms after the first frame).
await new Promise((r) => setTimeout(r, 1500));
let cpu0 = s.cpu();
const list = await keystrokes(s, ['j', 'k'], N);
const listCpu = ((s.cpu() - cpu0) * 1000) / N;
console.log(`explorer j/k -> frame: median ${median(list).toFixed(1)} ms, p90 ${pct(list, 0.9).toFixed(1)} ms (${N} keys${missing(list)}); whosaid CPU ${listCpu.toFixed(1)} ms per key`);
// The longest article of the seed corpus is the third one.
for (const k of ['g', 'j', 'j']) {
  await s.write(k);
  await new Promise((r) => setTimeout(r, 60));
}
await s.write('\r');
await new Promise((r) => setTimeout(r, 100));
cpu0 = s.cpu();
const reader = await keystrokes(s, ['j', 'j', 'k', 'n'], N);
const readerCpu = ((s.cpu() - cpu0) * 1000) / N;
console.log(`reader j/k/n -> frame: median ${median(reader).toFixed(1)} ms, p90 ${pct(reader, 0.9).toFixed(1)} ms (${N} keys${missing(reader)}); whosaid CPU ${readerCpu.toFixed(1)} ms per key`);
await s.write('/');
await new Promise((r) => setTimeout(r, 100));
const typing = await keystrokes(s, [...'concession'], 10);
console.log(`search typing -> frame: median ${median(typing).toFixed(1)} ms, p90 ${pct(typing, 0.9).toFixed(1)} ms (10 keys${missing(typing)})`);
await s.write('\x1b');
await new Promise((r) => setTimeout(r, 100));
await s.close();

// In-process, the CPU a keystroke costs (reducer, frame, React, Ink) without waiting for
// the terminal or for a busy machine's scheduler: process CPU time from key to frame.
{
  process.env.NODE_ENV = 'production';
  const { EventEmitter } = await import('node:events');
  const React = (await import('react')).default;
  const { render } = await import('ink');
  const { App } = await import('../source/ui/app.tsx');
  const { buildModel } = await import('../source/ui/model.ts');
  const { makeTheme } = await import('../source/ui/theme.ts');
  const { createSearch } = await import('../source/search/index.ts');
  const { analyzeCorpus } = await import('../source/analyze.ts');
  const corpus = await analyzeCorpus(dir);
  class Out extends EventEmitter {
    isTTY = true;
    columns = 120;
    rows = 40;
    mark: NodeJS.CpuUsage | null = null;
    cpu: number[] = [];
    write(): boolean {
      if (this.mark) {
        const d = process.cpuUsage(this.mark);
        this.cpu.push((d.user + d.system) / 1000);
        this.mark = null;
      }
      return true;
    }
  }
  class In extends EventEmitter {
    isTTY = true;
    data: string | null = null;
    setRawMode(): void {}
    setEncoding(): void {}
    resume(): void {}
    pause(): void {}
    ref(): void {}
    unref(): void {}
    read = (): string | null => {
      const d = this.data;
      this.data = null;
      return d;
    };
    send(d: string): void {
      this.data = d;
      this.emit('readable');
    }
  }
  const out = new Out();
  const inp = new In();
  const app = render(React.createElement(App, { model: buildModel(corpus), searcher: createSearch(corpus), theme: makeTheme(true) }), {
    stdout: out as unknown as NodeJS.WriteStream, stdin: inp as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false, maxFps: 1000,
  });
  await new Promise((r) => setTimeout(r, 100));
  const run = async (keys: string[], n: number): Promise<number[]> => {
    out.cpu = [];
    for (let i = 0; i < n; i++) {
      out.mark = process.cpuUsage();
      inp.send(keys[i % keys.length]!);
      await new Promise((r) => setTimeout(r, 10));
    }
    return out.cpu;
  };
  const explorer = await run(['j', 'k'], 200);
  await run(['g', 'j', 'j', '\r'], 4);
  const reader = await run(['j', 'j', 'k', 'n'], 200);
  console.log(`in-process CPU per key -> frame: explorer median ${median(explorer).toFixed(1)} ms (p90 ${pct(explorer, 0.9).toFixed(1)}), reader median ${median(reader).toFixed(1)} ms (p90 ${pct(reader, 0.9).toFixed(1)})`);
  app.unmount();
  setTimeout(() => process.exit(0), 10);
}
