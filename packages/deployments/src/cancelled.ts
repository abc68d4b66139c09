/**
 * A deploy cancelled part way (the runner's SIGINT, then SIGTERM 7.5 s later) must
 * still end on a known version. Where the new version may be taking traffic, the
 * deploy rolls back as after any failure; where it never reached traffic, the record
 * says what is live and that nothing else changed.
 */
import { ReleaseError } from '../../kit/src/index.js';
import { probeLive } from './live.js';
import { describeStatus } from './payload.js';
import type { Provider } from './provider.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import type { DeploySettings, Reached } from './types.js';

export class DeployCancelled extends ReleaseError {
  constructor(message: string) {
    super('ECANCELLED', message);
    this.name = 'DeployCancelled';
  }
}

/** Throws DeployCancelled once the run is cancelled: called before each change. */
export function stopIfCancelled(signal: AbortSignal | undefined, version: string): void {
  if (signal?.aborted) throw new DeployCancelled(`the run was cancelled while deploying ${version}`);
}

/** Whether the new version may serve users, going by how far the deploy got. */
export function mayServe(reached: Reached, settings: Pick<DeploySettings, 'strategy'>): boolean {
  switch (settings.strategy) {
    case 'blue-green':
      return reached.switched || reached.phase === 'switching';
    case 'canary':
      return reached.canaryWeight > 0 || reached.phase === 'promoting';
    case 'rolling':
      return reached.targets.length > 0;
    case 'direct':
      return true;
  }
}

/** Records a cancelled deploy that never reached traffic (or may have, without a rollback): what is live. */
export async function recordCancelled(input: {
  record: DeploymentRecord;
  deployment: RecordedDeployment;
  settings: DeploySettings;
  provider: Provider;
  previousVersion?: string;
  reached: Reached;
  statusOptions: { logUrl: string; environmentUrl?: string };
}): Promise<string> {
  const { settings, reached } = input;
  const probe = await probeLive(input.provider, settings, {
    version: settings.version,
    environment: settings.environment,
    strategy: settings.strategy,
    commit: settings.commit,
    ref: settings.ref,
    artifacts: settings.artifacts,
    rollback: false,
  }).catch(() => undefined);
  const live = probe?.version
    ? `${probe.version} is live (the ${probe.source} says so)`
    : mayServe(reached, settings)
      ? `${settings.version} may be serving: nothing verified it`
      : `${input.previousVersion ?? 'no version'} still serves: traffic never reached ${settings.version}`;
  const text = `cancelled: ${live}`;
  await input.record.setStatus(input.deployment, 'failure', {
    ...input.statusOptions,
    description: describeStatus(settings.version, text),
  });
  return live;
}
