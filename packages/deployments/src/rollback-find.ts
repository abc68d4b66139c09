/** What a standalone rollback undoes, and the good deployment it goes back to. */
import { ReleaseError } from '../../kit/src/index.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';

/** What a standalone rollback undoes and where it goes back to. */
export async function findRollback(
  record: DeploymentRecord,
  options: { deploymentId?: number; to?: string },
): Promise<{ bad: RecordedDeployment; target: RecordedDeployment }> {
  record.forget();
  let bad: RecordedDeployment | undefined;
  if (options.deploymentId) {
    bad = await record.get(options.deploymentId);
    if (bad.environment !== record.environment) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Deployment #${bad.id} belongs to ${bad.environment}, not ${record.environment}`,
      );
    }
    if (record.component && bad.task !== record.deployTask) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Deployment #${bad.id} is not one of component ${record.component} (its task is ${bad.task}, not ${record.deployTask})`,
      );
    }
  } else {
    bad = await record.find((deployment) => isCurrentCandidate(record, deployment));
  }
  if (!bad) {
    throw new ReleaseError('ENOGOOD', `${record.environment} has no deployment to roll back`, {
      hint: 'Nothing was changed.',
    });
  }
  const current = bad;
  if (options.to && current.good && current.version === options.to) {
    throw new ReleaseError(
      'EALREADY',
      `${record.environment} is already on ${options.to} (deployment #${current.id})`,
      {
        hint: 'Nothing was changed.',
      },
    );
  }
  const target = await record.find((deployment) => {
    if (deployment.id >= current.id) return false;
    if (options.to) return deployment.version === options.to && deployment.everSucceeded;
    return deployment.good && deployment.version !== undefined && deployment.version !== current.version;
  });
  if (!target) {
    const what = options.to
      ? `no successful deployment of ${options.to} to ${record.environment}`
      : `no earlier good deployment of ${record.environment} with a version other than ${current.version ?? 'the current one'}`;
    throw new ReleaseError('ENOGOOD', `Cannot roll back: ${what}`, {
      hint: 'Nothing was changed. Name a version that was deployed there with the input "to", or deploy a fix instead.',
    });
  }
  return { bad: current, target };
}

/**
 * Whether a deployment can be what serves now. Inactive ones are retired, except in a component's
 * history: a success of any deployment in the shared environment (another component's, or the one
 * GitHub makes for each job) marks every earlier one inactive, so a component's live deployment is
 * often inactive, and the newest one that ever went live is what serves it.
 */
function isCurrentCandidate(record: DeploymentRecord, deployment: RecordedDeployment): boolean {
  if (deployment.state !== 'inactive') return true;
  return record.component !== undefined && deployment.everSucceeded;
}
