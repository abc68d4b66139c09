import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction } from '../bench/runner.js';
import { runWorkflow, type RunnerEvent, type WorkflowRun } from './index.js';

/**
 * The runner and the emulator refuse what GitHub refuses and behave as GitHub
 * documents it, one rule at a time: secret names, permissions, inputs, the
 * steps' environment, checkout's credentials, cancellation, concurrency,
 * environments and their deployments, job time limits, Node 24.
 */

let fixture: GitFixture;
let dir: string;
let emulator: Emulator;
beforeAll(async () => {
  fixture = await createGitFixture({ files: { 'README.md': '# app\n' } });
  await fixture.script([{ push: 'all' }]);
  dir = await mkdtemp(join(tmpdir(), 'strict-runner-'));
  await mkdir(join(dir, '.github/workflows'), { recursive: true });
  emulator = await startEmulator({ gitDir: fixture.origin });
});
afterAll(async () => {
  await fixture.cleanup();
  await rm(dir, { recursive: true, force: true });
  await emulator.close();
});

async function workflow(name: string, text: string): Promise<string> {
  const path = join(dir, '.github/workflows', name);
  await writeFile(path, text);
  return path;
}

const base = () => ({
  origin: fixture.origin,
  apiUrl: emulator.url,
  eventName: 'workflow_dispatch',
  workDir: dir,
  issueToken: emulator.issueToken,
});

const log = (run: WorkflowRun, job: string, step = 0) => run.jobs[job]!.steps[step]!.log;

/** Resolves when `predicate` matches an event of the run; `events` is what onEvent feeds. */
function waitFor(listeners: Set<(e: RunnerEvent) => void>, predicate: (e: RunnerEvent) => boolean) {
  return new Promise<void>((resolve) => {
    const listener = (event: RunnerEvent) => {
      if (!predicate(event)) return;
      listeners.delete(listener);
      resolve();
    };
    listeners.add(listener);
  });
}

function eventHub() {
  const listeners = new Set<(e: RunnerEvent) => void>();
  return {
    listeners,
    onEvent: (event: RunnerEvent) => {
      for (const listener of [...listeners]) listener(event);
    },
  };
}

describe('secret names', () => {
  it('refuses repository secrets GitHub cannot store', async () => {
    const path = await workflow(
      'secret-names.yml',
      'on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
    );
    for (const name of ['webhook-url', '1PASSWORD', 'GITHUB_SECRET', 'has space']) {
      await expect(runWorkflow(path, { ...base(), secrets: { [name]: 'x' } })).rejects.toThrow(
        /Secret names can only contain alphanumeric characters|must not start with GITHUB_/,
      );
    }
    const run = await runWorkflow(path, { ...base(), secrets: { WEBHOOK_URL: 'x', _private2: 'y' } });
    expect(run.conclusion).toBe('success');
  });

  it('passes the caller’s secrets by their own names with inherit, so a kebab-case declaration gets nothing', async () => {
    await workflow(
      'secret-callee.yml',
      `on:
  workflow_call:
    secrets:
      webhook-url: { required: false }
jobs:
  read:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          DECLARED: \${{ secrets.webhook-url }}
          INHERITED: \${{ secrets.WEBHOOK_URL }}
          ANY_CASE: \${{ secrets.webhook_url }}
        run: echo "declared=[$DECLARED] inherited=\${#INHERITED} any-case=\${#ANY_CASE}"
`,
    );
    const caller = await workflow(
      'secret-caller.yml',
      `on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/secret-callee.yml
    secrets: inherit
`,
    );
    const run = await runWorkflow(caller, { ...base(), secrets: { WEBHOOK_URL: 'https://hooks.example' } });
    expect(log(run.jobs['call']!.workflow!, 'read')).toContain('declared=[] inherited=21 any-case=21');

    const undeclared = await workflow(
      'secret-undeclared.yml',
      `on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/secret-callee.yml
    secrets:
      WEBHOOK: \${{ secrets.WEBHOOK_URL }}
`,
    );
    await expect(runWorkflow(undeclared, { ...base(), secrets: { WEBHOOK_URL: 'x' } })).rejects.toThrow(
      'Invalid secret, WEBHOOK is not defined in the referenced workflow.',
    );
  });
});

describe('permissions', () => {
  it('refuses to start a run whose nested job asks for more than its caller grants', async () => {
    await workflow(
      'deployer.yml',
      `on: workflow_call
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { contents: read, deployments: write, id-token: write }
    steps:
      - run: "true"
`,
    );
    const narrow = await workflow(
      'narrow-caller.yml',
      `on: workflow_dispatch
jobs:
  call:
    permissions: { contents: read, deployments: write }
    uses: ./.github/workflows/deployer.yml
`,
    );
    await expect(runWorkflow(narrow, base())).rejects.toThrow(
      "Error calling workflow './.github/workflows/deployer.yml'. The nested job 'deploy' is requesting " +
        "'id-token: write', but is only allowed 'id-token: none'.",
    );
    // No permissions on the caller: the repository's read-only default is all it can pass on.
    const silent = await workflow(
      'silent-caller.yml',
      'on: workflow_dispatch\njobs:\n  call:\n    uses: ./.github/workflows/deployer.yml\n',
    );
    await expect(runWorkflow(silent, base())).rejects.toThrow(
      "is requesting 'deployments: write, id-token: write', but is only allowed 'deployments: none, id-token: none'",
    );
    const wide = await workflow(
      'wide-caller.yml',
      `on: workflow_dispatch
jobs:
  call:
    permissions: { contents: read, deployments: write, id-token: write }
    uses: ./.github/workflows/deployer.yml
`,
    );
    expect((await runWorkflow(wide, base())).conclusion).toBe('success');
  });

  it('gives each job a token scoped to its permissions: 403 outside them, read-only by default', async () => {
    const script = `node -e '
      fetch(process.env.GITHUB_API_URL + "/repos/acme/app/deployments", {
        method: "POST",
        headers: { authorization: "token " + process.env.TOKEN, "content-type": "application/json" },
        body: JSON.stringify({ ref: process.env.GITHUB_SHA, environment: "qa", required_contexts: [] }),
      }).then(async (r) => console.log(r.status, (await r.json()).message ?? "created"))'`;
    const path = await workflow(
      'scoped.yml',
      `on: workflow_dispatch
jobs:
  reader:
    runs-on: ubuntu-latest
    steps:
      - env:
          TOKEN: \${{ github.token }}
        run: ${JSON.stringify(script)}
  writer:
    runs-on: ubuntu-latest
    permissions: { deployments: write }
    steps:
      - env:
          TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: ${JSON.stringify(script)}
`,
    );
    const run = await runWorkflow(path, base());
    expect(log(run, 'reader')).toContain('403 Resource not accessible by integration');
    expect(log(run, 'writer')).toContain('201 created');
    expect(run.jobs['reader']!.permissions).toEqual({ contents: 'read', packages: 'read' });
    expect(run.jobs['writer']!.permissions).toEqual({ deployments: 'write' });
  });
});

describe('inputs', () => {
  it('keeps an explicit empty input empty; only an omitted one takes its default', async () => {
    const path = await workflow(
      'inputs.yml',
      `on:
  workflow_call:
    inputs:
      label: { type: string, default: fallback }
jobs:
  show:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          LABEL: \${{ inputs.label }}
        run: echo "label=[$LABEL]"
`,
    );
    const empty = await runWorkflow(path, { ...base(), call: true, inputs: { label: '' } });
    const omitted = await runWorkflow(path, { ...base(), call: true, inputs: {} });
    expect(log(empty, 'show')).toContain('label=[]');
    expect(log(omitted, 'show')).toContain('label=[fallback]');
  });
});

describe('the steps’ environment', () => {
  it('holds runner variables and env: of workflow, job and step, nothing of the test machine', async () => {
    process.env['TEST_MACHINE_ONLY'] = 'leaked';
    try {
      const path = await workflow(
        'environment.yml',
        `on: workflow_dispatch
env: { FROM_WORKFLOW: w }
jobs:
  show:
    runs-on: ubuntu-latest
    permissions: {}
    env: { FROM_JOB: j }
    steps:
      - env: { FROM_STEP: s }
        run: env | cut -d= -f1 | sort
`,
      );
      const run = await runWorkflow(path, base());
      const names = log(run, 'show').trim().split('\n');
      expect(names).toEqual(expect.arrayContaining(['FROM_WORKFLOW', 'FROM_JOB', 'FROM_STEP', 'GITHUB_SHA']));
      const bashOwn = ['PWD', 'SHLVL', '_', 'OLDPWD'];
      const allowed = /^(GITHUB_|RUNNER_|FROM_)|^(PATH|HOME|LANG|CI)$/;
      expect(names.filter((name) => !bashOwn.includes(name) && !allowed.test(name))).toEqual([]);
      expect(names).not.toContain('TEST_MACHINE_ONLY');
      expect(names).not.toContain('NODE_OPTIONS');
    } finally {
      delete process.env['TEST_MACHINE_ONLY'];
    }
  });
});

describe('checkout', () => {
  it('persists the job token in .git/config unless persist-credentials is false', async () => {
    const path = await workflow(
      'checkout.yml',
      `on: workflow_dispatch
jobs:
  kept:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
      - run: git config --get-regexp 'http\\..*\\.extraheader' || echo none
  dropped:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
        with:
          persist-credentials: false
      - run: git config --get-regexp 'http\\..*\\.extraheader' || echo none
`,
    );
    const tokens: string[] = [];
    const run = await runWorkflow(path, {
      ...base(),
      issueToken: (scopes) => tokens[tokens.push(emulator.issueToken(scopes)) - 1]!,
    });
    const token = tokens[0];
    const header = /http\.https:\/\/github\.com\/\.extraheader AUTHORIZATION: basic (\S+)/.exec(
      run.jobs['kept']!.steps[1]!.log,
    );
    expect(header).not.toBeNull();
    // The log masks the token; the value in .git/config is the job's token, as checkout writes it.
    expect(Buffer.from(header![1]!, 'base64').toString()).toBe(`x-access-token:${token}`);
    expect(log(run, 'dropped', 1).trim()).toBe('none');
  });
});

describe('cancellation', () => {
  it('stops the running step with SIGINT, runs always() and cancelled() steps and jobs, cancels the rest', async () => {
    const path = await workflow(
      'cancel.yml',
      `on: workflow_dispatch
jobs:
  work:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - id: long
        run: |
          trap 'echo "got SIGINT"; exit 130' INT
          echo ready
          sleep 30 & wait $!
      - run: echo "success step ran"
      - if: always()
        run: echo "always step ran"
      - if: cancelled()
        run: echo "cancelled step ran"
      - if: failure()
        run: echo "failure step ran"
  next:
    needs: work
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo next
  cleanup:
    needs: work
    if: cancelled()
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo cleaning up
  report:
    needs: work
    if: always()
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          RESULT: \${{ needs.work.result }}
        run: echo "work was $RESULT"
`,
    );
    const hub = eventHub();
    const controller = new AbortController();
    const ready = waitFor(hub.listeners, (e) => e.type === 'log' && e.line === 'ready');
    const running = runWorkflow(path, { ...base(), signal: controller.signal, onEvent: hub.onEvent });
    await ready;
    const cancelledAt = performance.now();
    controller.abort();
    const run = await running;
    expect(run.conclusion).toBe('cancelled');
    const work = run.jobs['work']!;
    expect(work.result).toBe('cancelled');
    expect(work.steps.map((step) => step.outcome)).toEqual([
      'cancelled',
      'skipped',
      'success',
      'success',
      'skipped',
    ]);
    expect(work.steps[0]!.log).toContain('got SIGINT');
    expect(work.steps[0]!.durationMs).toBeLessThan(performance.now() - cancelledAt + 7_000);
    expect(run.jobs['next']!.result).toBe('cancelled');
    expect(run.jobs['cleanup']!.result).toBe('success');
    expect(log(run, 'report')).toContain('work was cancelled');
  });

  it('sends SIGTERM when the step ignores SIGINT for 7.5 s', async () => {
    const path = await workflow(
      'stubborn.yml',
      `on: workflow_dispatch
jobs:
  work:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: |
          trap 'echo "ignoring SIGINT"' INT
          trap 'echo "got SIGTERM"; exit 143' TERM
          echo ready
          # bash -e would end on the interrupted wait: keep going until SIGTERM.
          while true; do sleep 0.2 & wait $! || true; done
`,
    );
    const hub = eventHub();
    const controller = new AbortController();
    const ready = waitFor(hub.listeners, (e) => e.type === 'log' && e.line === 'ready');
    const running = runWorkflow(path, { ...base(), signal: controller.signal, onEvent: hub.onEvent });
    await ready;
    controller.abort();
    const run = await running;
    const step = run.jobs['work']!.steps[0]!;
    expect(step.outcome).toBe('cancelled');
    expect(step.durationMs).toBeGreaterThanOrEqual(7_400);
    expect(step.log).toMatch(/ignoring SIGINT\n[\s\S]*got SIGTERM/);
  });

  it('cancels a job at its timeout-minutes, as GitHub does, and still runs its always() steps', async () => {
    const path = await workflow(
      'timeout.yml',
      `on: workflow_dispatch
jobs:
  slow:
    runs-on: ubuntu-latest
    permissions: {}
    timeout-minutes: 0.02
    steps:
      - run: |
          trap 'echo "stopped"; exit 130' INT
          sleep 30 & wait $!
      - if: always()
        run: echo "cleanup after timeout"
`,
    );
    const run = await runWorkflow(path, base());
    expect(run.jobs['slow']).toMatchObject({
      result: 'cancelled',
      reason:
        'The job running on runner local-runner has exceeded the maximum execution time of 0.02 minutes.',
    });
    expect(run.jobs['slow']!.steps.map((step) => step.outcome)).toEqual(['cancelled', 'success']);
    expect(log(run, 'slow', 1)).toContain('cleanup after timeout');
  });
});

describe('concurrency', () => {
  const deployWorkflow = (cancelInProgress: boolean) => `on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {}
    concurrency:
      group: deploy-\${{ github.repository }}
      cancel-in-progress: ${cancelInProgress}
    steps:
      - run: |
          trap 'exit 130' INT
          echo holding
          until [ -f "$GATE" ]; do sleep 0.1 & wait $!; done
`;

  it('holds one running and one pending job; a newer pending job replaces the older one', async () => {
    const path = await workflow('queue.yml', deployWorkflow(false));
    const gate = join(dir, 'queue-gate');
    const hub = eventHub();
    const holding = waitFor(hub.listeners, (e) => e.type === 'log' && e.line === 'holding');
    const first = runWorkflow(path, { ...base(), env: { GATE: gate }, onEvent: hub.onEvent });
    await holding;
    const second = runWorkflow(path, { ...base(), env: { GATE: gate } });
    const secondPending = new Promise((resolve) => setTimeout(resolve, 300));
    await secondPending;
    const third = runWorkflow(path, { ...base(), env: { GATE: gate } });
    const replaced = await second;
    expect(replaced.jobs['deploy']).toMatchObject({
      result: 'cancelled',
      reason: "Canceling since a higher priority waiting request for 'deploy-acme/app' exists",
    });
    expect(existsSync(gate)).toBe(false);
    await writeFile(gate, '');
    expect((await first).jobs['deploy']!.result).toBe('success');
    expect((await third).jobs['deploy']!.result).toBe('success');
    await rm(gate);
  });

  it('cancels the running job with cancel-in-progress', async () => {
    const path = await workflow('latest-wins.yml', deployWorkflow(true));
    const gate = join(dir, 'latest-gate');
    const hub = eventHub();
    const holding = waitFor(hub.listeners, (e) => e.type === 'log' && e.line === 'holding');
    const first = runWorkflow(path, { ...base(), env: { GATE: gate }, onEvent: hub.onEvent });
    await holding;
    const second = runWorkflow(path, { ...base(), env: { GATE: gate } });
    expect((await first).jobs['deploy']).toMatchObject({
      result: 'cancelled',
      reason: "Canceling since a higher priority waiting request for 'deploy-acme/app' exists",
    });
    await writeFile(gate, '');
    expect((await second).jobs['deploy']!.result).toBe('success');
    await rm(gate);
  });
});

describe('environments', () => {
  it('closes the deployment GitHub made with the job’s result, and makes a job wait for its reviewers', async () => {
    const path = await workflow(
      'environment-job.yml',
      `on: workflow_dispatch
jobs:
  ship:
    runs-on: ubuntu-latest
    permissions: {}
    environment: qa
    steps:
      - run: echo deploying; exit 1
`,
    );
    const failed = await runWorkflow(path, base());
    const failedDeployment = emulator.state.deployments.find(
      (d) => d.id === failed.jobs['ship']!.environment!.deploymentId,
    );
    expect(failedDeployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);

    const hub = eventHub();
    const stepStarted: string[] = [];
    hub.listeners.add((e) => {
      if (e.type === 'step-start') stepStarted.push(e.step);
    });
    let seenWhileWaiting: string[] = [];
    const run = await runWorkflow(path, {
      ...base(),
      onEvent: hub.onEvent,
      environments: {
        qa: {
          review: async ({ deploymentId }) => {
            const waiting = emulator.state.deployments.find((d) => d.id === deploymentId)!;
            seenWhileWaiting = waiting.statuses.map((s) => s.state);
            expect(stepStarted).toEqual([]);
            return 'reject';
          },
        },
      },
    });
    expect(seenWhileWaiting).toEqual(['queued']);
    expect(run.jobs['ship']).toMatchObject({ result: 'failure', environment: { decision: 'rejected' } });
    expect(run.jobs['ship']!.steps).toEqual([]);
    const rejected = emulator.state.deployments.find(
      (d) => d.id === run.jobs['ship']!.environment!.deploymentId,
    );
    expect(rejected!.statuses.map((s) => s.state)).toEqual(['queued', 'failure']);
  });
});

describe('Node 24', () => {
  it('runs node24 actions, in a workflow and as a bundle, on the Node 24 binary', async () => {
    const action = join(dir, 'greet');
    await mkdir(action, { recursive: true });
    await writeFile(
      join(action, 'action.yml'),
      'name: greet\ndescription: d\nruns:\n  using: node24\n  main: index.js\n',
    );
    await writeFile(join(action, 'index.js'), 'console.log(`node ${process.version}`);\n');
    const path = await workflow(
      'node.yml',
      `on: workflow_dispatch
jobs:
  greet:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
      - run: cp -r "$ACTION" ./greet
        env: { ACTION: ${JSON.stringify(action)} }
      - uses: ./greet
`,
    );
    const run = await runWorkflow(path, base());
    expect(log(run, 'greet', 2)).toMatch(/^node v24\./m);
    const bundle = await runAction('greet', { entry: join(action, 'index.js') });
    expect(bundle.stdout).toMatch(/^node v24\./m);
  });
});
