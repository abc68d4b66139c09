#!/usr/bin/env node
// Checks that every commit since the Conventional Commits baseline is one, with the
// parser bump-version uses (packages/versioning), so that versions and release notes
// read each message as its author meant. `.ci/run` runs it; run it yourself before
// pushing: `node scripts/check-commits.mjs [--since <commit>]`.
//
// The history before the baseline predates the convention and is not checked. Merge
// commits are not checked either: their messages are written by git or GitHub.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

/** The last commit before the repository adopted Conventional Commits. */
export const BASELINE = '5cb812a8db7c188c32789b0c8100e86ab02020ac';

/** Types this repository uses beside the ones bump-version knows; none of them makes a release. */
export const EXTRA_TYPES = ['bench'];

const git = (args) =>
  execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function hasCommit(ref) {
  try {
    git(['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** A shallow clone (actions/checkout's default) lacks the baseline: fetch the rest of the history. */
function ensureHistory(since) {
  if (hasCommit(since)) return;
  if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    git(['fetch', '--quiet', '--unshallow', 'origin']);
    if (hasCommit(since)) return;
  }
  console.error(`Commit ${since} is not in this clone: check out the whole history (fetch-depth: 0).`);
  process.exit(2);
}

const { values } = parseArgs({ options: { since: { type: 'string', default: BASELINE } } });
register();
const { commitMessageProblem } = await import('../packages/versioning/src/index.ts');

ensureHistory(values.since);
const log = git(['log', '--no-merges', '-z', '--format=%H%n%B', `${values.since}..HEAD`]);
const commits = log
  .split('\0')
  .filter((record) => record.trim())
  .map((record) => {
    const newline = record.indexOf('\n');
    return { hash: record.slice(0, newline).trim(), message: record.slice(newline + 1) };
  });
const failures = commits
  .map((commit) => ({
    ...commit,
    problem: commitMessageProblem(commit.message, { extraTypes: EXTRA_TYPES }),
  }))
  .filter((commit) => commit.problem);
for (const { hash, message, problem } of failures) {
  const header = message.trim().split('\n')[0];
  console.log(`${hash.slice(0, 7)} "${header}": ${problem}`);
}
const checked = `${commits.length} commit${commits.length === 1 ? '' : 's'} since ${values.since.slice(0, 7)}`;
if (failures.length > 0) {
  console.log(
    `\n${failures.length} of ${checked} ${failures.length === 1 ? 'is' : 'are'} not Conventional Commits; see CONTRIBUTING.md.`,
  );
  process.exitCode = 1;
} else console.log(`${checked}: all Conventional Commits.`);
