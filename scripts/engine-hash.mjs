// A short hash of the engine's source (loading, cleaning, extraction, linking), so that cached
// analyses are keyed by the code that made them: any edit to the engine invalidates the cache
// without anyone having to remember to bump a version. The build bakes it into dist/; runs from
// source (tests, tsx) compute it at start-up.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ENGINE_PARTS = ['types.ts', 'corpus', 'extract', 'link'];

/** @param {string} sourceDir the project's source/ folder */
export function engineHash(sourceDir) {
  const files = [];
  const walk = (p) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else if (/\.tsx?$/.test(p)) files.push(p);
  };
  for (const part of ENGINE_PARTS) walk(path.join(sourceDir, part));
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(sourceDir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}
