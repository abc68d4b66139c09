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
  } else {
    bad = await record.find((deployment) => deployment.state !== 'inactive');
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
