/**
 * What earlier work a deploy picks up: an earlier attempt of this run (a re-run
 * finishes or reports it), or the deployment GitHub made for this job to adopt.
 */
import { ReleaseError } from '../../kit/src/index.js';
import type { DeployRequest } from './deploy-types.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';

/** The deployment GitHub created for this job (`environment:` on the job): ours to fill in. */
export async function findAdoptable(
  record: DeploymentRecord,
  request: DeployRequest,
): Promise<RecordedDeployment | undefined> {
  const { run, settings } = request;
  if (request.adoptId) {
    const named = await record.get(request.adoptId);
    if (named.environment !== settings.environment) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Input "deployment-id": deployment #${named.id} is for ${named.environment}, not ${settings.environment}`,
      );
    }
    if (named.version && named.version !== settings.version) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Input "deployment-id": deployment #${named.id} carries ${named.version}, not ${settings.version}`,
      );
    }
    return named;
  }
  for await (const deployment of record.newestFirst()) {
    if (deployment.state === 'success') break;
    const untouched = deployment.statuses.length === 0 || deployment.belongsToRun(run.runId);
    if (!deployment.payload && deployment.sha === run.sha && untouched && deployment.inProgress)
      return deployment;
  }
  return undefined;
}

/**
 * An earlier attempt's deployment is this run's to finish or to report, unless it was
 * rolled back: then this attempt ("Re-run failed jobs") is a deploy of its own, with a
 * rollback of its own should it fail again (the earlier rollback no longer says what
 * serves once this attempt moves traffic).
 */
export async function ownEarlierAttempt(
  record: DeploymentRecord,
  runId: string,
  version: string,
): Promise<RecordedDeployment | undefined> {
  const own = await record.findRecent(
    (deployment) =>
      deployment.belongsToRun(runId) && deployment.version === version && !deployment.payload?.rollback_of,
  );
  if (!own || own.inProgress || own.state === 'success') return own;
  const rolledBack = await record.findRecent((deployment) => deployment.payload?.rollback_of === own.id);
  return rolledBack ? undefined : own;
}

/**
 * A re-run of the job gets a new deployment from GitHub, while the work goes on in
 * the one an earlier attempt started. The new one is retired so it never lingers in
 * progress (which would hold the environment's lock for every later deploy). Its
 * description carries no version, so it is never taken for a deployment to resume.
 */
export async function retireFreshDeployment(
  record: DeploymentRecord,
  request: DeployRequest,
  own: RecordedDeployment,
): Promise<void> {
  if (request.adoptId) return;
  const fresh = await findAdoptable(record, request);
  if (!fresh || fresh.id === own.id || fresh.id < own.id) return;
  await record.setStatus(fresh, 'inactive', {
    description: `Superseded by deployment #${own.id}, which an earlier attempt of this run started`,
    logUrl: request.run.runUrl,
  });
}
