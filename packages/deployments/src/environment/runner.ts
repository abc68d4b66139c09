/** Runner-side pieces deploy-env and rollback share: the log, known environments, tool set-up. */
import {
  group,
  info,
  runnerToolInstaller,
  warning,
  type GitHubClient,
  type ReleaseConfig,
} from '../../../kit/src/index.js';
import { setupTools, type ToolSpec } from '../tools.js';
import type { DeployLog } from '../types.js';

export const runnerLog: DeployLog = { info, warning: (message) => warning(message), group };

/**
 * The environments a repository that declares its environments knows: those under
 * environments: in the config file, and those in Settings → Environments. A
 * repository without declarations gets an empty list, which accepts any name.
 */
export async function knownEnvironments(
  config: ReleaseConfig | undefined,
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
): Promise<string[]> {
  const declared = Object.keys((config?.data['environments'] as Record<string, unknown> | undefined) ?? {});
  if (declared.length === 0) return [];
  let existing: string[] = [];
  try {
    const { data } = await octokit.rest.repos.getAllEnvironments({ ...repo, per_page: 100 });
    existing = (data.environments ?? []).map((environment) => environment.name);
  } catch {
    // Listing environments needs more than deployments: write. Without it, the config file decides alone.
  }
  return [...declared, ...existing];
}

export async function installTools(specs: ToolSpec[] | undefined): Promise<void> {
  if (!specs || specs.length === 0) return;
  await group(`Set up ${specs.map((spec) => `${spec.name} ${spec.version}`).join(', ')}`, () =>
    setupTools(specs, { installer: runnerToolInstaller, log: runnerLog }),
  );
}
