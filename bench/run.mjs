#!/usr/bin/env node
// Runs every benchmark in bench/ (files named *.bench.mjs or *.bench.ts), one
// after another so they do not compete for the two cores. Each writes its
// figures, with the peer it is compared against, to bench/results/<name>.json.
// Usage: npm run bench [-- name...]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((file) => /\.bench\.(mjs|ts)$/.test(file))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.bench\.(mjs|ts)$/, '')))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const command = file.endsWith('.ts')
    ? ['npx', ['tsx', `bench/${file}`]]
    : [process.execPath, [`bench/${file}`]];
  const result = spawnSync(command[0], command[1], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file} failed (exit ${result.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
