import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';

/**
 * Random but reproducible git histories: conventional and non-conventional
 * messages, scopes, bodies, breaking changes, squash-merge PR numbers, reverts
 * of earlier commits and merged topic branches, written in one `git fast-import`
 * so that even 100,000 commits take seconds. Reverts must name their target's
 * hash inside the message, so every commit's hash is computed here first, exactly
 * as git computes it (an empty tree, fixed identities, increasing dates).
 */

export type Random = () => number;

/** mulberry32: a tiny seeded generator, so a failing history can be made again from its seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const TYPES = [
  'feat',
  'feat',
  'fix',
  'fix',
  'fix',
  'perf',
  'docs',
  'docs',
  'chore',
  'chore',
  'refactor',
  'test',
  'build',
  'ci',
  'style',
  'feature',
  'revert',
];
/** Types people write that the convention does not define, and capitalised ones. */
const ODD_TYPES = ['Fix', 'Feat', 'Docs', 'wip', 'release', 'deps', 'hotfix'];
const SCOPES = ['api', 'ui', 'core', 'deps', 'ui/forms', 'cli', 'auth'];
const SUBJECTS = [
  'add pagination to the list endpoint',
  'handle empty responses',
  'speed up start-up',
  'explain the configuration file',
  'update dependencies',
  'rename internal helpers',
  'cover the retry path',
  'support dark mode',
  'drop the legacy flag',
  'fix typo in error message',
  'make the cache configurable',
  'résumé export keeps accents ✓',
];
const FREE_TEXT = [
  'Update README.md',
  'Fix typo',
  'WIP',
  'Bump lodash from 4.17.20 to 4.17.21',
  'Initial import',
  'Refactor the parser',
  "Merge branch 'main' into feature",
  'release 1.2',
  'hotfix login',
  'fix the login bug',
  'Add tests',
  'Apply suggestions from code review',
];
const BODIES = [
  'The previous behaviour dropped the last page.',
  'Measured on the CI machine: 30% faster.',
  'Closes #42',
  'Co-authored-by: Someone <someone@example.com>',
  'This needs a follow-up.\n\nSee the design notes for details.',
];

export interface GeneratedCommit {
  hash: string;
  message: string;
  /** Indexes into the history: one parent, or two for a merge. */
  parents: number[];
}

export interface GeneratedHistory {
  commits: GeneratedCommit[];
  /** Lightweight release tags: name → commit index. */
  tags: Record<string, number>;
}

const AUTHOR = 'Release Tester <tester@example.com>';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const START = 1_767_600_000;

function commitHash(parents: string[], message: string, time: number): string {
  const lines = [`tree ${EMPTY_TREE}`, ...parents.map((p) => `parent ${p}`)];
  lines.push(`author ${AUTHOR} ${time} +0000`, `committer ${AUTHOR} ${time} +0000`, '', message);
  const body = Buffer.from(lines.join('\n'));
  return createHash('sha1').update(`commit ${body.length}\0`).update(body).digest('hex');
}

function header(message: string): string {
  return message.split('\n')[0]!;
}

/** One random message; `revertable` picks an earlier commit a revert may name, if there is one. */
export function randomMessage(
  random: Random,
  revertable: () => GeneratedCommit | undefined,
  pr: () => number,
): string {
  const roll = random();
  const target = roll < 0.04 ? revertable() : undefined;
  if (target) {
    const line = header(target.message);
    // A revert of a revert is always in git's own form (`Revert "Revert "x""`), as git writes it.
    return random() < 0.75 || line.startsWith('Revert "')
      ? `Revert "${line}"\n\nThis reverts commit ${target.hash}.\n`
      : `revert: ${line}\n\nThis reverts commit ${target.hash}.\n`;
  }
  if (roll < 0.22) {
    const text = pick(random, FREE_TEXT);
    return random() < 0.06 ? `${text}\n\nBREAKING CHANGE: the old flag is gone\n` : `${text}\n`;
  }
  const type = random() < 0.06 ? pick(random, ODD_TYPES) : pick(random, TYPES);
  const scope = random() < 0.5 ? `(${pick(random, SCOPES)})` : '';
  const bang = random() < 0.04 ? '!' : '';
  const suffix = random() < 0.3 ? ` (#${pr()})` : '';
  let message = `${type}${scope}${bang}: ${pick(random, SUBJECTS)}${suffix}\n`;
  if (random() < 0.3) message += `\n${pick(random, BODIES)}\n`;
  const footer = random();
  if (footer < 0.04)
    message += '\nBREAKING CHANGE: configuration moved to a new file\nand the old one is ignored\n';
  else if (footer < 0.06) message += '\nBREAKING-CHANGE: removed the v1 endpoint\n';
  return message;
}

export interface HistoryOptions {
  commits: number;
  /** Index of the commit that gets the release tag, if any. */
  tagAt?: number;
  tagName?: string;
  /** Share of commits that start a short topic branch merged back with a merge commit. */
  mergeRate?: number;
}

export function generateHistory(random: Random, options: HistoryOptions): GeneratedHistory {
  const commits: GeneratedCommit[] = [];
  let prNumber = 100;
  const pr = () => (prNumber += 1);
  const add = (message: string, parents: number[]) => {
    const time = START + commits.length * 60;
    const hash = commitHash(
      parents.map((p) => commits[p]!.hash),
      message,
      time,
    );
    commits.push({ hash, message, parents });
    return commits.length - 1;
  };
  // Main-line commits not yet reverted (never the first): each is reverted at most once.
  const candidates: number[] = [];
  const revertable = () => {
    if (candidates.length === 0) return undefined;
    const at = Math.floor(random() * candidates.length);
    const index = candidates[at]!;
    candidates[at] = candidates[candidates.length - 1]!;
    candidates.pop();
    return commits[index];
  };
  let tip = add('chore: initial commit\n', []);
  while (commits.length < options.commits) {
    if (random() < (options.mergeRate ?? 0.03) && commits.length + 3 < options.commits) {
      // A topic branch of one or two commits, merged as GitHub's "Create a merge commit" does.
      let topic = tip;
      const length = 1 + Math.floor(random() * 2);
      for (let i = 0; i < length; i += 1)
        topic = add(
          randomMessage(random, () => undefined, pr),
          [topic],
        );
      tip = add(`Merge pull request #${pr()} from acme/topic-${commits.length}\n\nTopic work\n`, [
        tip,
        topic,
      ]);
      continue;
    }
    tip = add(randomMessage(random, revertable, pr), [tip]);
    candidates.push(tip);
  }
  const tags: Record<string, number> = {};
  if (options.tagAt !== undefined)
    tags[options.tagName ?? 'v1.0.0'] = Math.min(options.tagAt, commits.length - 1);
  return { commits, tags };
}

/** Writes the history into a fresh repository (main = the last commit) and checks git made the same hashes. */
export async function writeHistory(dir: string, history: GeneratedHistory): Promise<void> {
  await git(['init', '--quiet', '--initial-branch=main', dir]);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const write = async (text: string) => {
    if (!child.stdin.write(text)) await once(child.stdin, 'drain');
  };
  for (const [index, commit] of history.commits.entries()) {
    const time = START + index * 60;
    const data = Buffer.from(commit.message);
    // A temporary ref per commit keeps side branches addressable by mark; main gets the last one.
    let block = `commit refs/heads/main\nmark :${index + 1}\nauthor ${AUTHOR} ${time} +0000\ncommitter ${AUTHOR} ${time} +0000\ndata ${data.length}\n${commit.message}\n`;
    const [first, second] = commit.parents;
    block += first === undefined ? 'deleteall\n' : `from :${first + 1}\n`;
    if (second !== undefined) block += `merge :${second + 1}\n`;
    await write(block);
  }
  await write(`reset refs/heads/main\nfrom :${history.commits.length}\n\n`);
  for (const [name, index] of Object.entries(history.tags))
    await write(`reset refs/tags/${name}\nfrom :${index + 1}\n\n`);
  await write('done\n');
  child.stdin.end();
  const [code] = (await once(child, 'close')) as [number];
  if (code !== 0) throw new Error(`git fast-import failed: ${stderr}`);
  const head = (await git(['rev-parse', 'main'], dir)).trim();
  const expected = history.commits[history.commits.length - 1]!.hash;
  if (head !== expected) throw new Error(`fast-import made ${head}, the generator computed ${expected}`);
}

export function git(args: string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`git ${args.join(' ')}: ${err}`)),
    );
  });
}
