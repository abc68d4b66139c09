/**
 * release-metrics: read the period's deployments, tags, releases and
 * comparisons from GitHub (conditionally, with the cache file when given),
 * compute the figures, write the summary and outputs, then apply the gate.
 */
import { resolve } from 'node:path';
import {
  createGitHubClient,
  EtagCache,
  info,
  requireRepository,
  runContext,
  setOutputs,
  useConditionalRequests,
  warning,
  writeSummary,
} from '../../packages/kit/src/index.js';
import {
  computeFigures,
  describeTarget,
  headline,
  judge,
  metricsJson,
  missedTargets,
  readHistory,
  slimAnswer,
  summaryMarkdown,
} from '../../packages/metrics/src/index.js';
import type { MetricsInputs } from './inputs.js';

export { spec as inputSpec } from './inputs.js';

export async function run(inputs: MetricsInputs): Promise<void> {
  const context = runContext();
  const repo = requireRepository(context);
  const environments = [...new Set([...inputs.environments, inputs.productionEnvironment])];
  const until = inputs.until ?? Date.now();
  const period = { since: until - inputs.period, until };

  const cachePath = inputs.cachePath ? resolve(context.workspace, inputs.cachePath) : undefined;
  const cache = cachePath ? await EtagCache.load(cachePath, slimAnswer) : undefined;
  const octokit = await createGitHubClient({ token: inputs.token });
  const cost = useConditionalRequests(octokit, cache);

  const history = await readHistory(octokit, repo, {
    environments,
    production: inputs.productionEnvironment,
    period,
    tagPrefix: inputs.tagPrefix,
  });
  const figures = computeFigures(history, {
    environments,
    production: inputs.productionEnvironment,
    period,
    hotfixRefs: inputs.hotfixRefs,
  });
  const results = judge(figures, inputs.targets);
  if (cache && cachePath) await cache.save(cachePath);

  const reportContext = {
    repository: context.repository,
    serverUrl: context.serverUrl,
    worst: inputs.worst,
    gate: inputs.gate,
  };
  const missed = missedTargets(results);
  const line = headline(figures);
  setOutputs({
    metrics: JSON.stringify(metricsJson(figures, results, cost, reportContext)),
    report: line,
    gate: inputs.gate === 'off' ? 'off' : missed ? 'missed' : 'passed',
  });
  // `line`: one line in another job's report (the release pipeline's announcement) rather than the whole page.
  await writeSummary(
    inputs.summary === 'line'
      ? `**Release health** (${context.repository}): ${line}.\n`
      : summaryMarkdown(figures, results, cost, reportContext),
  );
  info(line);
  info(`${cost.requests} API requests, ${cost.notModified} answered 304 Not Modified`);

  if (!missed || inputs.gate === 'off') return;
  if (inputs.gate === 'fail') throw missed;
  for (const result of results.filter((entry) => entry.met === false)) {
    warning(`Release target missed: ${describeTarget(result)}`, { title: 'release-metrics' });
  }
}
