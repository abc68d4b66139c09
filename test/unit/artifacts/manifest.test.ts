import { describe, expect, it } from '@jest/globals';
import { manifestProblems, type Manifest } from '../../../packages/artifacts/src/manifest.js';
import { provenanceStatement } from '../../../packages/artifacts/src/provenance.js';
import { runContext } from '../../../packages/kit/src/index.js';

const valid: Manifest = {
  schemaVersion: 1,
  name: 'app',
  version: '1.4.0',
  commit: 'a'.repeat(40),
  repository: 'acme/app',
  sourceDateEpoch: 1_767_600_000,
  buildTime: '2026-01-05T08:00:00.000Z',
  platforms: ['linux-x64'],
  checksums: { sha256: 'SHA256SUMS' },
  signatures: [{ file: 'SHA256SUMS.asc', signs: 'SHA256SUMS', tool: 'gpg', keyId: 'ABCD' }],
  provenance: 'provenance.intoto.json',
  artifacts: [
    {
      name: 'app-1.4.0-linux-x64.tar.gz',
      path: 'app-1.4.0-linux-x64.tar.gz',
      format: 'tar.gz',
      platform: 'linux-x64',
      size: 10,
      sha256: 'b'.repeat(64),
      entries: 2,
    },
  ],
};

describe('the manifest schema', () => {
  it('accepts a manifest as the action writes it', async () => {
    expect(
      await manifestProblems({
        $schema: 'https://release-actions.dev/schema/artifacts-manifest.schema.json',
        ...valid,
      }),
    ).toEqual([]);
    expect(await manifestProblems({ ...valid, commit: null, platforms: [] })).toEqual([]);
  });

  it('rejects what a consumer could not trust', async () => {
    const bad = {
      ...valid,
      artifacts: [{ ...valid.artifacts[0]!, sha256: 'xyz', path: '../escape' }],
      extra: 1,
    };
    const problems = await manifestProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/artifacts/0/sha256'),
        expect.stringContaining('/artifacts/0/path'),
        expect.stringContaining('must NOT have additional properties'),
      ]),
    );
    expect(await manifestProblems({ ...valid, buildTime: 'yesterday' })).toEqual([
      expect.stringContaining('/buildTime'),
    ]);
  });
});

describe('the provenance statement', () => {
  it('is an in-toto v1 statement with SLSA provenance v1 built from the job variables', () => {
    const statement = provenanceStatement(
      [
        { name: 'b.zip', digest: { sha256: '2'.repeat(64) } },
        { name: 'a.tar.gz', digest: { sha256: '1'.repeat(64) } },
      ],
      runContext({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_REF: 'refs/tags/v1.4.0',
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/v1.4.0',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_RUN_ID: '99',
        GITHUB_RUN_ATTEMPT: '2',
        RUNNER_ENVIRONMENT: 'github-hosted',
      }),
    );
    expect(statement).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      predicateType: 'https://slsa.dev/provenance/v1',
      subject: [{ name: 'a.tar.gz' }, { name: 'b.zip' }],
      predicate: {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: 'refs/tags/v1.4.0',
              repository: 'https://github.com/acme/app',
              path: '.github/workflows/release.yml',
            },
          },
          internalParameters: { github: { event_name: 'push', runner_environment: 'github-hosted' } },
          resolvedDependencies: [
            {
              uri: 'git+https://github.com/acme/app@refs/tags/v1.4.0',
              digest: { gitCommit: 'c'.repeat(40) },
            },
          ],
        },
        runDetails: {
          builder: { id: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.4.0' },
          metadata: { invocationId: 'https://github.com/acme/app/actions/runs/99/attempts/2' },
        },
      },
    });
  });
});
