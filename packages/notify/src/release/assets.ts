import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * The files to attach to a release, and the plan for each against what the
 * release already has: upload, skip (same sha256), replace (when allowed), or
 * a conflict that stops the run before anything is uploaded.
 */

export interface LocalAsset {
  /** The name on the release (GitHub's spelling of the file name). */
  name: string;
  path: string;
  size: number;
  /** From build-artifacts' manifest when it lists the file; computed otherwise, when needed. */
  sha256?: string;
}

export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  /** `sha256:<hex>` on newer API versions; null or absent elsewhere. */
  digest?: string | null;
}

/**
 * GitHub renames uploaded files whose names contain anything but letters, digits
 * and `._-+@` (and drops leading and trailing dots); naming them the same way
 * up front lets a re-run find them again.
 */
export function releaseAssetName(fileName: string): string {
  return fileName.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/^\.+|\.+$/g, '') || 'asset';
}

/**
 * How two names are compared: GitHub's exact replacement rules are not documented
 * (one dot per character or per run of characters), so runs of dots count as one.
 */
export function assetKey(name: string): string {
  return releaseAssetName(name)
    .replace(/\.{2,}/g, '.')
    .toLowerCase();
}

const CONTENT_TYPES: Array<[RegExp, string]> = [
  [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
  [/\.gz$/i, 'application/gzip'],
  [/\.zip$/i, 'application/zip'],
  [/\.tar$/i, 'application/x-tar'],
  [/\.(tar\.xz|xz)$/i, 'application/x-xz'],
  [/\.(tar\.zst|zst)$/i, 'application/zstd'],
  [/\.(json|intoto\.jsonl|sbom)$/i, 'application/json'],
  [/\.(asc|sig)$/i, 'application/pgp-signature'],
  [/\.(txt|md)$/i, 'text/plain; charset=utf-8'],
  [/(^|\/)SHA(256|512)SUMS$/i, 'text/plain; charset=utf-8'],
  [/\.(deb)$/i, 'application/vnd.debian.binary-package'],
  [/\.(rpm)$/i, 'application/x-rpm'],
];

export function contentTypeFor(name: string): string {
  return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream';
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface ManifestEntry {
  name?: unknown;
  path?: unknown;
  file?: unknown;
  sha256?: unknown;
}

/**
 * build-artifacts' manifest (`artifacts.json`): `{ artifacts: [{ name, path, sha256, … }] }`.
 * Returns sha256 by file name, so a re-run compares without reading the files.
 */
export async function readManifest(path: string): Promise<Map<string, string>> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
  const entries = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { artifacts?: unknown }).artifacts)
      ? (parsed as { artifacts: unknown[] }).artifacts
      : undefined;
  if (!entries) throw new Error('expected an object with an "artifacts" list');
  const digests = new Map<string, string>();
  for (const entry of entries as ManifestEntry[]) {
    const sha256 = typeof entry?.sha256 === 'string' ? entry.sha256.toLowerCase() : undefined;
    if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) continue;
    for (const key of [entry.name, entry.path, entry.file]) {
      if (typeof key === 'string' && key) digests.set(assetKey(basename(key)), sha256);
    }
  }
  return digests;
}

export async function describeLocalAssets(
  paths: string[],
  manifest?: Map<string, string>,
): Promise<LocalAsset[]> {
  return Promise.all(
    paths.map(async (path) => {
      const name = releaseAssetName(basename(path));
      return { name, path, size: (await stat(path)).size, sha256: manifest?.get(assetKey(name)) };
    }),
  );
}

/** Names that two local files would share on the release. */
export function duplicateNames(assets: readonly LocalAsset[]): string[] {
  const seen = new Map<string, number>();
  for (const asset of assets) seen.set(assetKey(asset.name), (seen.get(assetKey(asset.name)) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}

export type AssetStep =
  | { action: 'upload'; local: LocalAsset }
  | { action: 'skip'; local: LocalAsset; remote: RemoteAsset }
  | { action: 'replace'; local: LocalAsset; remote: RemoteAsset; reason: string }
  | {
      action: 'conflict';
      local: LocalAsset;
      remote: RemoteAsset;
      localSha256: string;
      remoteSha256?: string;
    };

export interface PlanOptions {
  replace: boolean;
  /** The sha256 of a remote asset whose digest the API did not give (download and hash). */
  remoteSha256: (asset: RemoteAsset) => Promise<string>;
}

export function digestHex(digest: string | null | undefined): string | undefined {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
  return match ? match[1]!.toLowerCase() : undefined;
}

export async function localSha256(asset: LocalAsset): Promise<string> {
  asset.sha256 ??= await sha256File(asset.path);
  return asset.sha256;
}

/** Decides, for each local file, what to do with the release's asset of the same name. */
export async function planAssets(
  locals: readonly LocalAsset[],
  remotes: readonly RemoteAsset[],
  options: PlanOptions,
): Promise<AssetStep[]> {
  const byName = new Map(remotes.map((remote) => [assetKey(remote.name), remote]));
  const steps: AssetStep[] = [];
  for (const local of locals) {
    const remote = byName.get(assetKey(local.name));
    if (!remote) {
      steps.push({ action: 'upload', local });
      continue;
    }
    // An upload that died half-way leaves an asset that is not "uploaded": it is never a real file.
    if (remote.state !== 'uploaded') {
      steps.push({
        action: 'replace',
        local,
        remote,
        reason: `left ${remote.state} by an interrupted upload`,
      });
      continue;
    }
    // A different size is a different file: no need to download it to know.
    if (remote.size !== local.size) {
      if (options.replace) steps.push({ action: 'replace', local, remote, reason: 'different size' });
      else {
        const remoteSha256 = digestHex(remote.digest);
        steps.push({
          action: 'conflict',
          local,
          remote,
          localSha256: await localSha256(local),
          remoteSha256,
        });
      }
      continue;
    }
    const remoteSha256 = digestHex(remote.digest) ?? (await options.remoteSha256(remote));
    const ownSha256 = await localSha256(local);
    if (remoteSha256 === ownSha256) steps.push({ action: 'skip', local, remote });
    else if (options.replace) steps.push({ action: 'replace', local, remote, reason: 'different content' });
    else steps.push({ action: 'conflict', local, remote, localSha256: ownSha256, remoteSha256 });
  }
  return steps;
}
