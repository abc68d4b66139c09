import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { levelOf, parseCommitMessage, sectionOf } from '../../packages/versioning/src/index.js';
import { ROOT, runAction, type RunResult } from '../bench/runner.js';

/**
 * The preview step of self-release.yml, run as that workflow runs it: bump-version's
 * bundle in a dry run, with the step's own `with:` (the workflow_dispatch defaults
 * filled in), on a clone of this repository's real history. It is the first release:
 * the clone leaves tags out so that this keeps describing the first release after
 * it is published.
 */

const exec = promisify(execFile);
/** The last commit before this repository adopted Conventional Commits, as the commit check has it. */
const BASELINE =
  /export const BASELINE = '([0-9a-f]{40})'/.exec(
    await readFile(join(ROOT, 'scripts/check-commits.mjs'), 'utf8'),
  )?.[1] ?? '';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: { workflow_dispatch: { inputs: Record<string, { default?: string }> } };
  jobs: Record<string, { steps: Step[] }>;
}

/** The `with:` of the check job's bump-version step, `${{ inputs.x }}` replaced by x's default. */
async function previewInputs(): Promise<Record<string, string>> {
  const workflow = parse(
    await readFile(join(ROOT, '.github/workflows/self-release.yml'), 'utf8'),
  ) as Workflow;
  const step = workflow.jobs['check']!.steps.find((candidate) => candidate.uses === './bump-version');
  if (!step?.with) throw new Error('self-release.yml has no bump-version step in its check job');
  const defaults = workflow.on.workflow_dispatch.inputs;
  return Object.fromEntries(
    Object.entries(step.with).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => {
        const fallback = defaults[input]?.default;
        if (fallback === undefined) throw new Error(`inputs.${input} has no default in self-release.yml`);
        return String(fallback);
      }),
    ]),
  );
}

let clone: string;
let run: RunResult;
let inputs: Record<string, string>;

beforeAll(async () => {
  clone = await mkdtemp(join(tmpdir(), 'self-release-'));
  await exec('git', ['clone', '--quiet', '--no-tags', ROOT, join(clone, 'repo')]);
  inputs = await previewInputs();
  run = await runAction('bump-version', {
    workspace: join(clone, 'repo'),
    repository: 'org/release-actions',
    inputs,
    // No token: the pull request lookup stays off, as nothing here may reach GitHub.
    env: { INPUT_TOKEN: '' },
  });
}, 120_000);

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

/** Features and fixes since the baseline: what the notes of the first release must list. */
async function releasableSinceBaseline(): Promise<{ section: string; subject: string }[]> {
  const { stdout } = await exec('git', ['log', '--no-merges', '-z', '--format=%B', `${BASELINE}..HEAD`], {
    cwd: join(clone, 'repo'),
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('\0')
    .filter((message) => message.trim())
    .map(parseCommitMessage)
    .filter((commit) => levelOf(commit) && ['features', 'fixes'].includes(sectionOf(commit) ?? ''))
    .map((commit) => ({ section: sectionOf(commit)!, subject: commit.subject }));
}

describe("self-release.yml's dry run on this repository", () => {
  it('runs the preview exactly as the workflow does: auto, dry run', () => {
    expect(inputs).toMatchObject({ 'release-type': 'auto', 'dry-run': 'true' });
  });

  it('would release 1.0.0 as the first release', () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      released: 'true',
      version: '1.0.0',
      tag: 'v1.0.0',
      'previous-version': '',
      prerelease: 'false',
    });
    expect(run.log).toContain('Dry run: would release v1.0.0 (first release)');
    expect(run.summary).toContain('v1.0.0 (dry run)');
  });

  it('lists every feature and fix since the baseline in the notes, and nothing from before it', async () => {
    expect(BASELINE).toMatch(/^[0-9a-f]{40}$/);
    const listed = await releasableSinceBaseline();
    expect(listed.some((entry) => entry.section === 'features')).toBe(true);
    const notes = run.outputs['notes']!;
    expect(notes).toMatch(/^### Features\n/m);
    for (const { subject } of listed) expect(notes).toContain(subject);
    // The history before the convention is not in the notes: those messages are not Conventional Commits.
    expect(notes).not.toContain('Work in progress');
    expect(notes).not.toContain('### Other');
    expect(notes).not.toContain('No notable changes');
  });

  it('writes nothing in a dry run', async () => {
    const { stdout } = await exec('git', ['status', '--porcelain'], { cwd: join(clone, 'repo') });
    expect(stdout).toBe('');
    const tags = await exec('git', ['tag', '--list'], { cwd: join(clone, 'repo') });
    expect(tags.stdout).toBe('');
  });
});
