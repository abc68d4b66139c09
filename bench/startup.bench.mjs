#!/usr/bin/env node
// Cold start of every bundle (run with no inputs, as a missing-input failure),
// against bare `node -e 0` in the same run, plus each bundle's size on disk.
// Aim: at most 1.5x bare node.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listActions } from '../scripts/actions.mjs';
import { hasCommand, writeResult } from './lib.mjs';

const actions = listActions().filter((name) => {
  try {
    return statSync(`dist/${name}/index.js`).isFile();
  } catch {
    return false;
  }
});
const runs = 30;

function sizeOf(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

function timeWithLoop(args) {
  const samples = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore', env: { PATH: process.env.PATH } });
    if (i >= 3) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    meanMs: samples.reduce((a, b) => a + b, 0) / samples.length,
    medianMs: samples[Math.floor(samples.length / 2)],
  };
}

function measure() {
  const commands = [['node -e 0', ['-e', '0']], ...actions.map((name) => [name, [`dist/${name}/index.js`]])];
  if (hasCommand('hyperfine')) {
    const args = ['-N', '-i', '-w', '3', '-r', String(runs), '--export-json', '/tmp/startup-hyperfine.json'];
    for (const [, argv] of commands) args.push([process.execPath, ...argv].join(' '));
    const result = spawnSync('hyperfine', args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { PATH: process.env.PATH },
    });
    if (result.status === 0) {
      const json = JSON.parse(readFileSync('/tmp/startup-hyperfine.json', 'utf8'));
      return {
        tool: 'hyperfine',
        times: json.results.map((r) => ({ meanMs: r.mean * 1000, medianMs: r.median * 1000 })),
      };
    }
  }
  return { tool: 'spawnSync loop', times: commands.map(([, argv]) => timeWithLoop(argv)) };
}

const { tool, times } = measure();
const bare = times[0];
writeResult('startup', {
  tool,
  runsPerCommand: runs,
  peer: { name: 'node -e 0', meanMs: bare.meanMs, medianMs: bare.medianMs },
  aim: 'cold start at most 1.5x bare node',
  bundles: actions.map((name, index) => ({
    action: name,
    meanMs: times[index + 1].meanMs,
    medianMs: times[index + 1].medianMs,
    ratioToBareNode: Number((times[index + 1].meanMs / bare.meanMs).toFixed(2)),
    sizeBytes: sizeOf(`dist/${name}`),
  })),
});
