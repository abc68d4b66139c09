/**
 * Checks made before anything changes: may this ref go to this environment, has
 * this version passed the environment before it, is the environment one the
 * repository knows.
 */
import { minimatch } from 'minimatch';
import { ReleaseError } from '../../kit/src/index.js';
import type { DeploymentRecord } from './record.js';

const SHA = /^[0-9a-f]{40}$/i;

export function isProductionName(environment: string): boolean {
  return /^(production|prod)$/i.test(environment);
}

/** Production only from tags or main, unless the environment's settings say otherwise. */
export function defaultAllowedRefs(production: boolean): string[] {
  return production ? ['refs/tags/*', 'refs/heads/main'] : ['**'];
}

/**
 * The ref a version came from, in full form when it can be known. A commit SHA
 * says nothing about a branch, so the workflow's own ref stands in for it.
 */
export function sourceRef(ref: string, workflowRef: string): string {
  if (!ref || SHA.test(ref)) return workflowRef;
  return ref;
}

/**
 * Patterns starting with `refs/` match the full ref; others match its short
 * name (`main`, `v*`), so `main` allows refs/heads/main and a tag named main alike.
 */
export function refAllowed(ref: string, patterns: string[]): boolean {
  const short = ref.replace(/^refs\/(heads|tags)\//, '');
  // A lone `*` is meant as "any ref", though a glob star stops at `/` (feature/x).
  return patterns.some((pattern) => {
    if (pattern === '*' || pattern === '**') return true;
    if (pattern.startsWith('refs/')) return minimatch(ref, pattern);
    return minimatch(short, pattern) || minimatch(ref, pattern);
  });
}

export function checkAllowedRef(environment: string, ref: string, patterns: string[]): void {
  if (!ref) {
    throw new ReleaseError('EREF', `Cannot tell which ref ${environment} would be deployed from`, {
      hint: 'Set the input "ref" (a branch or tag) or run from a workflow with GITHUB_REF set.',
    });
  }
  if (refAllowed(ref, patterns)) return;
  throw new ReleaseError(
    'EREF',
    `${environment} does not accept deployments from ${ref}; allowed: ${patterns.join(', ')}`,
    {
      hint: `Deploy a tag or an allowed branch, or change allowed-refs under environments.${environment} in .github/release-actions.yml.`,
    },
  );
}

/** `require-environment`: the version must be live, or have been live and not rolled back, there first. */
export async function checkRequiredEnvironment(
  record: DeploymentRecord,
  version: string,
  before: string,
): Promise<number> {
  const proof = await record.find((deployment) => deployment.version === version && deployment.good);
  if (proof) return proof.id;
  throw new ReleaseError(
    'ENOTDEPLOYED',
    `${version} has no successful deployment to ${record.environment}, which ${before} requires first`,
    { hint: `Deploy ${version} to ${record.environment} (and let it pass its checks) before ${before}.` },
  );
}

/**
 * An environment name nobody declared is most likely a typo that GitHub would
 * silently turn into a new environment. Known names: the config file's
 * `environments:` and the repository's environments.
 */
export function checkKnownEnvironment(environment: string, known: string[]): void {
  if (known.length === 0 || known.includes(environment)) return;
  throw new ReleaseError(
    'EENVIRONMENT',
    `Unknown environment "${environment}"; known: ${[...new Set(known)].sort().join(', ')}`,
    {
      hint: 'Add it under environments: in .github/release-actions.yml or create it in Settings → Environments.',
    },
  );
}
