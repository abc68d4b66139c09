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

/**
 * Published commits whose messages use a type bump-version does not know (`bench`, since retired in
 * favour of `test(bench)`). Published history is never rewritten, so they are named here and reported
 * as known rather than failing the check; every other commit must be a Conventional Commit.
 */
export const KNOWN_EXCEPTIONS = new Set([
  '11e3b7b7e367c4369c621452f9701b12777c4643',
  '90214179a2caef0306953b227c691075db600567',
]);

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
const judged = commits.map((commit) => ({ ...commit, problem: commitMessageProblem(commit.message) }));
const known = judged.filter((commit) => commit.problem && KNOWN_EXCEPTIONS.has(commit.hash));
const failures = judged.filter((commit) => commit.problem && !KNOWN_EXCEPTIONS.has(commit.hash));
for (const { hash, message } of known)
  console.log(
    `${hash.slice(0, 7)} "${message.trim().split('\n')[0]}": published with the retired bench type, kept as it is`,
  );
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
} else {
  const except =
    known.length > 0 ? `, besides ${known.length} published exception${known.length === 1 ? '' : 's'}` : '';
  console.log(`${checked}: all Conventional Commits${except}.`);
}
