// Bundles the CLI into one ES module so start-up reads one file instead of hundreds.
import { build } from 'esbuild';

await build({
  entryPoints: ['source/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
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
