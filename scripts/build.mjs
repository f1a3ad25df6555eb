// Bundles the CLI so start-up reads a few files instead of hundreds. Dependencies are
// bundled too (resolving and reading ink's ~100 modules was most of the start-up time),
// and the explorer (ink, react, yoga) sits in its own chunk, loaded only when the TUI
// starts: `whosaid export` and `--version` never pay for it.
//
// Builds go to a temporary folder and each file is renamed into dist/, so a whosaid that
// is running (or a test suite building at the same time) never reads a half-written file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { engineHash } from './engine-hash.mjs';

mkdirSync('dist', { recursive: true });
const tmp = mkdtempSync(path.join('dist', '.build-'));

// Bundled CommonJS modules (react) still call require().
const requireShim = 'import { createRequire as __whosaidRequire } from "node:module";\nconst require = __whosaidRequire(import.meta.url);';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // The cache keys analyses by the engine's source hash (source/cache/version.ts).
  define: { WHOSAID_ENGINE_HASH: JSON.stringify(engineHash('source')) },
};

// Ink tokenises every line of every frame into styled cells, with caches that live for
// one frame. Most lines are the same from one frame to the next (scrolling shifts them,
// moving a selection changes two), so the bundle keeps those caches across frames,
// bounded (~1,500 lines, some 20 frames). Only the bundle is patched; if Ink's source
// changes shape, nothing is.
const inkFrameCaches = {
  name: 'ink-frame-caches',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const field = '    caches = new OutputCaches();';
      if (!source.includes(field) || !source.includes('class OutputCaches {')) return undefined;
      const shared = [
        'let sharedCaches;',
        'const frameCaches = () => {',
        '    if (!sharedCaches || sharedCaches.styledChars.size > 1500 || sharedCaches.widths.size > 20000) sharedCaches = new OutputCaches();',
        '    return sharedCaches;',
        '};',
        'export default class Output {',
      ].join('\n');
      return {
        contents: source.replace('export default class Output {', shared).replace(field, '    caches = frameCaches();'),
        loader: 'js',
      };
    });
  },
};

try {
  await build({
    ...common,
    entryPoints: { cli: 'source/cli.tsx' },
    outdir: tmp,
    // Chunks sit next to cli.js: code that finds dist/worker.js via import.meta.url may land in one.
    chunkNames: '[name]-[hash]',
    splitting: true,
    // Ink loads react-devtools-core only when DEV=true; it is not installed.
    external: ['react-devtools-core'],
    // React's production build; minified, the explorer chunk parses faster at start-up.
    define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
    minify: true,
    keepNames: true,
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
    plugins: [inkFrameCaches],
  });

  // Analysis worker thread (source/analyze.ts starts dist/worker.js next to dist/cli.js).
  await build({
    ...common,
    entryPoints: ['source/worker/analyze-worker.ts'],
    outfile: path.join(tmp, 'worker.js'),
    packages: 'external',
  });

  // Search worker thread (source/search/worker-client.ts starts dist/search-worker.js next
  // to the code that starts it).
  await build({
    ...common,
    entryPoints: { 'search-worker': 'source/search/worker.ts' },
    outdir: tmp,
    banner: { js: requireShim },
  });

  const built = readdirSync(tmp);
  for (const name of built) renameSync(path.join(tmp, name), path.join('dist', name));
  // Hashed chunks of earlier builds.
  const CHUNK = /^[a-z]+-[A-Z0-9]{8}\.js$/;
  for (const name of readdirSync('dist')) if (CHUNK.test(name) && !built.includes(name)) rmSync(path.join('dist', name));
  rmSync('dist/chunks', { recursive: true, force: true });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
