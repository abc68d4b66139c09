#!/usr/bin/env node
// Bundles each action with ncc into dist/<name>/. ncc type-checks as it goes
// (its transpile-only mode emits CommonJS, which breaks ES module bundles), so
// the whole project must typecheck for a build to succeed. The output is deterministic:
// the folder is emptied first, and ncc's output depends only on the sources.
// Usage: npm run build [-- name...]
import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listActions } from './actions.mjs';

const requested = process.argv.slice(2);
const all = listActions();
const unknown = requested.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown action(s): ${unknown.join(', ')}. Known: ${all.join(', ')}`);
  process.exit(1);
}
const names = requested.length > 0 ? requested : all;

// Each bundle is written to a staging dir (inside dist/, so the rename stays on
// one file system) and swapped in only when ncc succeeds, so
// a failed build never leaves dist/<name> missing or half written. The bytes do
// not depend on the output path: ncc names modules relative to the working dir.
function bundle(name) {
  const staging = mkdtempSync(join('dist', `.ncc-${name}-`));
  const out = join(staging, name);
  return new Promise((resolve, reject) => {
    const args = ['ncc', 'build', `actions/${name}/main.ts`, '-o', out, '--license', 'licenses.txt', '-q'];
    const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        rmSync(`dist/${name}`, { recursive: true, force: true });
        renameSync(out, `dist/${name}`);
      }
      rmSync(staging, { recursive: true, force: true });
      if (code === 0) resolve(name);
      else reject(new Error(`ncc failed for ${name} (${code})`));
    });
  });
}

// Two at a time: ncc is CPU-bound and these machines have two cores.
const queue = [...names];
const workers = Array.from({ length: 2 }, async () => {
  while (queue.length > 0) {
    const name = queue.shift();
    const started = Date.now();
    await bundle(name);
    console.log(`dist/${name}/index.js (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
});
try {
  await Promise.all(workers);
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
