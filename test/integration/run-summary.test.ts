/** run-summary as the runner runs it: the bundle as a process, given `toJSON(needs)` as a workflow renders it. */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../bench/runner.js';

const needs = {
  version: { result: 'success', outputs: { version: '2.1.0', released: 'true', tag: 'v2.1.0' } },
  deploy: {
    result: 'failure',
    outputs: { environment: 'staging', 'rolled-back-to': '2.0.0', status: 'rolled-back' },
  },
  notify: { result: 'skipped', outputs: {} },
};

describe('run-summary', () => {
  it('writes the story of the run to the summary and its outcome to the outputs', async () => {
    const result = await runAction('run-summary', {
      inputs: { pipeline: 'deploy', jobs: JSON.stringify(needs) },
      repository: 'acme/app',
      serverUrl: 'https://github.com',
      runId: '42',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      outcome: 'failure',
      title:
        'Deploy 2.1.0: ❌ failed — staging: not deployed — the deploy job failed; staging is back on 2.0.0',
    });
    expect(result.summary).toContain(`## ${result.outputs['title']}`);
    expect(result.summary).toContain('| ↩️ rollback | staging rolled back to 2.0.0 |');
    expect(result.summary).toContain('| notify | ⏭️ skipped |');
    expect(result.summary).toContain(
      '- this run: [https://github.com/acme/app/actions/runs/42](https://github.com/acme/app/actions/runs/42)',
    );
    expect(result.log).toContain('staging: not deployed — the deploy job failed; staging is back on 2.0.0');
  });

  it('refuses what is not toJSON(needs), naming the input, the value and what is allowed, before writing', async () => {
    const value = `{"deploy": "success", "padding": "${'x'.repeat(400)}"}`;
    const result = await runAction('run-summary', { inputs: { jobs: value } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('Input "jobs"');
    expect(result.errors[0]).toContain(value.slice(0, 150));
    expect(result.errors[0]).not.toContain('x'.repeat(300));
    expect(result.errors[0]).toContain('toJSON(needs)');
    expect(result.summary).toBe('');
    expect(result.outputs).toEqual({});
  });
});
