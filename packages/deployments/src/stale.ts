/**
 * A rollback acts only on what is live. A late rollback (a workflow's failure job
 * that ran after a newer good deploy, a second click, a re-run) would otherwise
 * switch traffic away from a good version to undo one that no longer serves.
 */
import type { DeploymentRecord, RecordedDeployment } from './record.js';

export interface StaleCheck {
  record: DeploymentRecord;
  bad: RecordedDeployment;
  /** The version the caller expects to be live (input expected-current-version). */
  expectedCurrentVersion?: string;
  /** What the provider's status-command says is live, when there is one. */
  probedVersion?: string;
}

/** Why the rollback of `bad` would undo something that is not live; undefined when it is. */
export async function staleRollbackReason(check: StaleCheck): Promise<string | undefined> {
  const { record, bad } = check;
  record.forget();
  const undone = await record.find(
    (deployment) => deployment.payload?.rollback_of === bad.id && deployment.everSucceeded,
  );
  const live = await record.live();
  const liveVersion = check.probedVersion ?? live?.version;
  if (check.expectedCurrentVersion !== undefined && liveVersion !== check.expectedCurrentVersion) {
    return `${check.expectedCurrentVersion} was expected to be live (expected-current-version), but ${liveVersion ?? 'no known version'} is`;
  }
  if (undone) {
    return `deployment #${bad.id} (${bad.version ?? 'unknown version'}) was already rolled back by deployment #${undone.id}; ${liveVersion ?? 'no known version'} is live`;
  }
  if (live && live.id > bad.id) {
    return `deployment #${bad.id} (${bad.version ?? 'unknown version'}) no longer serves: deployment #${live.id} (${live.version ?? 'unknown version'}) replaced it`;
  }
  return undefined;
}
