import { CHECKSUM_FILES, formatChecksums } from './checksums.js';
import type { DigestAlgorithm } from './hash.js';
import {
  formatManifest,
  MANIFEST_FILE,
  type ArtifactRecord,
  type Manifest,
  type SignatureRecord,
} from './manifest.js';
import { provenanceStatement, type ProvenanceRun, type Statement } from './provenance.js';
import { openSigningSession, SIGNATURE_EXTENSION, type SigningOptions } from './sign.js';
import type { Staging } from './staging.js';

/**
 * The files that describe a set of artifacts, written into the staging
 * folder next to them: checksum files, their signatures, the provenance
 * statement and, last, the manifest that names them all.
 */

export const PROVENANCE_FILE = 'provenance.intoto.json';

export interface ReleaseFacts {
  name: string;
  version: string;
  /** The commit built (the checkout's HEAD). */
  commit: string | null;
  /** The commit the workflow run is for (GITHUB_SHA). */
  workflowCommit?: string | null;
  repository?: string;
  runUrl?: string;
  sourceDateEpoch: number;
}

export interface DescribeOptions {
  staging: Staging;
  artifacts: ArtifactRecord[];
  algorithms: DigestAlgorithm[];
  facts: ReleaseFacts;
  signing?: SigningOptions;
  provenance: boolean;
  /** The run the provenance records. */
  run: ProvenanceRun;
  startedOn: Date;
}

export interface ReleaseFiles {
  manifest: Manifest;
  checksumFiles: string[];
  signatureFiles: string[];
  provenanceFile?: string;
  /** The provenance statement, also when it is not written to a file (for attestation). */
  statement: Statement;
  /** Every staged file in the order it should be moved into place; the manifest comes last. */
  order: string[];
}

export async function writeReleaseFiles(options: DescribeOptions): Promise<ReleaseFiles> {
  const artifacts = [...options.artifacts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const checksumFiles: string[] = [];
  for (const algorithm of options.algorithms) {
    const file = CHECKSUM_FILES[algorithm];
    await options.staging.writeText(file, formatChecksums(artifacts, algorithm));
    checksumFiles.push(file);
  }

  const signatures: SignatureRecord[] = [];
  if (options.signing) {
    const session = await openSigningSession(options.signing);
    try {
      for (const file of checksumFiles) {
        const signature = `${file}${SIGNATURE_EXTENSION[options.signing.signer]}`;
        await session.sign(options.staging.path(file), options.staging.path(signature));
        signatures.push({
          file: signature,
          signs: file as SignatureRecord['signs'],
          tool: options.signing.signer,
          ...(session.keyId ? { keyId: session.keyId } : {}),
        });
      }
    } finally {
      await session.close();
    }
  }

  const subjects = artifacts.map((a) => ({ name: a.name, digest: { sha256: a.sha256 } }));
  const statement = provenanceStatement(subjects, options.run, options.startedOn, options.facts.commit);
  if (options.provenance) {
    await options.staging.writeText(PROVENANCE_FILE, JSON.stringify(statement, null, 2) + '\n');
  }

  const manifest: Manifest = {
    schemaVersion: 1,
    name: options.facts.name,
    version: options.facts.version,
    commit: options.facts.commit,
    ...(options.facts.workflowCommit !== undefined ? { workflowCommit: options.facts.workflowCommit } : {}),
    ...(options.facts.repository ? { repository: options.facts.repository } : {}),
    ...(options.facts.runUrl ? { runUrl: options.facts.runUrl } : {}),
    sourceDateEpoch: options.facts.sourceDateEpoch,
    buildTime: new Date().toISOString(),
    platforms: [...new Set(artifacts.map((a) => a.platform).filter((p): p is string => Boolean(p)))].sort(),
    checksums: {
      sha256: 'SHA256SUMS',
      ...(options.algorithms.includes('sha512') ? { sha512: 'SHA512SUMS' as const } : {}),
    },
    ...(signatures.length > 0 ? { signatures } : {}),
    ...(options.provenance ? { provenance: PROVENANCE_FILE } : {}),
    artifacts,
  };
  return {
    manifest,
    checksumFiles,
    signatureFiles: signatures.map((s) => s.file),
    provenanceFile: options.provenance ? PROVENANCE_FILE : undefined,
    statement,
    order: [
      ...artifacts.map((a) => a.name),
      ...checksumFiles,
      ...signatures.map((s) => s.file),
      ...(options.provenance ? [PROVENANCE_FILE] : []),
      MANIFEST_FILE,
    ],
  };
}

/** Writes the manifest (once the attestation, if any, is known) into the staging folder. */
export async function writeManifest(staging: Staging, manifest: Manifest): Promise<void> {
  await staging.writeText(MANIFEST_FILE, formatManifest(manifest));
}
