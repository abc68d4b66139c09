import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ReleaseError } from '../../../kit/src/index.js';
import {
  assetKey,
  contentTypeFor,
  digestHex,
  localSha256,
  type LocalAsset,
  type RemoteAsset,
} from './assets.js';
import { errorText, httpStatus, sleep, type GitHubClient, type Log, type Repo } from './github-api.js';

/** A release's assets on the API side: listing, hashing by download, and uploads that survive retries. */

export interface UploadTarget {
  id: number;
  /** The release's `upload_url` template, `…/assets{?name,label}`. */
  upload_url: string;
}

export async function listAssets(
  octokit: GitHubClient,
  repo: Repo,
  releaseId: number,
): Promise<RemoteAsset[]> {
  return (await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    ...repo,
    release_id: releaseId,
    per_page: 100,
  })) as RemoteAsset[];
}

/** Hashes a release asset by downloading it, for API versions without `digest`. */
export async function downloadSha256(octokit: GitHubClient, repo: Repo, asset: RemoteAsset): Promise<string> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false },
  });
  const hash = createHash('sha256');
  const body = response.data as unknown as ReadableStream<Uint8Array> | ArrayBuffer | null;
  if (body instanceof ArrayBuffer) hash.update(Buffer.from(body));
  else if (body) for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest('hex');
}

const UPLOAD_ATTEMPTS = 3;

/**
 * Uploads one file to the release's `upload_url`, streaming it. A failed attempt
 * may leave a half-made asset, and a parallel job may upload the same name: both
 * are checked on the release before trying again.
 */
export async function uploadAsset(
  octokit: GitHubClient,
  repo: Repo,
  release: UploadTarget,
  asset: LocalAsset,
  log: Log,
): Promise<'uploaded' | 'present'> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await octokit.request({
        method: 'POST',
        url: release.upload_url,
        name: asset.name,
        data: createReadStream(asset.path),
        headers: { 'content-type': contentTypeFor(asset.name), 'content-length': String(asset.size) },
        // A stream can be sent once: retries happen here, with a fresh stream.
        request: { retries: 0 },
      });
      return 'uploaded';
    } catch (thrown) {
      const status = httpStatus(thrown);
      const transient = status === undefined || status >= 500 || status === 429;
      if (status !== 422 && !(transient && attempt < UPLOAD_ATTEMPTS)) throw thrown;
      const existing = (await listAssets(octokit, repo, release.id)).find(
        (remote) => assetKey(remote.name) === assetKey(asset.name),
      );
      if (existing?.state === 'uploaded') {
        const remoteSha = digestHex(existing.digest) ?? (await downloadSha256(octokit, repo, existing));
        if (remoteSha === (await localSha256(asset))) return 'present';
        throw new ReleaseError(
          'EASSETCONFLICT',
          `${asset.name} was uploaded with different content by another run`,
        );
      }
      if (existing) await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
      if (attempt >= UPLOAD_ATTEMPTS) throw thrown;
      log.warning(`Upload of ${asset.name} failed (${errorText(thrown)}); trying again`);
      await sleep(500 * attempt);
    }
  }
}
