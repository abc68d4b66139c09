import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { Deployment } from '../bench/emulator/state.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(900_000);

/**
 * A monorepo whose components share staging and production, released directly through the local
 * runner: when one component's production smoke test fails, its leg rolls it back to its own last
 * good version, while the other component stays live on its new version.
 */

let harness: PipelineHarness | undefined;
let health: ComponentHealth | undefined;
afterEach(async () => {
  await harness?.stop();
  await health?.stop();
  harness = undefined;
  health = undefined;
});

const packageJson = (name: string, version: string) =>
  `${JSON.stringify({ name, version, private: true }, null, 2)}\n`;

/** The team's deploy command notes which version of which component is live where, then deploys the sample. */
const COMPONENT_DEPLOY = `#!/usr/bin/env bash
set -euo pipefail
echo "$RELEASE_VERSION" > "$(dirname "$SAMPLE_TIMINGS")/live-$RELEASE_ENVIRONMENT-$RELEASE_COMPONENT"
`;

/**
 * Each component's own health endpoint, /<environment>/<component>/health, a real HTTP server on
 * 127.0.0.1 answering the version the deploy command noted; a broken `environment/component@version` answers 500.
 */
interface ComponentHealth {
  url: string;
  root: string;
  broken: Set<string>;
  live(environment: string, component: string): Promise<string | undefined>;
  stop(): Promise<void>;
}

async function startComponentHealth(): Promise<ComponentHealth> {
  const state: ComponentHealth = {
    url: '',
    root: '',
    broken: new Set(),
    live: (environment, component) =>
      readFile(join(state.root, `live-${environment}-${component}`), 'utf8').then(
        (text) => text.trim(),
        () => undefined,
      ),
    stop: () => new Promise((done) => server.close(() => done())),
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const [, environment, component] = (request.url ?? '').split('/');
      const version = await state.live(environment ?? '', component ?? '');
      const status = !version ? 404 : state.broken.has(`${environment}/${component}@${version}`) ? 500 : 200;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ version: version ?? null }));
    })();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  state.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return state;
}

const versionOf = (deployment: Deployment) => (deployment.payload as { version?: string }).version;
const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));
const legs = (run: WorkflowRun, id: string) =>
  (pipelineJobs(run)[id]?.legs ?? []).map((leg) => [leg.name, leg.result]);

describe('release pipeline on a monorepo, when a component fails in production', () => {
  it('rolls that component back to its own last good version and leaves the other on its new one', async () => {
    health = await startComponentHealth();
    harness = await startPipelineHarness({
      kind: 'simple',
      release: {
        'smoke-url': `${health.url}/{environment}/{component}/health`,
        'version-path': '$.version',
        'deploy-command': 'bash scripts/component-deploy.sh && bash scripts/provider.sh deploy',
      },
      config: {
        components: {
          api: { path: 'services/api', 'tag-prefix': 'api-v' },
          web: { path: 'apps/web', 'tag-prefix': 'web-v' },
        },
      },
      files: {
        'services/api/package.json': packageJson('api', '1.0.0'),
        'services/api/CHANGELOG.md': '# Changelog\n',
        'apps/web/package.json': packageJson('web', '2.3.0'),
        'apps/web/CHANGELOG.md': '# Changelog\n',
        'scripts/component-deploy.sh': COMPONENT_DEPLOY,
      },
    });
    const { project, emulator } = harness;
    const { fixture } = project;
    health.root = fixture.root;
    await fixture.checkout('main');
    for (const tag of ['api-v1.0.0', 'web-v2.3.0']) await fixture.tag(tag, tag);
    await fixture.git(['push', '--quiet', 'origin', '--tags']);

    // The first release of both goes live everywhere.
    await project.commit('feat(api): search', { 'services/api/search.js': 'export {};\n' });
    await project.commit('fix(web): the header wraps', { 'apps/web/header.css': 'h1 {}\n' });
    const first = await harness.release();
    expect(describeRun(first)).not.toMatch(/: failure/);
    expect(await health.live('production', 'api')).toBe('1.1.0');
    expect(await health.live('production', 'web')).toBe('2.3.1');
    expect(harness.webhook.payloads()).toHaveLength(2);

    // The next api answers 500 in production only: its staging smoke test passes, its production one fails.
    health.broken.add('production/api@1.2.0');
    await project.commit('feat(api): filters', { 'services/api/filters.js': 'export {};\n' });
    await project.commit('fix(web): the footer', { 'apps/web/footer.css': 'p {}\n' });
    const run = await harness.release();
    expect(results(run)).toMatchObject({
      version: 'success',
      'component-build': 'success',
      'component-staging': 'success',
      'component-production': 'failure',
      'component-report-failure': 'success',
      summary: 'success',
    });
    expect(legs(run, 'component-production')).toEqual([
      ['Production api', 'failure'],
      ['Production web', 'success'],
    ]);
    const apiLeg = pipelineJobs(run)['component-production']!.legs!.find(
      (leg) => leg.name === 'Production api',
    )!;
    expect(apiLeg.steps.find((step) => step.id === 'smoke')!.outcome).toBe('failure');
    expect(apiLeg.steps.find((step) => step.id === 'rollback')).toMatchObject({
      outcome: 'success',
      outputs: expect.objectContaining({ 'rolled-back-from': '1.2.0', 'rolled-back-to': '1.1.0' }),
    });

    // api is back on its own last good version; web stays on its new one, in both environments.
    expect(await health.live('production', 'api')).toBe('1.1.0');
    expect(await health.live('production', 'web')).toBe('2.3.2');
    expect(await health.live('staging', 'api')).toBe('1.2.0');
    expect(await health.live('staging', 'web')).toBe('2.3.2');
    const production = (task: string) =>
      emulator.state.deployments.filter((d) => d.environment === 'production' && d.task === task);
    expect(production('deploy:api').map(versionOf)).toEqual(['1.1.0', '1.2.0', '1.1.0']);
    expect(production('deploy:api')[2]!.payload).toMatchObject({
      rollback_of: production('deploy:api')[1]!.id,
    });
    expect(production('deploy:web').map(versionOf)).toEqual(['2.3.1', '2.3.2']);

    // Two announcements: web's release, which is live, and for the component rolled back, what happened
    // to it and what is live now. api 1.2.0's release is not published.
    const announcements = harness.webhook
      .payloads()
      .slice(2)
      .map((payload) => JSON.stringify(payload));
    expect(announcements).toHaveLength(2);
    expect(announcements.filter((text) => text.includes('"event":"release.published"'))).toEqual([
      expect.stringContaining('2.3.2'),
    ]);
    const rollback = announcements.find((text) => /rollback/i.test(text))!;
    expect(rollback).toContain('api 1.2.0 failed in production and was rolled back: api 1.1.0 is live there');
    expect(rollback).toContain('Live in production from this release: web 2.3.2');
    expect(
      pipelineJobs(run)['component-report-failure']!.legs!.map(
        (leg) => leg.steps.find((step) => step.name === 'Tell everyone what failed')?.conclusion,
      ),
    ).toEqual(['success', 'skipped']);
  });
});
