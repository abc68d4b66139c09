// bump-version's analysis of a long history, against the peer most teams use
// (conventional-recommended-bump + conventional-changelog, conventionalcommits preset,
// bumpStrict) and against a bare `git log` of the same range, all in the same run.
// The history: 100,000 random commits since the last release tag, written with
// git fast-import. bump-version runs as its bundle in a dry run (plan, notes, files:
// everything but the writes). A 10,000-commit history shows whether memory grows
// with the length of the history.
// Aim: at least 10x faster than the peer, within 2x of git log, flat memory.
import type { SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory, seededRandom, writeHistory } from '../test/peer/history.js';

// bench/lib.mjs has no type declarations: the part used here.
interface BenchLib {
  runMeasured(
    command: string,
    args: string[],
    options?: SpawnSyncOptions,
  ): { seconds: number; peakMiB?: number; status: number | null; stdout: string; stderr: string };
  writeResult(name: string, figures: Record<string, unknown>): unknown;
}
const LIB: string = './lib.mjs';
const { runMeasured, writeResult } = (await import(LIB)) as BenchLib;

const LONG = 100_000;
const SHORT = 10_000;
const RUNS = 3;
const root = mkdtempSync(join(tmpdir(), 'bench-bump-version-'));

interface Figure {
  seconds: number;
  peakMiB?: number;
}

function median(samples: Figure[]): Figure {
  const pick = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const peaks = samples.map((s) => s.peakMiB).filter((p): p is number => p !== undefined);
  return {
    seconds: Number(pick(samples.map((s) => s.seconds)).toFixed(3)),
    peakMiB: peaks.length ? Number(pick(peaks).toFixed(1)) : undefined,
  };
}

function measure(label: string, command: string, args: string[], options: SpawnSyncOptions = {}, runs = RUNS): Figure {
  const samples: Figure[] = [];
  for (let i = 0; i < runs; i += 1) {
    const result = runMeasured(command, args, options);
    if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${String(result.stderr).slice(-2000)}`);
    samples.push({ seconds: result.seconds, peakMiB: result.peakMiB });
  }
  const figure = median(samples);
  console.log(`${label}: ${figure.seconds}s, peak ${figure.peakMiB ?? '?'} MiB (median of ${runs})`);
  return figure;
}

async function makeRepository(name: string, commits: number): Promise<string> {
  const dir = join(root, name);
  const started = Date.now();
  // The release tag sits on the root commit, so every later commit is "since the last release".
  await writeHistory(dir, generateHistory(seededRandom(commits), { commits: commits + 1, tagAt: 0, mergeRate: 0.02 }));
  console.log(`${name}: ${commits} commits since v1.0.0, written in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return dir;
}

/** The bundle as the runner starts it, in a dry run. */
function bumpVersion(repo: string): Figure {
  const temp = join(root, `runner-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(temp, 'tmp'), { recursive: true });
  const files = ['output', 'env', 'state', 'summary.md'].map((file) => join(temp, file));
  for (const file of files) writeFileSync(file, '');
  const env = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_OUTPUT: files[0],
    GITHUB_ENV: files[1],
    GITHUB_STATE: files[2],
    GITHUB_STEP_SUMMARY: files[3],
    RUNNER_TEMP: join(temp, 'tmp'),
    'INPUT_RELEASE-TYPE': 'auto',
    'INPUT_DRY-RUN': 'true',
  };
  return measure(`bump-version (${repo.split('/').pop()})`, process.execPath, ['dist/bump-version/index.js'], { env, cwd: process.cwd() });
}

/** The peer: the recommended bump, then the changelog of the same range. */
const PEER_SCRIPT = `
import { Bumper } from 'conventional-recommended-bump';
import { ConventionalChangelog } from 'conventional-changelog';
const dir = process.argv[1];
const preset = { name: 'conventionalcommits', bumpStrict: true };
const bump = await new Bumper(dir).loadPreset(preset).bump();
let size = 0;
for await (const chunk of new ConventionalChangelog(dir).loadPreset(preset).write()) size += chunk.length;
console.log(JSON.stringify({ releaseType: bump.releaseType, commits: bump.commits.length, changelogChars: size }));
`;

function peer(repo: string): Figure {
  return measure(`peer (${repo.split('/').pop()})`, process.execPath, ['--input-type=module', '-e', PEER_SCRIPT, repo], { cwd: process.cwd() }, 1);
}

function gitLog(repo: string, args: string[], label: string): Figure {
  return measure(label, 'git', ['-C', repo, 'log', ...args, 'v1.0.0..HEAD'], { stdio: ['ignore', 'ignore', 'pipe'] });
}

try {
  const long = await makeRepository('long', LONG);
  const short = await makeRepository('short', SHORT);
  const ours = bumpVersion(long);
  const oursShort = bumpVersion(short);
  const bare = gitLog(long, [], 'git log (default format)');
  const sameFormat = gitLog(long, ['-z', '--no-merges', '--format=%H%x1f%B'], 'git log (the format bump-version reads)');
  const theirs = peer(long);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  writeResult('bump-version', {
    history: { commitsSinceLastTag: LONG, generator: 'test/peer/history.ts (seeded), written with git fast-import' },
    runsPerMeasurement: RUNS,
    aims: 'at least 10x faster than the peer; within 2x of git log; memory flat with history length',
    bumpVersion: { ...ours, what: 'dist/bump-version/index.js, release-type auto, dry-run (plan, notes, changelog and version files in memory)' },
    bumpVersionShortHistory: { ...oursShort, commitsSinceLastTag: SHORT },
    peer: {
      ...theirs,
      name: 'conventional-recommended-bump 11 + conventional-changelog 7, conventionalcommits preset, bumpStrict',
      runs: 1,
    },
    gitLog: { defaultFormat: bare, bumpVersionFormat: sameFormat },
    ratios: {
      peerOverBumpVersion: ratio(theirs.seconds, ours.seconds),
      bumpVersionOverGitLog: ratio(ours.seconds, bare.seconds),
      bumpVersionOverGitLogSameFormat: ratio(ours.seconds, sameFormat.seconds),
      peakMemoryLongOverShort: ours.peakMiB && oursShort.peakMiB ? ratio(ours.peakMiB, oursShort.peakMiB) : undefined,
    },
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
