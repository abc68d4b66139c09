import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runWorkflow } from './index.js';
import { expandMatrix } from './matrix.js';

/** Job matrices as GitHub expands and runs them, including one built from a job's JSON output. */

let fixture: GitFixture;
let dir: string;
beforeAll(async () => {
  fixture = await createGitFixture({ files: { 'README.md': '# app\n' } });
  await fixture.push('all');
  dir = await mkdtemp(join(tmpdir(), 'runner-matrix-'));
  await mkdir(join(dir, '.github/workflows'), { recursive: true });
});
afterAll(async () => {
  await fixture.cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function run(name: string, text: string) {
  const path = join(dir, '.github/workflows', name);
  await writeFile(path, text);
  return runWorkflow(path, {
    origin: fixture.origin,
    apiUrl: 'http://127.0.0.1:9',
    eventName: 'push',
    workDir: dir,
  });
}

const pipeline = (list: string, guard: string) => `name: matrix
on: push
permissions: {}
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      components: \${{ steps.list.outputs.components }}
    steps:
      - id: list
        env:
          LIST: '${list}'
        run: echo "components=$LIST" >> "$GITHUB_OUTPUT"
  deploy:
    name: Deploy
    needs: plan
    ${guard}
    runs-on: ubuntu-latest
    strategy:
      max-parallel: 1
      matrix:
        component: \${{ fromJSON(needs.plan.outputs.components) }}
    outputs:
      last: \${{ steps.say.outputs.version }}
    steps:
      - id: say
        env:
          NAME: \${{ matrix.component.name }}
          VERSION: \${{ matrix.component.version }}
          INDEX: \${{ strategy.job-index }}
        run: |
          echo "deploying $NAME $VERSION as leg $INDEX"
          echo "version=$VERSION" >> "$GITHUB_OUTPUT"
  after:
    needs: deploy
    runs-on: ubuntu-latest
    steps:
      - run: echo after
`;

describe('strategy.matrix', () => {
  it('expands vectors, include and exclude as GitHub does', () => {
    expect(expandMatrix({ os: ['a', 'b'], node: [1, 2], exclude: [{ os: 'b', node: 1 }] }).legs).toEqual([
      { os: 'a', node: 1 },
      { os: 'a', node: 2 },
      { os: 'b', node: 2 },
    ]);
    expect(expandMatrix({ os: ['a'], include: [{ os: 'a', extra: 1 }, { os: 'c' }] }).legs).toEqual([
      { os: 'a', extra: 1 },
      { os: 'c' },
    ]);
    expect(expandMatrix({ component: [] }).error).toBe(
      "Matrix vector 'component' does not contain any values",
    );
  });

  it('runs one leg per component from a job output, each with its matrix and strategy contexts', async () => {
    const list = JSON.stringify([
      { name: 'api', version: '1.1.0' },
      { name: 'web', version: '2.3.1' },
    ]);
    const done = await run('two.yml', pipeline(list, "if: needs.plan.outputs.components != '[]'"));
    const deploy = done.jobs['deploy']!;
    expect(deploy.result).toBe('success');
    expect(deploy.legs!.map((leg) => [leg.name, leg.result])).toEqual([
      ['Deploy (api, 1.1.0)', 'success'],
      ['Deploy (web, 2.3.1)', 'success'],
    ]);
    expect(deploy.legs!.map((leg) => leg.steps[0]!.log.trim())).toEqual([
      'deploying api 1.1.0 as leg 0',
      'deploying web 2.3.1 as leg 1',
    ]);
    expect(deploy.outputs['last']).toBe('2.3.1');
    expect(done.jobs['after']!.result).toBe('success');
  });

  it('skips a guarded matrix over an empty list, and fails an unguarded one with GitHub error', async () => {
    const skipped = await run(
      'empty-guarded.yml',
      pipeline('[]', "if: needs.plan.outputs.components != '[]'"),
    );
    expect(skipped.jobs['deploy']!.result).toBe('skipped');
    expect(skipped.jobs['after']!.result).toBe('skipped');
    const failed = await run('empty.yml', pipeline('[]', ''));
    expect(failed.jobs['deploy']!).toMatchObject({
      result: 'failure',
      reason:
        "Error when evaluating 'strategy' for job 'deploy'. Matrix vector 'component' does not contain any values",
    });
  });

  it('cancels the legs not run yet after a failure, unless fail-fast is false', async () => {
    const failing = (failFast: string) => `name: fail-fast
on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      ${failFast}
      matrix:
        shard: [1, 2, 3]
    steps:
      - env:
          SHARD: \${{ matrix.shard }}
        run: test "$SHARD" != 1
`;
    const fast = await run('fail-fast.yml', failing(''));
    expect(fast.jobs['test']!.result).toBe('failure');
    expect(fast.jobs['test']!.legs!.map((leg) => [leg.name, leg.result])).toEqual([
      ['test (1)', 'failure'],
      ['test (2)', 'cancelled'],
      ['test (3)', 'cancelled'],
    ]);
    const all = await run('no-fail-fast.yml', failing('fail-fast: false'));
    expect(all.jobs['test']!.legs!.map((leg) => leg.result)).toEqual(['failure', 'success', 'success']);
  });
});
