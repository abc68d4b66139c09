import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../bench/runner.js';

/**
 * The reason release.yml gives when production fails, as its "Say what went wrong"
 * step writes it (run with bash as the runner runs a step's script: --noprofile --norc -eo pipefail): what the rollback
 * announcement says, so its figures must read as people read them.
 */

interface Step {
  id?: string;
  run?: string;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const script = workflow.jobs['production']!.steps.find((step) => step.id === 'outcome')!.run!;
const folder = mkdtempSync(join(tmpdir(), 'release-reason-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function reason(env: Record<string, string>): string {
  const output = join(folder, `output-${Math.random().toString(36).slice(2)}`);
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    env: {
      PATH: process.env['PATH'] ?? '',
      GITHUB_OUTPUT: output,
      VERSION: '1.2.0',
      JOB_STATUS: 'failure',
      DEPLOY_STATUS: 'success',
      DEPLOY_PREVIOUS: '1.1.0',
      ROLLBACK: 'success',
      ROLLED_BACK_TO: '1.1.0',
      ERROR_RATE: '',
      P95_MS: '',
      ...env,
    },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return /^reason=(.*)$/m.exec(readFileSync(output, 'utf8'))![1]!;
}

describe('release.yml: the reason a failed production smoke test gives', () => {
  it('shows the error rate as a percentage and p95 in whole milliseconds', () => {
    expect(reason({ ERROR_RATE: '0.5384615384615384', P95_MS: '412.73' })).toBe(
      'the smoke test of 1.2.0 failed in production (error rate 53.8 %, p95 413 ms); production is back on 1.1.0',
    );
  });

  it('shows a clean run of figures as they are', () => {
    expect(reason({ ERROR_RATE: '0', P95_MS: '8' })).toBe(
      'the smoke test of 1.2.0 failed in production (error rate 0.0 %, p95 8 ms); production is back on 1.1.0',
    );
  });

  it('leaves the figures out when the smoke test measured none', () => {
    expect(reason({})).toBe('the smoke test of 1.2.0 failed in production; production is back on 1.1.0');
  });
});
