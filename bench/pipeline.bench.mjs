#!/usr/bin/env node
// The release pipeline's own overhead and its GitHub API calls, on the demo's release
// (gates → version → build → staging → production → merge → announce of sample-app 1.1.0):
// the run's wall time minus the time spent in the project's own build and deploy commands
// (which the pipeline only calls), and the calls the emulator served. The peer is the same
// build and deploy commands run by hand in one bash script, measured in the same run.
// Aim: under 10 s of overhead and under 60 API calls for a full release.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { runMeasured, writeResult } from './lib.mjs';

register();
const { startPipelineHarness, describeRun, pipelineJobs } =
  await import('../test/workflow-runner/harness.ts');
const { nginxAvailable, startTarget } = await import('../test/workflow-runner/sample-project.ts');

const runs = Number(process.env.PIPELINE_BENCH_RUNS ?? 3);
const nginx = nginxAvailable();
const kind = nginx ? 'nginx' : 'simple';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => Number((ms / 1000).toFixed(2));

async function pipelineOnce() {
  const harness = await startPipelineHarness({
    kind,
    productionStrategy: nginx ? 'blue-green' : 'direct',
    release: { 'smoke-url': '{environment-url}health', 'version-path': '$.version' },
  });
  try {
    await harness.project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const before = harness.emulator.calls.length;
    const run = await harness.release();
    if (run.conclusion !== 'success') throw new Error(`the release failed:\n${describeRun(run)}`);
    const calls = harness.emulator.calls.slice(before);
    const byOperation = {};
    for (const call of calls)
      byOperation[call.operationId ?? call.path] = (byOperation[call.operationId ?? call.path] ?? 0) + 1;
    const userMs = await harness.project.userCommandMs();
    const jobs = Object.fromEntries(
      Object.entries(pipelineJobs(run)).map(([id, job]) => [id, seconds(job.durationMs)]),
    );
    return {
      wallMs: run.durationMs,
      userMs,
      overheadMs: run.durationMs - userMs,
      calls: calls.length,
      byOperation,
      jobs,
    };
  } finally {
    await harness.stop();
  }
}

/** The peer: the project's build, then its deploy to staging and to production (and the switch), by hand. */
async function byHand() {
  const [staging, production] = await Promise.all([
    startTarget('staging', { kind, strategy: 'direct' }),
    startTarget('production', { kind, strategy: nginx ? 'blue-green' : 'direct' }),
  ]);
  const work = mkdtempSync(join(tmpdir(), 'pipeline-peer-'));
  try {
    writeFileSync(join(work, 'service.json'), '{ "greeting": "hello, you" }\n');
    const sample = join(process.cwd(), 'test/workflow-runner/sample');
    const script = [
      'set -euo pipefail',
      `cd ${work}`,
      `RELEASE_VERSION=1.1.0 bash ${sample}/build.sh > /dev/null`,
      'tar -czf app-1.1.0.tar.gz -C out .',
      `export RELEASE_VERSION=1.1.0 RELEASE_ARTIFACTS=${work}/app-1.1.0.tar.gz`,
      `RELEASE_ENVIRONMENT=staging RELEASE_STRATEGY=direct RELEASE_SLOT=blue bash ${sample}/provider.sh deploy > /dev/null`,
      `RELEASE_ENVIRONMENT=production RELEASE_STRATEGY=${nginx ? 'blue-green' : 'direct'} RELEASE_SLOT=blue bash ${sample}/provider.sh deploy > /dev/null`,
      nginx
        ? `RELEASE_ENVIRONMENT=production RELEASE_SLOT=blue bash ${sample}/provider.sh switch > /dev/null`
        : 'true',
    ].join('\n');
    const env = {
      ...process.env,
      ...staging.env,
      ...production.env,
      SAMPLE_PROVIDER: join(process.cwd(), 'examples/provider'),
      SAMPLE_SERVICE: join(process.cwd(), 'examples/sample-service/server.mjs'),
      SAMPLE_SIMPLE_TARGET: join(sample, 'simple-target.sh'),
    };
    const measured = runMeasured('bash', ['-c', script], { env });
    if (measured.status !== 0) throw new Error(`the commands by hand failed: ${measured.stderr}`);
    const live = await production.liveVersion();
    if (live !== '1.1.0') throw new Error(`by hand, production serves ${live}`);
    return measured.seconds * 1000;
  } finally {
    await Promise.all([staging.stop(), production.stop()]);
    rmSync(work, { recursive: true, force: true });
  }
}

const samples = [];
for (let i = 0; i < runs; i += 1) {
  samples.push(await pipelineOnce());
  console.log(
    `run ${i + 1}: ${seconds(samples.at(-1).wallMs)} s wall, ${seconds(samples.at(-1).overheadMs)} s overhead, ${samples.at(-1).calls} API calls`,
  );
}
const peerMs = [];
for (let i = 0; i < runs; i += 1) peerMs.push(await byHand());

const typical = samples.find((sample) => sample.overheadMs === median(samples.map((s) => s.overheadMs)));
writeResult('pipeline', {
  scenario: `release of sample-app 1.1.0 through release.yml on the local runner (${kind} targets, production ${nginx ? 'blue-green' : 'direct'})`,
  runs,
  aim: 'overhead under 10 s and under 60 GitHub API calls for a full release',
  pipeline: {
    wallSeconds: seconds(median(samples.map((s) => s.wallMs))),
    userCommandSeconds: seconds(median(samples.map((s) => s.userMs))),
    overheadSeconds: seconds(median(samples.map((s) => s.overheadMs))),
    overheadSecondsEachRun: samples.map((s) => seconds(s.overheadMs)),
    apiCalls: median(samples.map((s) => s.calls)),
    apiCallsByOperation: typical.byOperation,
    jobSeconds: typical.jobs,
  },
  peer: {
    name: 'the same build and deploy commands run by hand in one bash script',
    wallSeconds: seconds(median(peerMs)),
  },
  metAim: median(samples.map((s) => s.overheadMs)) < 10_000 && median(samples.map((s) => s.calls)) < 60,
});
const written = JSON.parse(readFileSync('bench/results/pipeline.json', 'utf8'));
if (!written.metAim) console.warn('The pipeline missed its aim; see bench/results/pipeline.json');
