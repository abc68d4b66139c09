/**
 * An in-toto Statement v1 whose predicate is SLSA Provenance v1 with the
 * GitHub Actions workflow build type, the same shape @actions/attest builds
 * from the job's OIDC claims, here built from the run's facts (the kit's run
 * context, read from the runner's variables) so it can be written without an id token.
 * https://slsa.dev/spec/v1.0/provenance · https://github.com/in-toto/attestation/tree/main/spec/v1
 */

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

import type { RunContext } from '../../kit/src/index.js';

/** The facts of the run the provenance records. */
export type ProvenanceRun = Pick<
  RunContext,
  | 'serverUrl'
  | 'repository'
  | 'ref'
  | 'sha'
  | 'workflowRef'
  | 'eventName'
  | 'repositoryId'
  | 'repositoryOwnerId'
  | 'runnerEnvironment'
  | 'runId'
  | 'runAttempt'
>;

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: Record<string, unknown>;
}

/**
 * Two commits can be at play, and both are recorded, each named: the workflow's
 * (GITHUB_SHA, whose workflow file ran: the build type's first dependency) and
 * the source's (the checkout's HEAD, what the archives were made from), which
 * differ when a job builds a commit made earlier in the run (a release commit).
 */
export function slsaPredicate(
  run: ProvenanceRun,
  startedOn?: Date,
  builtCommit?: string | null,
): Record<string, unknown> {
  const server = run.serverUrl.replace(/\/$/, '');
  const { repository, ref, workflowRef } = run;
  // owner/repo/.github/workflows/release.yml@refs/heads/main → .github/workflows/release.yml
  const workflowPath = workflowRef.replace(`${repository}/`, '').split('@')[0] ?? '';
  const internal: Record<string, string> = {};
  const facts: [string, string][] = [
    ['event_name', run.eventName],
    ['repository_id', run.repositoryId],
    ['repository_owner_id', run.repositoryOwnerId],
    ['runner_environment', run.runnerEnvironment],
  ];
  for (const [key, value] of facts) if (value) internal[key] = value;
  const runId = run.runId;
  const attempt = run.runAttempt || '1';
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path: workflowPath } },
      internalParameters: { github: internal },
      resolvedDependencies: [
        {
          uri: `git+${server}/${repository}@${ref}`,
          digest: { gitCommit: run.sha },
          name: 'workflow',
          annotations: {
            role: 'the commit the workflow run was started for (GITHUB_SHA); its workflow file ran',
          },
        },
        ...(builtCommit
          ? [
              {
                uri: `git+${server}/${repository}@${builtCommit}`,
                digest: { gitCommit: builtCommit },
                name: 'source',
                annotations: {
                  role:
                    builtCommit === run.sha
                      ? 'the commit the artifacts were built from (the checkout HEAD), the same as the workflow commit'
                      : 'the commit the artifacts were built from (the checkout HEAD), not the workflow commit',
                },
              },
            ]
          : []),
      ],
    },
    runDetails: {
      builder: { id: workflowRef ? `${server}/${workflowRef}` : `${server}/${repository}` },
      metadata: {
        invocationId: `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}`,
        ...(startedOn ? { startedOn: startedOn.toISOString() } : {}),
      },
    },
  };
}

export function provenanceStatement(
  subjects: Subject[],
  run: ProvenanceRun,
  startedOn?: Date,
  builtCommit?: string | null,
): Statement {
  return {
    _type: STATEMENT_TYPE,
    subject: [...subjects].sort((a, b) => (a.name < b.name ? -1 : 1)),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: slsaPredicate(run, startedOn, builtCommit),
  };
}
