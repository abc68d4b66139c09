import { git, ReleaseError } from '../../kit/src/index.js';

/**
 * The one timestamp every archive entry carries: SOURCE_DATE_EPOCH when the
 * job sets it (https://reproducible-builds.org/specs/source-date-epoch/),
 * otherwise the time of the commit being built, so two builds of one commit
 * agree whenever and wherever they run.
 */

export interface SourceDate {
  epoch: number;
  from: 'SOURCE_DATE_EPOCH' | 'commit';
}

export async function resolveSourceDate(workspace: string, sourceDateEpoch?: string): Promise<SourceDate> {
  const given = sourceDateEpoch?.trim();
  if (given) {
    if (!/^\d{1,12}$/.test(given)) {
      throw new ReleaseError(
        'ESOURCEDATE',
        `SOURCE_DATE_EPOCH: got "${given}", expected a whole number of seconds since 1970-01-01 UTC`,
      );
    }
    return { epoch: Number(given), from: 'SOURCE_DATE_EPOCH' };
  }
  const result = await git(['log', '-1', '--format=%ct'], { cwd: workspace, allowFailure: true });
  const epoch = result.stdout.trim();
  if (result.exitCode !== 0 || !/^\d+$/.test(epoch)) {
    throw new ReleaseError(
      'ESOURCEDATE',
      'Cannot tell the commit time: the workspace is not a git checkout with a commit',
      {
        hint: 'Check out the repository first (actions/checkout), or set SOURCE_DATE_EPOCH in the step env.',
        details: { stderr: result.stderr.trim() },
      },
    );
  }
  return { epoch: Number(epoch), from: 'commit' };
}

/** The commit being built: HEAD of the workspace, else the run's commit (GITHUB_SHA). */
export async function resolveCommit(workspace: string, runSha: string): Promise<string | undefined> {
  const result = await git(['rev-parse', 'HEAD'], { cwd: workspace, allowFailure: true });
  const head = result.stdout.trim();
  if (result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(head)) return head;
  const sha = runSha.trim();
  return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
