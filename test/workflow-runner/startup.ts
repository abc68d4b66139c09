import { dirname, join, resolve } from 'node:path';
import { describeScopes, exceeding, jobScopes, parsePermissions, type Scopes } from './permissions.js';
import { loadWorkflow, type Mapping, type WorkflowDefinition } from './workflow-file.js';

/**
 * What GitHub checks before a run starts: the names of the repository's
 * secrets (it cannot store any other), and for every reusable workflow the run
 * calls, however deep, that no nested job asks for more permissions than its
 * caller grants and that explicitly passed secrets are declared.
 */

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** GitHub's own rule for repository, environment and organisation secret names. */
export function secretNameProblem(name: string): string | undefined {
  if (!SECRET_NAME.test(name)) {
    return (
      `Failed to add secret ${JSON.stringify(name)}. Secret names can only contain alphanumeric characters ` +
      '([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) ' +
      'or underscores (_).'
    );
  }
  if (/^GITHUB_/i.test(name)) {
    return `Failed to add secret ${JSON.stringify(name)}. Secret names must not start with GITHUB_.`;
  }
  return undefined;
}

export function checkRepositorySecrets(secrets: Record<string, string>): void {
  const problems = Object.keys(secrets)
    .map(secretNameProblem)
    .filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** `org/release-actions/.github/workflows/x.yml@ref` is ours; `./.github/workflows/x.yml` is the caller's own. */
export function calledWorkflowPath(actionsRoot: string, callerPath: string, uses: string): string {
  const ours = /^[^/]+\/release-actions\/(\.github\/workflows\/[^@]+)@.+$/.exec(uses);
  if (ours) return join(actionsRoot, ours[1]!);
  if (uses.startsWith('./')) return resolve(dirname(callerPath), '../..', uses);
  throw new Error(`${uses}: only this library's workflows and local ones can be called by the local runner`);
}

function invalid(workflow: WorkflowDefinition, uses: string, message: string): Error {
  return new Error(
    `The workflow is not valid. ${workflow.path}: Error calling workflow '${uses}'. ${message}`,
  );
}

/** Walks every `uses:` job; `grant` is what the workflow's own jobs may have when they declare nothing. */
export async function checkCalls(
  workflow: WorkflowDefinition,
  grant: Scopes,
  actionsRoot: string,
): Promise<void> {
  for (const job of Object.values(workflow.jobs) as Mapping[]) {
    if (!job['uses']) continue;
    const uses = String(job['uses']);
    const callerGrant = jobScopes(job['permissions'], workflow.permissions, grant);
    const called = await loadWorkflow(calledWorkflowPath(actionsRoot, workflow.path, uses));
    const declaredSecrets = Object.keys(
      (called.on['workflow_call']?.['secrets'] as Mapping | undefined) ?? {},
    ).map((name) => name.toLowerCase());
    if (job['secrets'] && typeof job['secrets'] === 'object') {
      for (const name of Object.keys(job['secrets'] as Mapping)) {
        if (!declaredSecrets.includes(name.toLowerCase())) {
          throw invalid(workflow, uses, `Invalid secret, ${name} is not defined in the referenced workflow.`);
        }
      }
    }
    for (const [id, nested] of Object.entries(called.jobs)) {
      const requested = parsePermissions(nested['permissions']) ?? parsePermissions(called.permissions);
      if (!requested) continue;
      const over = exceeding(requested, callerGrant);
      if (over.length > 0) {
        throw invalid(
          workflow,
          uses,
          `The nested job '${id}' is requesting '${describeScopes(requested, over)}', ` +
            `but is only allowed '${describeScopes(callerGrant, over)}'.`,
        );
      }
    }
    await checkCalls(called, callerGrant, actionsRoot);
  }
}
