/** The inputs of sync-branches, with the config file's sync section underneath. */
import { field, readActionInputs, ReleaseError } from '../../packages/kit/src/index.js';
import { nothingToSync } from '../../packages/branches/src/index.js';

export const spec = {
  source: field.ref('ref', 'main, v1.4.0 or a commit SHA'),
  targets: field.refs('branch'),
  'delete-branch': field.ref('branch', 'hotfix/login'),
  'on-conflict': field.choice(['fail', 'warn'] as const).default('fail'),
  'pull-request': field.boolean().default(true),
  'fast-forward': field.boolean().default(true),
  message: field.text('a commit message template').default('Merge {source} into {target}'),
  labels: field.list('labels, one per line or separated by commas').default([]),
  'committer-name': field.text().max(200).default('github-actions[bot]'),
  'committer-email': field.email().default('41898282+github-actions[bot]@users.noreply.github.com'),
  'dry-run': field.boolean().default(false),
  token: field.text('a GitHub token').secret(),
};

export type SyncInputs = Awaited<ReturnType<typeof readSyncInputs>>;

export async function readSyncInputs() {
  const inputs = await readActionInputs(spec, { section: ['sync'] });
  // Only when it would be the sync's one problem: any other is found (and listed with it) by the sync.
  const nothing = nothingToSync({ targets: inputs.targets ?? [], deleteBranch: inputs.deleteBranch });
  if (nothing) throw new ReleaseError('EINPUT', nothing);
  return inputs;
}
