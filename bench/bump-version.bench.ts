// bump-version's analysis of a long history, against the peer most teams use
// (conventional-recommended-bump + conventional-changelog, conventionalcommits preset,
// bumpStrict) and against a bare `git log` of the same range, all in the same run.
// The history: 100,000 random commits since the last release tag, written with
// git fast-import. bump-version runs as its bundle in a dry run (plan, notes, files:
// everything but the writes). Histories of 10,000 and 300,000 commits show whether
// memory grows with the length of the history. Memory is reported twice: the node
// process's own peak (read from inside it at exit), and the peak of the process tree
// as GNU time sees it, which includes git (git log itself needs memory in proportion
// to the commits it walks: see the git log figures).
// Aim: at least 10x faster than the peer, within 2x of git log, flat memory.
import type { SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logArguments } from '../packages/versioning/src/index.js';
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
const SIZES = [10_000, LONG, 300_000];
const RUNS = 3;
const root = mkdtempSync(join(tmpdir(), 'bench-bump-version-'));

interface Figure {
  seconds: number;
  /** Peak resident memory of the process tree (GNU time): for node, git's included. */
  peakMiB?: number;
  /** Peak resident memory of the node process alone. */
  ownPeakMiB?: number;
}

/** Loaded into a node process: prints its own peak resident memory when it exits. */
const OWN_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('__OWN_PEAK_KB__='+process.resourceUsage().maxRSS+'\\n'))`;

function median(samples: Figure[]): Figure {
  const pick = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const mib = (values: (number | undefined)[]) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length ? Number(pick(known).toFixed(1)) : undefined;
  };
  return {
    seconds: Number(pick(samples.map((s) => s.seconds)).toFixed(3)),
    peakMiB: mib(samples.map((s) => s.peakMiB)),
    ownPeakMiB: mib(samples.map((s) => s.ownPeakMiB)),
  };
}

function measure(
  label: string,
  command: string,
  args: string[],
  options: SpawnSyncOptions = {},
  runs = RUNS,
): Figure {
  const samples: Figure[] = [];
  for (let i = 0; i < runs; i += 1) {
    const result = runMeasured(command, args, options);
    if (result.status !== 0)
      throw new Error(`${label} failed (${result.status}): ${String(result.stderr).slice(-2000)}`);
    const own = /__OWN_PEAK_KB__=(\d+)/.exec(String(result.stderr ?? ''));
    samples.push({
      seconds: result.seconds,
      peakMiB: result.peakMiB,
      ownPeakMiB: own ? Number(own[1]) / 1024 : undefined,
    });
  }
  const figure = median(samples);
  const own = figure.ownPeakMiB === undefined ? '' : `, node itself ${figure.ownPeakMiB} MiB`;
  console.log(`${label}: ${figure.seconds}s, peak ${figure.peakMiB ?? '?'} MiB${own} (median of ${runs})`);
  return figure;
}

async function makeRepository(commits: number): Promise<string> {
  const name = `${commits / 1000}k`;
  const dir = join(root, name);
  const started = Date.now();
  // The release tag sits on the root commit, so every later commit is "since the last release".
  await writeHistory(
    dir,
    generateHistory(seededRandom(commits), { commits: commits + 1, tagAt: 0, mergeRate: 0.02 }),
  );
  console.log(
    `${name}: ${commits} commits since v1.0.0, written in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
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
  const args = ['--import', OWN_PEAK, 'dist/bump-version/index.js'];
  return measure(`bump-version (${repo.split('/').pop()})`, process.execPath, args, {
    env,
    cwd: process.cwd(),
  });
}

/** Live heap once the analysis is done and garbage collected, with the analysis still held: what it keeps. */
const LIVE_HEAP_SCRIPT = `
import { analyseHistory } from './packages/versioning/src/index.ts';
const analysis = await analyseHistory({ cwd: process.argv[1], from: 'v1.0.0', to: 'HEAD', lookupCandidates: 50 });
globalThis.gc();
console.log(JSON.stringify({ commits: analysis.commits, entries: analysis.entries.size, liveHeapMiB: process.memoryUsage().heapUsed / 2 ** 20 }));
`;

function liveHeap(repo: string): { commits: number; entries: number; liveHeapMiB: number } {
  const args = ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', LIVE_HEAP_SCRIPT, repo];
  const result = runMeasured(process.execPath, args, { cwd: process.cwd() });
  if (result.status !== 0)
    throw new Error(`live heap measurement failed: ${String(result.stderr).slice(-2000)}`);
  const figures = JSON.parse(String(result.stdout).trim().split('\n').pop()!) as {
    commits: number;
    entries: number;
    liveHeapMiB: number;
  };
  figures.liveHeapMiB = Number(figures.liveHeapMiB.toFixed(1));
  console.log(`live heap after the analysis (${repo.split('/').pop()}): ${figures.liveHeapMiB} MiB`);
  return figures;
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
  const args = ['--import', OWN_PEAK, '--input-type=module', '-e', PEER_SCRIPT, repo];
  return measure(`peer (${repo.split('/').pop()})`, process.execPath, args, { cwd: process.cwd() }, 1);
}

function gitLog(repo: string, args: string[], label: string): Figure {
  return measure(label, 'git', ['-C', repo, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

try {
  const repos = new Map<number, string>();
  for (const size of SIZES) repos.set(size, await makeRepository(size));
  const long = repos.get(LONG)!;
  const ours = new Map(
    SIZES.map((size) => [size, { ...bumpVersion(repos.get(size)!), ...liveHeap(repos.get(size)!) }]),
  );
  const bare = gitLog(long, ['log', 'v1.0.0..HEAD'], 'git log v1.0.0..HEAD');
  const sameArgs = gitLog(
    long,
    logArguments({ from: 'v1.0.0', to: 'HEAD' }),
    'git log as bump-version runs it',
  );
  const gitLogLongest = gitLog(repos.get(SIZES[2]!)!, ['log', 'v1.0.0..HEAD'], 'git log v1.0.0..HEAD (300k)');
  const theirs = peer(long);
  const main = ours.get(LONG)!;
  const ratio = (a: number | undefined, b: number | undefined) =>
    a && b ? Number((a / b).toFixed(2)) : undefined;
  writeResult('bump-version', {
    history: {
      commitsSinceLastTag: LONG,
      generator: 'test/peer/history.ts (seeded), written with git fast-import',
    },
    runsPerMeasurement: RUNS,
    aims: 'at least 10x faster than the peer; within 2x of git log; memory flat with history length',
    bumpVersion: {
      ...main,
      what: 'dist/bump-version/index.js, release-type auto, dry-run (plan, notes, changelog and version files)',
    },
    // ownPeakMiB levels off as V8's young generation reaches its full size; liveHeapMiB is what the analysis keeps.
    bumpVersionBySize: SIZES.map((size) => ({ commitsSinceLastTag: size, ...ours.get(size)! })),
    peer: {
      ...theirs,
      name: 'conventional-recommended-bump 11 + conventional-changelog 7, conventionalcommits preset, bumpStrict',
      runs: 1,
    },
    gitLog: { plain: bare, asBumpVersionRunsIt: sameArgs, plainOn300k: gitLogLongest },
    ratios: {
      peerOverBumpVersion: ratio(theirs.seconds, main.seconds),
      bumpVersionOverGitLog: ratio(main.seconds, bare.seconds),
      bumpVersionOverGitLogSameArguments: ratio(main.seconds, sameArgs.seconds),
      ownPeakMemory100kOver10k: ratio(main.ownPeakMiB, ours.get(SIZES[0]!)!.ownPeakMiB),
      ownPeakMemory300kOver100k: ratio(ours.get(SIZES[2]!)!.ownPeakMiB, main.ownPeakMiB),
      peerOwnPeakOverBumpVersion: ratio(theirs.ownPeakMiB, main.ownPeakMiB),
    },
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
