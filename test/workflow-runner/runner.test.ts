import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../bench/emulator/index.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import {
  condition,
  evaluate,
  interpolate,
  rerunFailedJobs,
  runWorkflow,
  splitTemplate,
  type RunnerEvent,
} from './index.js';

/** The runner proven on small workflows of its own, before it is trusted with the real ones. */

let fixture: GitFixture;
let dir: string;
beforeAll(async () => {
  fixture = await createGitFixture({ files: { 'README.md': '# app\n', 'src/app.txt': 'v1\n' } });
  await fixture.script([{ branch: 'develop' }, { push: 'all' }]);
  dir = await mkdtemp(join(tmpdir(), 'runner-workflows-'));
  await mkdir(join(dir, '.github/workflows'), { recursive: true });
});
afterAll(async () => {
  await fixture.cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function workflow(name: string, text: string): Promise<string> {
  const path = join(dir, '.github/workflows', name);
  await writeFile(path, text);
  return path;
}

const base = () => ({
  origin: fixture.origin,
  apiUrl: 'http://127.0.0.1:9',
  eventName: 'push',
  workDir: dir,
});

describe('expressions', () => {
  it('evaluates with GitHub semantics', () => {
    const contexts = { inputs: { n: 3, name: 'x' }, steps: { a: { outputs: { v: '1.2.0' } } } };
    expect(evaluate("inputs.n > 2 && format('{0}-{1}', inputs.name, steps.a.outputs.v)", contexts)).toBe(
      'x-1.2.0',
    );
    expect(evaluate("fromJSON('[1,2]')[1]", contexts)).toBe(2);
    expect(evaluate('steps.missing.outputs.v', contexts)).toBeNull();
    expect(interpolate('v${{ steps.a.outputs.v }} of ${{ inputs.name }}', contexts)).toBe('v1.2.0 of x');
    expect(interpolate('${{ inputs.n }}', contexts)).toBe(3);
    expect(splitTemplate("a ${{ format('}}{0}', 1) }} b")).toEqual([
      { literal: 'a ' },
      { expression: "format('}}{0}', 1)" },
      { literal: ' b' },
    ]);
  });

  it('wraps conditions in success() unless they call a status function', () => {
    const ok = { success: () => true, failure: () => false, cancelled: () => false };
    const failed = { success: () => false, failure: () => true, cancelled: () => false };
    expect(condition(undefined, {}, ok)).toBe(true);
    expect(condition(undefined, {}, failed)).toBe(false);
    expect(condition("inputs.x == 'a'", { inputs: { x: 'a' } }, failed)).toBe(false);
    expect(condition("${{ always() && inputs.x == 'a' }}", { inputs: { x: 'a' } }, failed)).toBe(true);
    expect(condition('failure()', {}, failed)).toBe(true);
    expect(condition('${{ !cancelled() }}', {}, failed)).toBe(true);
  });
});

describe('runWorkflow', () => {
  it('runs jobs in needs order with outputs, env files, summaries, masks and status functions', async () => {
    const path = await workflow(
      'pipeline.yml',
      `name: pipeline
on: push
env:
  LEVEL: workflow
jobs:
  last:
    needs: [first, middle]
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          FROM_FIRST: \${{ needs.first.outputs.value }}
          FROM_MIDDLE: \${{ needs.middle.outputs.echoed }}
        run: echo "got $FROM_FIRST and $FROM_MIDDLE"
  first:
    runs-on: ubuntu-latest
    permissions: {}
    env:
      LEVEL: job
    outputs:
      value: \${{ steps.make.outputs.value }}
    steps:
      - id: make
        env:
          SECRET: \${{ secrets.API_KEY }}
        run: |
          echo "value=42" >> "$GITHUB_OUTPUT"
          echo "EXPORTED=yes" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "### made 42" >> "$GITHUB_STEP_SUMMARY"
          echo "level=$LEVEL secret=$SECRET"
      - id: later
        run: |
          echo "exported=$EXPORTED"
          mytool
  middle:
    needs: first
    runs-on: ubuntu-latest
    permissions: {}
    outputs:
      echoed: \${{ steps.fail.outcome }}/\${{ steps.after.outcome }}/\${{ steps.cleanup.outcome }}
    steps:
      - id: fail
        continue-on-error: true
        run: exit 3
      - id: after
        run: echo still running
      - run: exit 1
      - id: skipped-by-failure
        run: echo never
      - id: cleanup
        if: failure()
        run: echo cleaning up
`,
    );
    const events: RunnerEvent[] = [];
    const run = await runWorkflow(path, {
      ...base(),
      secrets: { API_KEY: 'hunter2-secret' },
      onEvent: (e) => events.push(e),
    });
    expect(run.order).toEqual(['first', 'middle', 'last']);
    expect(run.jobs['first']).toMatchObject({ result: 'success', outputs: { value: '42' } });
    expect(run.jobs['first']!.steps[0]!.log).toContain('level=job secret=***');
    expect(run.jobs['first']!.steps[0]!.log).not.toContain('hunter2');
    expect(run.jobs['first']!.steps[1]!.log).toContain('exported=yes\ntool-ran');
    expect(run.jobs['first']!.summary).toContain('### made 42');
    const middle = run.jobs['middle']!;
    expect(middle.result).toBe('failure');
    expect(middle.outputs['echoed']).toBe('failure/success/success');
    expect(middle.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['fail', 'success'],
      ['after', 'success'],
      ['__step2', 'failure'],
      ['skipped-by-failure', 'skipped'],
      ['cleanup', 'success'],
    ]);
    expect(run.jobs['last']!.result).toBe('skipped');
    expect(run.conclusion).toBe('failure');
    expect(events.filter((e) => e.type === 'job-end').map((e) => (e as { job: string }).job)).toEqual([
      'first',
      'middle',
      'last',
    ]);
  });

  it('skips a job whose grandparent was skipped, as GitHub does, unless its condition says otherwise', async () => {
    const path = await workflow(
      'skips.yml',
      `on: push
jobs:
  a:
    if: false
    runs-on: ubuntu-latest
    permissions: {}
    steps: [{ run: echo a }]
  b:
    needs: a
    if: always()
    runs-on: ubuntu-latest
    permissions: {}
    steps: [{ run: echo b }]
  c:
    needs: b
    runs-on: ubuntu-latest
    permissions: {}
    steps: [{ run: echo c }]
  d:
    needs: b
    if: \${{ !cancelled() && !failure() && needs.b.result == 'success' }}
    runs-on: ubuntu-latest
    permissions: {}
    steps: [{ run: echo d }]
`,
    );
    const run = await runWorkflow(path, base());
    expect(Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.result]))).toEqual({
      a: 'skipped',
      b: 'success',
      c: 'skipped',
      d: 'success',
    });
    expect(run.conclusion).toBe('success');
  });

  it('runs a called workflow with typed inputs, secrets and outputs, and refuses a bad call before any job', async () => {
    const path = await workflow(
      'callee.yml',
      `on:
  workflow_call:
    inputs:
      version: { type: string, required: true }
      dry-run: { type: boolean, default: false }
      count: { type: number, default: 2 }
    secrets:
      DEPLOY_KEY: { required: true }
    outputs:
      message:
        value: \${{ jobs.work.outputs.message }}
jobs:
  work:
    runs-on: ubuntu-latest
    permissions: {}
    outputs:
      message: \${{ steps.say.outputs.message }}
    steps:
      - id: say
        env:
          VERSION: \${{ inputs.version }}
          DRY: \${{ inputs.dry-run }}
          TWICE: \${{ inputs.count == 2 && 'two' || 'other' }}
          KEY: \${{ secrets.DEPLOY_KEY }}
        run: echo "message=$VERSION dry=$DRY $TWICE key=\${#KEY}" >> "$GITHUB_OUTPUT"
`,
    );
    const run = await runWorkflow(path, {
      ...base(),
      call: true,
      inputs: { version: '1.4.0', 'dry-run': true },
      secrets: { DEPLOY_KEY: 'abcdef' },
    });
    expect(run.outputs).toEqual({ message: '1.4.0 dry=true two key=6' });
    await expect(runWorkflow(path, { ...base(), call: true, inputs: { version: '1' } })).rejects.toThrow(
      /DEPLOY_KEY required/,
    );
    await expect(
      runWorkflow(path, {
        ...base(),
        call: true,
        inputs: { version: '1', 'dry-run': 'maybe', colour: 'red' },
        secrets: { DEPLOY_KEY: 'k' },
      }),
    ).rejects.toThrow(/unknown input\(s\) colour.*dry-run must be a boolean/);
    await expect(runWorkflow(path, base())).rejects.toThrow(/does not run on push/);
  });

  it('calls a reusable workflow from a job, with inherited secrets', async () => {
    const path = await workflow(
      'caller.yml',
      `on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/callee.yml
    with:
      version: 2.0.0
    secrets: inherit
  after:
    needs: call
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          MESSAGE: \${{ needs.call.outputs.message }}
        run: echo "$MESSAGE"
`,
    );
    const run = await runWorkflow(path, {
      ...base(),
      eventName: 'workflow_dispatch',
      secrets: { DEPLOY_KEY: 'xyz' },
    });
    expect(run.jobs['call']).toMatchObject({
      result: 'success',
      outputs: { message: '2.0.0 dry=false two key=3' },
    });
    expect(run.jobs['call']!.workflow!.jobs['work']!.result).toBe('success');
    expect(run.jobs['after']!.steps[0]!.log).toContain('2.0.0 dry=false');
  });

  it('checks out the origin, passes files between jobs as artifacts, and records environments and concurrency', async () => {
    const path = await workflow(
      'artifacts.yml',
      `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
        with:
          fetch-depth: 0
      - run: |
          mkdir -p out/nested
          cp src/app.txt out/app.txt
          echo deep > out/nested/deep.txt
          git log --oneline | wc -l > out/count.txt
          git branch -r | tr -d ' ' | sort | tr '\\n' ' ' > out/branches.txt
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: build
          path: out/
  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions: {}
    environment:
      name: production
      url: \${{ steps.url.outputs.url }}
    concurrency:
      group: deploy-production
      cancel-in-progress: false
    steps:
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0
        with:
          name: build
          path: dist
      - id: url
        run: |
          cat dist/app.txt dist/nested/deep.txt dist/branches.txt
          echo "url=https://prod.example.com" >> "$GITHUB_OUTPUT"
`,
    );
    const emulator = await startEmulator({ gitDir: fixture.origin });
    try {
      const run = await runWorkflow(path, { ...base(), apiUrl: emulator.url });
      expect(run.conclusion).toBe('success');
      expect(run.jobs['deploy']!.steps[1]!.log).toContain('v1\ndeep\norigin/develop origin/main');
      expect(run.jobs['deploy']).toMatchObject({
        environment: { name: 'production', url: 'https://prod.example.com', decision: 'approved' },
        concurrency: { group: 'deploy-production', cancelInProgress: false },
      });
      expect(run.jobs['build']!.permissions).toEqual({ contents: 'read' });
      expect(await readFile(join(run.directory, 'artifacts/build/app.txt'), 'utf8')).toBe('v1\n');

      // The deployment GitHub makes for a job with an environment, before its steps, through the API.
      const sha = await fixture.git(['rev-parse', 'main'], fixture.origin);
      expect(emulator.state.deployments).toHaveLength(1);
      const [deployment] = emulator.state.deployments;
      expect(deployment).toMatchObject({
        id: run.jobs['deploy']!.environment!.deploymentId,
        sha,
        environment: 'production',
        payload: {},
        productionEnvironment: true,
        creator: 'github-actions[bot]',
      });
      // in_progress before the steps; the job's result, with the environment's URL, once it ends.
      expect(deployment!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
      expect(deployment!.statuses[0]!.logUrl).toMatch(new RegExp(`/actions/runs/${run.runId}/job/\\d+$`));
      expect(deployment!.statuses[1]).toMatchObject({
        logUrl: deployment!.statuses[0]!.logUrl,
        environmentUrl: 'https://prod.example.com',
      });
      expect(emulator.callsTo('repos/create-deployment')).toHaveLength(1);
      expect(run.jobs['build']!.environment).toBeUndefined();

      const rejected = await runWorkflow(path, {
        ...base(),
        apiUrl: emulator.url,
        environments: { production: 'reject' },
      });
      expect(rejected.jobs['deploy']).toMatchObject({
        result: 'failure',
        reason: expect.stringContaining('rejected'),
      });
      expect(rejected.jobs['deploy']!.steps).toEqual([]);
      expect(emulator.state.deployments).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });

  it('fails a job whose environment deployment GitHub could not create, before any step', async () => {
    const path = await workflow(
      'unreachable.yml',
      `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {}
    environment: staging
    steps:
      - run: echo deploying
`,
    );
    const run = await runWorkflow(path, base());
    expect(run.jobs['deploy']).toMatchObject({
      result: 'failure',
      environment: { name: 'staging', decision: 'approved' },
      reason: expect.stringContaining('could not be created'),
    });
    expect(run.jobs['deploy']!.steps).toEqual([]);
  });

  it('fails a step that uses an action it cannot run, and re-runs only the failed jobs and their dependents', async () => {
    const marker = join(dir, 'attempts.txt');
    const path = await workflow(
      'flaky.yml',
      `on: push
jobs:
  stable:
    runs-on: ubuntu-latest
    permissions: {}
    outputs:
      stamp: \${{ steps.stamp.outputs.stamp }}
    steps:
      - id: stamp
        run: echo "stamp=$GITHUB_RUN_ATTEMPT" >> "$GITHUB_OUTPUT"
  flaky:
    needs: stable
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          MARKER: ${marker}
        run: |
          echo attempt >> "$MARKER"
          [ "$(wc -l < "$MARKER")" -ge 2 ]
  after:
    needs: [stable, flaky]
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          STAMP: \${{ needs.stable.outputs.stamp }}
        run: echo "stable ran in attempt $STAMP, this is attempt $GITHUB_RUN_ATTEMPT"
  unknown:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: someone/else@0123456789012345678901234567890123456789
`,
    );
    const first = await runWorkflow(path, base());
    expect(first.jobs['flaky']!.result).toBe('failure');
    expect(first.jobs['after']!.result).toBe('skipped');
    expect(first.jobs['unknown']!.steps[0]!.error).toContain('no equivalent');
    const second = await rerunFailedJobs(path, { ...base(), previous: first });
    expect(second.attempt).toBe(2);
    expect(second.order).toEqual(['flaky', 'after', 'unknown']);
    expect(second.jobs['stable']!.attempt).toBe(1);
    expect(second.jobs['flaky']!.result).toBe('success');
    expect(second.jobs['after']!.steps[0]!.log).toContain('stable ran in attempt 1, this is attempt 2');
  });

  it('re-runs failed jobs with the inputs the run was started with, which cannot be changed', async () => {
    const marker = join(dir, 'dispatch-attempts');
    const path = await workflow(
      'dispatched.yml',
      `on:
  workflow_dispatch:
    inputs:
      description: { type: string, required: true }
jobs:
  fix:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          MARKER: ${marker}
          DESCRIPTION: \${{ inputs.description }}
        run: |
          echo "$DESCRIPTION" >> "$MARKER"
          [ "$(wc -l < "$MARKER")" -ge 2 ]
`,
    );
    const dispatch = { ...base(), eventName: 'workflow_dispatch' };
    const first = await runWorkflow(path, { ...dispatch, inputs: { description: 'Fix typo' } });
    expect(first.jobs['fix']!.result).toBe('failure');
    await expect(
      rerunFailedJobs(path, { ...dispatch, previous: first, inputs: { description: 'Other' } }),
    ).rejects.toThrow('A re-run takes the inputs of the run it re-runs');
    const second = await rerunFailedJobs(path, { ...dispatch, previous: first });
    expect(second.jobs['fix']!.result).toBe('success');
    expect((await readFile(marker, 'utf8')).split('\n').filter(Boolean)).toEqual(['Fix typo', 'Fix typo']);
  });

  it('runs our actions from dist/ with their action.yml defaults, and reports their outputs and summary', async () => {
    const path = await workflow(
      'ours.yml',
      `on: push
jobs:
  sync:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    outputs:
      status: \${{ steps.sync.outputs.status }}
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
        with:
          fetch-depth: 0
      - id: sync
        uses: org/release-actions/sync-branches@v1
        with:
          source: main
          targets: develop
          dry-run: true
          colour: blue
`,
    );
    const run = await runWorkflow(path, base());
    const job = run.jobs['sync']!;
    expect(job.result).toBe('success');
    expect(job.outputs).toEqual({ status: 'clean' });
    expect(JSON.parse(job.steps[1]!.outputs['results']!)[0]).toMatchObject({
      target: 'develop',
      outcome: 'up-to-date',
    });
    expect(job.summary).toContain('Branch sync: `main` (dry run)');
    expect(run.annotations).toEqual([
      expect.objectContaining({ level: 'warning', message: "Unexpected input(s) 'colour'" }),
    ]);
  });

  it('refuses a file GitHub would refuse', async () => {
    const path = await workflow(
      'broken.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps: [{ run: x }]\n',
    );
    await expect(runWorkflow(path, base())).rejects.toThrow(/not a valid workflow/);
  });
});
