import { describe, expect, it } from '@jest/globals';
import { parseJobs, renderStory, tellStory, type JobRecord } from '../../../packages/story/src/index.js';

const job = (id: string, result: JobRecord['result'], outputs: Record<string, string> = {}): JobRecord => ({
  id,
  result,
  outputs,
});

const released = job('version', 'success', {
  version: '1.2.0',
  'previous-version': '1.1.0',
  tag: 'v1.2.0',
  released: 'true',
});

describe('the story of a release run', () => {
  it('tells a release that went live everywhere, with the links', () => {
    const story = tellStory({
      pipeline: 'release',
      runUrl: 'https://github.com/acme/app/actions/runs/7',
      deploymentsUrl: 'https://github.com/acme/app/deployments',
      jobs: [
        job('gates', 'success'),
        released,
        job('build', 'success'),
        job('staging', 'success', { 'environment-url': 'https://staging.example.com/', strategy: 'direct' }),
        job('production', 'success', {
          'environment-url': 'https://example.com/',
          strategy: 'blue-green',
          'previous-version': '1.1.0',
          'error-rate': '0.0066666',
          'p95-ms': '41.27',
        }),
        job('finalize', 'success'),
        job('announce', 'success', { 'release-url': 'https://github.com/acme/app/releases/tag/v1.2.0' }),
        job('report-failure', 'skipped'),
        job('components', 'success'),
      ],
    });
    expect(story.title).toBe('Release 1.2.0: ✅ live in staging and production');
    const text = renderStory(story);
    expect(text).toContain('| 🏷️ version | 1.2.0, after 1.1.0, tag v1.2.0 |');
    expect(text).toContain(
      '| ✅ production | 1.2.0 is live at https://example.com/ (blue-green), replacing 1.1.0 |',
    );
    expect(text).toContain('| 📈 analysis (production) | error rate 0.7 %, p95 41.3 ms |');
    expect(text).toContain('| ➖ rollback | none |');
    expect(text).toContain('published the GitHub Release https://github.com/acme/app/releases/tag/v1.2.0');
    expect(text).toContain(
      '- this run: [https://github.com/acme/app/actions/runs/7](https://github.com/acme/app/actions/runs/7)',
    );
    expect(text).toContain('- deployments: [https://github.com/acme/app/deployments]');
    // A job the story does not know still appears with its result.
    expect(text).toContain('| components | ✅ success |');
  });

  it('says production was not deployed, why, and where it is back', () => {
    const story = tellStory({
      pipeline: 'release',
      jobs: [
        released,
        job('staging', 'success'),
        job('production', 'failure', {
          reason:
            'the smoke test of 1.2.0 failed in production (error rate 53.8 %, p95 12 ms); production is back on 1.1.0',
          'rolled-back-to': '1.1.0',
          'error-rate': '0.5384615384615384',
          'p95-ms': '12',
        }),
        job('finalize', 'skipped'),
        job('announce', 'skipped'),
        job('report-failure', 'success'),
      ],
    });
    expect(story.outcome).toBe('failure');
    expect(story.title).toBe(
      'Release 1.2.0: ❌ failed — production: not deployed — the smoke test of 1.2.0 failed in production ' +
        '(error rate 53.8 %, p95 12 ms); production is back on 1.1.0',
    );
    const text = renderStory(story);
    expect(text).toContain('| ↩️ rollback | production rolled back to 1.1.0 |');
    expect(text).toContain('| ⏭️ merge and tag | skipped: production failed |');
    expect(text).toContain('| ✅ announcement | the failure was announced |');
    expect(text).not.toContain('is live at');
  });

  it('tells a cancelled run as cancelled, and jobs after it as skipped because of it', () => {
    const story = tellStory({
      pipeline: 'hotfix',
      jobs: [released, job('staging', 'cancelled'), job('production', 'skipped'), job('announce', 'skipped')],
    });
    expect(story.outcome).toBe('cancelled');
    expect(story.title).toBe(
      'Hotfix 1.2.0: ⛔ cancelled — staging: cancelled — the staging job was cancelled',
    );
    expect(renderStory(story)).toContain('| ⏭️ production | not deployed — skipped: staging was cancelled |');
  });

  it('says when there was nothing to release', () => {
    const story = tellStory({
      pipeline: 'release',
      jobs: [job('version', 'success', { released: 'false' })],
    });
    expect(renderStory(story)).toContain('nothing to release');
  });

  it("says a monorepo run's failure was announced by the components' announcement job", () => {
    const story = tellStory({
      pipeline: 'release',
      jobs: [
        job('version', 'success', { released: 'true', monorepo: 'true' }),
        job('component-production', 'failure'),
        job('component-announce', 'skipped'),
        job('report-failure', 'skipped'),
        job('component-report-failure', 'success'),
      ],
    });
    expect(renderStory(story)).toContain('| ✅ announcement | the failure was announced |');
  });

  it('escapes what would break the table', () => {
    const story = tellStory({
      pipeline: 'deploy',
      version: '1.0.0',
      jobs: [job('deploy', 'failure', { reason: 'bad | <b>answer</b>', environment: 'staging' })],
    });
    expect(renderStory(story)).toContain('| ❌ staging | failed — bad \\| &lt;b&gt;answer&lt;/b&gt; |');
  });
});

describe('the jobs input', () => {
  it('reads toJSON(needs)', () => {
    expect(parseJobs('{"gates":{"result":"success","outputs":{}},"version":{"result":"skipped"}}')).toEqual([
      { id: 'gates', result: 'success', outputs: {} },
      { id: 'version', result: 'skipped', outputs: {} },
    ]);
  });

  it.each([
    '',
    'not json',
    '[]',
    '{"gates":"success"}',
    '{"gates":{"result":"done"}}',
    '{"a":{"result":"success","outputs":{"n":1}}}',
  ])('refuses %j', (raw) => {
    expect(() => parseJobs(raw)).toThrow();
  });
});
