import { readFile } from 'node:fs/promises';
import manifestSchema from '../../../schema/artifacts-manifest.schema.json' with { type: 'json' };
import { ReleaseError } from '../../kit/src/index.js';
import type { ArchiveFormat } from './names.js';
import type { Signer } from './sign.js';

/** `artifacts.json`: the machine-readable record of a run, described by schema/artifacts-manifest.schema.json. */

export const MANIFEST_FILE = 'artifacts.json';
export const MANIFEST_SCHEMA_ID = manifestSchema.$id;

export interface ArtifactRecord {
  name: string;
  path: string;
  format: ArchiveFormat;
  platform: string | null;
  size: number;
  sha256: string;
  sha512?: string;
  entries: number;
}

export interface SignatureRecord {
  file: string;
  signs: 'SHA256SUMS' | 'SHA512SUMS';
  tool: Signer;
  keyId?: string;
}

export interface Manifest {
  $schema?: string;
  schemaVersion: 1;
  name: string;
  version: string;
  /** The commit built: the checkout's HEAD. */
  commit: string | null;
  /** The commit the workflow run is for (GITHUB_SHA); another than `commit` when the job built a release commit. */
  workflowCommit?: string | null;
  repository?: string;
  runUrl?: string;
  sourceDateEpoch: number;
  buildTime: string;
  platforms: string[];
  checksums: { sha256: 'SHA256SUMS'; sha512?: 'SHA512SUMS' };
  signatures?: SignatureRecord[];
  provenance?: string;
  attestation?: { id?: string; url?: string };
  artifacts: ArtifactRecord[];
}

type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};
let validator: Validator | undefined;

async function compile(): Promise<Validator> {
  if (validator) return validator;
  // Both are CommonJS whose module.exports carries itself as `.default`, under node and ncc alike.
  const [ajvModule, formatsModule] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const Ajv2020 = ajvModule.default.default;
  const addFormats = formatsModule.default.default;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  validator = ajv.compile(manifestSchema) as Validator;
  return validator;
}

/** Problems with a manifest, as `path: message` lines; empty when it is valid. */
export async function manifestProblems(data: unknown): Promise<string[]> {
  const check = await compile();
  if (check(data)) return [];
  return (check.errors ?? []).map(
    (problem) => `${problem.instancePath || '(root)'} ${problem.message ?? 'is invalid'}`,
  );
}

export async function readManifest(path: string): Promise<Manifest> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (thrown) {
    const missing = (thrown as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ReleaseError('EMANIFEST', missing ? `${path} is missing` : `${path} is not valid JSON`, {
      hint: 'Each merged folder must hold the artifacts.json a build-artifacts leg wrote, next to its archives.',
    });
  }
  const problems = await manifestProblems(data);
  if (problems.length > 0) {
    throw new ReleaseError(
      'EMANIFEST',
      `${path} does not match the manifest schema:\n${problems.join('\n')}`,
      {
        hint: `The schema is ${MANIFEST_SCHEMA_ID}.`,
      },
    );
  }
  return data as Manifest;
}

export function formatManifest(manifest: Manifest): string {
  return JSON.stringify({ $schema: MANIFEST_SCHEMA_ID, ...manifest }, null, 2) + '\n';
}
