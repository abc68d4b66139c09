/**
 * The artifacts a deployment carries: files of this run (hashed here) or
 * references that already name their digest (an image `…@sha256:…`). Their
 * names and digests go into the payload, so a rollback can hand the provider
 * the same references again.
 */
import { relative, resolve } from 'node:path';
import { globFiles, ReleaseError } from '../../kit/src/index.js';
import { sha256File } from './tools.js';
import type { ArtifactRef } from './types.js';

const IMAGE_DIGEST = /@sha256:([0-9a-f]{64})$/i;
const NAMED_DIGEST = /^(.+?)=sha256:([0-9a-f]{64})$/i;

export async function resolveArtifacts(entries: string[], workspace: string): Promise<ArtifactRef[]> {
  const found: ArtifactRef[] = [];
  const patterns: string[] = [];
  for (const entry of entries) {
    const image = IMAGE_DIGEST.exec(entry);
    const named = NAMED_DIGEST.exec(entry);
    if (image) found.push({ name: entry, sha256: image[1]!.toLowerCase() });
    else if (named) found.push({ name: named[1]!, sha256: named[2]!.toLowerCase() });
    else patterns.push(entry);
  }
  if (patterns.length > 0) {
    for (const pattern of patterns) {
      const files = (await globFiles(resolve(workspace, pattern), { matchDirectories: false })).sort();
      if (files.length === 0) {
        throw new ReleaseError(
          'EARTIFACT',
          `Input "artifacts": got "${pattern}", which matches no file in ${workspace}`,
          {
            hint: 'Paths are relative to the workspace; build the artifacts (or download them) in an earlier step.',
          },
        );
      }
      for (const file of files) {
        found.push({ name: relative(workspace, file), sha256: await sha256File(file), path: file });
      }
    }
  }
  return found;
}
