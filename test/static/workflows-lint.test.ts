import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintWorkflowFile, lintWorkflowText, type LintFinding } from '../workflow-runner/lint.js';

/** The lint proven on bad samples: each rule catches what it is there for, and a good file passes. */

let root: string;
beforeAll(async () => {
  // A library of one action, so the input and output rules have a known contract to check against.
  root = await mkdtemp(join(tmpdir(), 'lint-root-'));
  await mkdir(join(root, 'greet'), { recursive: true });
  await writeFile(
    join(root, 'greet/action.yml'),
    `name: greet
description: says hello
inputs:
  who: { description: whom, required: true }
  loud: { description: shout, required: false }
  token: { description: token, required: true, default: '\${{ github.token }}' }
outputs:
  greeting: { description: what was said }
runs: { using: node24, main: ../dist/greet/index.js }
`,
  );
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const lint = (text: string) => lintWorkflowText('sample.yml', text, { root });
const rules = (findings: LintFinding[]) => findings.map((f) => `${f.rule}@${f.line}: ${f.message}`);

const GOOD = `on:
  workflow_call:
    inputs:
      name: { type: string, required: true }
    outputs:
      greeting:
        value: \${{ jobs.hello.outputs.greeting }}
jobs:
  hello:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    outputs:
      greeting: \${{ steps.greet.outputs.greeting }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - id: greet
        uses: org/release-actions/greet@v1
        with:
          who: \${{ inputs.name }}
      - id: shell
        env:
          GREETING: \${{ steps.greet.outputs.greeting }}
        run: echo "echoed=$GREETING" >> "$GITHUB_OUTPUT"
    timeout-minutes: 5
  deploy:
    needs: hello
    runs-on: ubuntu-latest
    permissions: {}
    environment: production
    concurrency: deploy-production
    steps:
      - env:
          GREETING: \${{ needs.hello.outputs.greeting }}
        run: echo "$GREETING"
    timeout-minutes: 5
`;

describe('workflow lint', () => {
  it('passes a workflow that keeps every rule', async () => {
    expect(rules(await lint(GOOD))).toEqual([]);
  });

  it('catches an expression inside run:', async () => {
    const text = GOOD.replace('run: echo "$GREETING"', 'run: echo "${{ needs.hello.outputs.greeting }}"');
    expect(rules(await lint(text))).toEqual([
      'run-expression@35: a ${{ }} expression inside run: is spliced into the script: pass the value through env: instead',
    ]);
  });

  it('catches a job without permissions', async () => {
    const text = GOOD.replace('    permissions: {}\n', '');
    expect(rules(await lint(text))).toEqual([
      'permissions@27: job "deploy" declares no permissions: give it the least it needs (permissions: {} for none)',
    ]);
  });

  it('catches third-party actions and workflows not pinned by a full SHA', async () => {
    const text = GOOD.replace(
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      'actions/checkout@v4',
    ).replace('      - id: shell', '      - uses: docker://alpine:3\n      - id: shell');
    expect(rules(await lint(text))).toEqual([
      'pinning@16: actions/checkout@v4: a third-party action must be pinned by a full commit SHA',
      'pinning@21: docker://alpine:3: a third-party action must be pinned by a full commit SHA',
    ]);
    const called = `on: push
jobs:
  call:
    permissions: {}
    uses: someone/workflows/.github/workflows/x.yml@main
`;
    expect(rules(await lint(called))).toEqual([
      'pinning@5: someone/workflows/.github/workflows/x.yml@main: a third-party workflow must be pinned by a full commit SHA',
    ]);
  });

  it('catches an input our action does not declare, a required one missing, and an unknown action', async () => {
    const text = GOOD.replace(
      '          who: ${{ inputs.name }}',
      '          whom: ${{ inputs.name }}',
    ).replace(
      '      - uses: actions/checkout',
      '      - uses: org/release-actions/nope@v1\n      - uses: actions/checkout',
    );
    expect(rules(await lint(text))).toEqual([
      'inputs@16: org/release-actions/nope@v1: there is no action "nope" (no nope/action.yml)',
      'inputs@21: org/release-actions/greet@v1: input "whom" is not declared in greet/action.yml',
      'inputs@19: org/release-actions/greet@v1: required input "who" is missing',
    ]);
  });

  it('catches outputs that are not declared, steps that do not exist and needs that are missing', async () => {
    const text = GOOD.replace(
      'steps.greet.outputs.greeting }}\n        run',
      'steps.greet.outputs.greting }}\n        run',
    )
      .replace(
        'greeting: ${{ steps.greet.outputs.greeting }}',
        'greeting: ${{ steps.greeter.outputs.greeting }}',
      )
      .replace('value: ${{ jobs.hello.outputs.greeting }}', 'value: ${{ jobs.hello.outputs.message }}')
      .replace(
        'GREETING: ${{ needs.hello.outputs.greeting }}',
        'GREETING: ${{ needs.hello.outputs.echoed }}-${{ needs.other.outputs.x }}',
      )
      .replace(
        '    outputs:\n      greeting: ${{ steps.greeter',
        '    outputs:\n      shell: ${{ steps.shell.outputs.echoed }}${{ steps.shell.outputs.nothing }}\n      greeting: ${{ steps.greeter',
      );
    expect(rules(await lint(text))).toEqual([
      'outputs@7: jobs.hello.outputs.message: job "hello" declares no output "message"',
      'outputs@24: steps.greet.outputs.greting: step "greet" declares no output "greting" (it has: greeting)',
      'outputs@14: steps.shell.outputs.nothing: step "shell" declares no output "nothing" (it has: echoed)',
      'outputs@15: steps.greeter.outputs.greeting: job "hello" has no step "greeter" before this point',
      'outputs@35: needs.hello.outputs.echoed: job "hello" declares no output "echoed"',
      'outputs@35: needs.other.outputs.x: "other" is not in the needs of job "deploy"',
    ]);
  });

  it('catches a job that runs steps without timeout-minutes', async () => {
    const text = GOOD.replace('    timeout-minutes: 5\n  deploy:', '  deploy:');
    expect(rules(await lint(text))).toEqual([
      'timeout@10: job "hello" has no timeout-minutes: a stuck step would hold the runner (and its environment) for six hours',
    ]);
  });

  it('catches an input the workflow does not declare and a deploy job without concurrency', async () => {
    const text = GOOD.replace('who: ${{ inputs.name }}', 'who: ${{ inputs.nam }}').replace(
      '    concurrency: deploy-production\n',
      '',
    );
    expect(rules(await lint(text))).toEqual([
      'inputs@20: inputs.nam: the workflow declares no input "nam"',
      'concurrency@27: job "deploy" deploys to an environment without concurrency: one deployment per environment at a time',
    ]);
  });

  it('checks a call of our reusable workflows against the inputs and secrets it declares', async () => {
    const caller = `on: push
jobs:
  release:
    permissions: { contents: write }
    uses: org/release-actions/.github/workflows/release.yml@v1
    with:
      release-typ: minor
    secrets:
      tokn: x
  deploy:
    permissions: { deployments: write }
    uses: org/release-actions/.github/workflows/deploy.yml@v1
    with:
      version: 1.0.0
  missing:
    permissions: {}
    uses: org/release-actions/.github/workflows/nope.yml@v1
`;
    const findings = (await lintWorkflowText('caller.yml', caller)).filter((f) => f.rule !== 'permissions');
    expect(rules(findings)).toEqual([
      'inputs@7: .github/workflows/release.yml: input "release-typ" is not declared by the workflow',
      'inputs@9: .github/workflows/release.yml: secret "tokn" is not declared by the workflow',
      'inputs@12: .github/workflows/deploy.yml: required input "environment" is missing',
      'inputs@17: org/release-actions/.github/workflows/nope.yml@v1: there is no .github/workflows/nope.yml in this library',
    ]);
  });

  it('catches a caller that grants a called workflow less than its jobs ask for, and secrets inherit cannot pass', async () => {
    await mkdir(join(root, '.github/workflows'), { recursive: true });
    await writeFile(
      join(root, '.github/workflows/deployer.yml'),
      `on:
  workflow_call:
    secrets:
      deploy-key: { required: false }
      DEPLOY_TOKEN: { required: false }
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { contents: read, deployments: write, id-token: write }
    steps:
      - run: echo deploying
`,
    );
    const caller = `on: push
jobs:
  narrow:
    permissions: { contents: read, deployments: write }
    uses: org/release-actions/.github/workflows/deployer.yml@v1
    secrets: inherit
  wide:
    permissions: { contents: read, deployments: write, id-token: write }
    uses: org/release-actions/.github/workflows/deployer.yml@v1
    secrets: inherit
`;
    expect(rules(await lintWorkflowText('caller.yml', caller, { root }))).toEqual([
      "permissions@4: .github/workflows/deployer.yml: the nested job 'deploy' is requesting 'id-token: write', but is only allowed 'id-token: none'",
    ]);
    const called = await lintWorkflowFile(join(root, '.github/workflows/deployer.yml'), { root });
    expect(rules(called.filter((f) => f.rule === 'secrets'))).toEqual([
      expect.stringMatching(/^secrets@4: secret "deploy-key" can never arrive through secrets: inherit/),
    ]);
  });

  it('adds the findings of actionlint, such as inputs typed by the wrong trigger', async () => {
    // A workflow both dispatched and called types `inputs` as the dispatch inputs: call-only inputs are unknown.
    const dir = await mkdtemp(join(tmpdir(), 'lint-actionlint-'));
    const path = join(dir, 'both.yml');
    await writeFile(
      path,
      `on:
  workflow_dispatch:
    inputs:
      description: { type: string, required: true }
  workflow_call:
    inputs:
      description: { type: string, required: true }
      runs-on: { type: string, default: ubuntu-latest }
jobs:
  hello:
    runs-on: \${{ inputs.runs-on }}
    permissions: {}
    timeout-minutes: 5
    steps:
      - env:
          DESCRIPTION: \${{ inputs.description }}
        run: echo "$DESCRIPTION"
`,
    );
    const findings = await lintWorkflowFile(path);
    await rm(dir, { recursive: true, force: true });
    expect(rules(findings)).toEqual([
      'actionlint:expression@11: property "runs-on" is not defined in object type {description: string}',
    ]);
  });

  it('adds the findings of GitHub’s own parser and language service', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lint-github-'));
    const path = join(dir, 'bad.yml');
    await writeFile(
      path,
      `on: push
jobs:
  sync:
    runs-on: ubuntu-latest
    permissions: {}
    timeout: 5
    steps:
      - uses: org/release-actions/sync-branches@v1
        with:
          source: main
          target: develop
`,
    );
    const findings = await lintWorkflowFile(path);
    await rm(dir, { recursive: true, force: true });
    expect(findings.filter((f) => f.rule === 'github').map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("Unexpected value 'timeout'")]),
    );
    expect(rules(findings)).toContain(
      'inputs@11: org/release-actions/sync-branches@v1: input "target" is not declared in sync-branches/action.yml',
    );
  });
});
