import { ReleaseError } from '../../../kit/src/index.js';
import { planAssets, type AssetStep, type LocalAsset } from './assets.js';
import type { GitHubClient, Log, Repo } from './github-api.js';
import { downloadSha256, listAssets, uploadAsset, type UploadTarget } from './uploads.js';

/** What a run did to a release's assets, by name. */
export interface AssetChanges {
  uploaded: string[];
  replaced: string[];
  skipped: string[];
}

/** The release as far as its assets are concerned. */
export interface AssetTarget extends UploadTarget {
  draft: boolean;
  immutable?: boolean;
}

export interface AssetRequest extends Repo {
  tag: string;
  assets: LocalAsset[];
  replaceAssets: boolean;
}

function conflictError(steps: AssetStep[], tag: string): ReleaseError | undefined {
  const conflicts = steps.filter((step) => step.action === 'conflict');
  if (conflicts.length === 0) return undefined;
  const lines = conflicts.map((step) => {
    const remote = step.remoteSha256 ? `sha256 ${step.remoteSha256}` : `${step.remote.size} bytes`;
    const local = step.remoteSha256 ? `sha256 ${step.localSha256}` : `${step.local.size} bytes`;
    return `${step.local.name}: the release has ${remote}, ${step.local.path} has ${local}`;
  });
  return new ReleaseError(
    'EASSETCONFLICT',
    `Release ${tag} already has different assets with these names:\n${lines.join('\n')}`,
    {
      hint: 'Nothing was uploaded. Set `replace-assets: true` to replace them, or rebuild the same bytes.',
    },
  );
}

/** Everything is checked before the first upload: a conflict or an immutable release changes nothing. */
async function planChanges(
  octokit: GitHubClient,
  request: AssetRequest,
  release: AssetTarget,
  created: boolean,
): Promise<AssetStep[]> {
  const repo = { owner: request.owner, repo: request.repo };
  const remotes = created ? [] : await listAssets(octokit, repo, release.id);
  const steps = await planAssets(request.assets, remotes, {
    replace: request.replaceAssets,
    remoteSha256: (asset) => downloadSha256(octokit, repo, asset),
  });
  const conflict = conflictError(steps, request.tag);
  if (conflict) throw conflict;
  const changes = steps.filter((step) => step.action !== 'skip');
  if (changes.length > 0 && !release.draft && release.immutable) {
    throw new ReleaseError(
      'EIMMUTABLE',
      `Release ${request.tag} is published and immutable, so ${changes.map((s) => s.local.name).join(', ')} cannot be attached`,
      {
        hint: 'Assets of an immutable release are fixed when it is published; publish a new version instead.',
      },
    );
  }
  return steps;
}

/**
 * Attaches the assets the release lacks: same bytes are skipped, different bytes under the
 * same name are a conflict unless replacing was asked for. A fresh release has none to list.
 */
export async function syncAssets(
  octokit: GitHubClient,
  request: AssetRequest,
  release: AssetTarget,
  created: boolean,
  log: Log,
): Promise<AssetChanges> {
  const repo = { owner: request.owner, repo: request.repo };
  const steps = await planChanges(octokit, request, release, created);
  const assets: AssetChanges = { uploaded: [], replaced: [], skipped: [] };
  for (const step of steps) {
    if (step.action === 'skip') {
      assets.skipped.push(step.local.name);
      continue;
    }
    if (step.action === 'replace') {
      log.info(`Replacing ${step.local.name} (${step.reason})`);
      await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: step.remote.id });
    }
    const result = await uploadAsset(octokit, repo, release, step.local, log);
    if (result === 'present') assets.skipped.push(step.local.name);
    else if (step.action === 'replace') assets.replaced.push(step.local.name);
    else assets.uploaded.push(step.local.name);
  }
  return assets;
}
