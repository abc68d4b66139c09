/** What a rollback reports: when traffic was back on the good version, and what the bad one touched. */
import { formatDuration } from '../../kit/src/index.js';
import type { RecordedDeployment } from './record.js';
import type { RollbackKind, RollbackPlan } from './rollback-plan.js';
import type { Timeline } from './timeline.js';
import type { Reached } from './types.js';

/** The step whose end means traffic is back on the good version. */
export const RESTORING_STEP: Record<RollbackKind, (step: { name: string; detail: string }) => boolean> = {
  'switch-back': (step) => step.name === 'switch',
  'redeploy-slot': (step) => step.name === 'switch',
  'withdraw-canary': (step) => step.name === 'traffic',
  'reverse-canary': (step) => step.name === 'traffic' && step.detail.includes('100%'),
  redeploy: (step) => step.name === 'deploy',
  'redeploy-targets': (step) => step.name === 'deploy',
  nothing: () => false,
};

/** When the bad version started taking traffic: from this run's steps, else its first success status. */
export function exposureStart(
  bad: RecordedDeployment,
  timeline: Timeline,
  reached?: Reached,
): number | undefined {
  if (reached) {
    const first = timeline.steps.find(
      (step) =>
        step.ok &&
        ((step.name === 'traffic' && !step.detail.includes(' 0%')) ||
          step.name === 'switch' ||
          step.name === 'deploy') &&
        !(step.name === 'deploy' && (bad.strategy === 'blue-green' || bad.strategy === 'canary')),
    );
    return first?.startedAt;
  }
  return bad.statuses.filter((status) => status.state === 'success').at(-1)?.createdAt;
}

export function describeImpact(
  plan: RollbackPlan,
  from: string,
  reached: Reached | undefined,
  exposedMs?: number,
): string[] {
  const during = exposedMs !== undefined && exposedMs > 0 ? ` for ${formatDuration(exposedMs)}` : '';
  if (plan.kind === 'nothing') return [`No traffic reached ${from}`];
  const lines: string[] = [];
  if (reached) {
    if (plan.strategy === 'canary') {
      const peak = Math.max(reached.canaryWeight, reached.phase === 'promoting' ? 100 : 0);
      lines.push(
        peak > 0
          ? `The canary (${from}) took up to ${peak}% of requests${during}`
          : `No traffic reached ${from}`,
      );
    } else if (plan.strategy === 'blue-green') {
      lines.push(
        reached.switched
          ? `All traffic went to ${from}${during}`
          : `Traffic may have been switching to ${from}`,
      );
    } else if (plan.strategy === 'rolling') {
      lines.push(`${reached.targets.length} target(s) ran ${from}${during}: ${reached.targets.join(', ')}`);
    } else {
      lines.push(`${from} was deployed in place${during}`);
    }
  } else {
    lines.push(`${from} served the environment${during}`);
  }
  return lines;
}
