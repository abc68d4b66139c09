import type { CheckRun, CommitStatus } from '../github.js';
import { outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { plural } from './reports.js';

const GOOD_CONCLUSIONS = ['success', 'neutral', 'skipped'];

interface Check {
  name: string;
  kind: 'check run' | 'status';
  state: 'success' | 'pending' | 'failure';
  detail: string;
  url?: string;
}

function fromRun(run: CheckRun): Check {
  const state =
    run.status !== 'completed'
      ? 'pending'
      : GOOD_CONCLUSIONS.includes(run.conclusion ?? '')
        ? 'success'
        : 'failure';
  return {
    name: run.name,
    kind: 'check run',
    state,
    detail: run.status === 'completed' ? (run.conclusion ?? 'none') : run.status,
    url: run.url,
  };
}

function fromStatus(status: CommitStatus): Check {
  const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
  return { name: status.context, kind: 'status', state, detail: status.state, url: status.url };
}

/**
 * checks: the commit's check runs and commit statuses are all successful, or
 * with `required-checks` exactly those are present and successful. The
 * workflow run this step is part of is left out (its own job is still running).
 */
export async function checksGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const github = context.github!;
  const [runs, statuses] = await Promise.all([github.checkRuns(context.sha), github.statuses(context.sha)]);
  const ownRun = context.runId ? `/actions/runs/${context.runId}/` : undefined;
  const latestRuns = new Map<string, CheckRun>();
  for (const run of runs) {
    if (ownRun && (run.detailsUrl?.includes(ownRun) || run.url?.includes(ownRun))) continue;
    const seen = latestRuns.get(run.name);
    if (!seen || run.id > seen.id) latestRuns.set(run.name, run);
  }
  const checks = [...[...latestRuns.values()].map(fromRun), ...statuses.map(fromStatus)].filter(
    (check) => !settings.ignoreChecks.includes(check.name),
  );
  const required = settings.requiredChecks;
  const considered = required.length > 0 ? checks.filter((c) => required.includes(c.name)) : checks;
  const evidence: Evidence[] = [];
  for (const name of required) {
    if (!checks.some((c) => c.name === name))
      evidence.push({ message: `required check "${name}" has not reported on ${context.sha.slice(0, 7)}` });
  }
  for (const check of considered) {
    if (check.state === 'success') continue;
    evidence.push({
      message: `${check.kind} "${check.name}" is ${check.state === 'pending' ? `still ${check.detail}` : check.detail}${check.url ? ` (${check.url})` : ''}`,
    });
  }
  const good = considered.filter((c) => c.state === 'success').length;
  const passed = evidence.length === 0;
  const threshold = required.length > 0 ? `required: ${required.join(', ')}` : 'all successful';
  return outcome(passed, {
    value: `${good}/${required.length > 0 ? required.length : considered.length} successful`,
    threshold,
    summary: passed
      ? considered.length === 0
        ? 'no check runs or statuses reported on the commit'
        : `${plural(good, 'check')} successful`
      : `${plural(evidence.length, 'check')} not successful`,
    evidence,
    data: { checks: considered.map(({ name, kind, state, detail }) => ({ name, kind, state, detail })) },
  });
}
