// Bundles the CLI so start-up reads a few files instead of hundreds. Dependencies are
// bundled too (resolving and reading ink's ~100 modules was most of the start-up time),
// and the explorer (ink, react, yoga) sits in its own chunk, loaded only when the TUI
// starts: `whosaid export` and `--version` never pay for it.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks sit next to cli.js (code that finds dist/worker.js via import.meta.url may land
// in one); drop the hashed ones of earlier builds.
mkdirSync('dist', { recursive: true });
const CHUNK = /^[a-z]+-[A-Z0-9]{8}\.js$/;
for (const name of readdirSync('dist', { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)) {
  if (CHUNK.test(name)) rmSync(`dist/${name}`);
}
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'source/cli.tsx' },
  outdir: 'dist',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Ink loads react-devtools-core only when DEV=true; it is not installed.
  external: ['react-devtools-core'],
  // React's production build; bundled CommonJS modules still need a require().
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __whosaidRequire } from "node:module";\nconst require = __whosaidRequire(import.meta.url);' },
  logLevel: 'warning',
});

// Analysis worker thread (source/analyze.ts starts dist/worker.js next to dist/cli.js).
await build({
  entryPoints: ['source/worker/analyze-worker.ts'],
  outfile: 'dist/worker.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});

// Search worker thread (source/search/worker-client.ts starts dist/search-worker.js next
// to the code that starts it).
await build({
  entryPoints: { 'search-worker': 'source/search/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: 'import { createRequire as __whosaidRequire } from "node:module";\nconst require = __whosaidRequire(import.meta.url);' },
  logLevel: 'warning',
});
