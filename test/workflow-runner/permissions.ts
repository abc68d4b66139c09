/**
 * GITHUB_TOKEN permissions as GitHub computes them for each job: the job's
 * `permissions:`, else the workflow's, else what the caller grants (for a
 * called workflow) or the repository default, read-only for repositories made
 * since February 2023 (`contents: read`, `packages: read`; metadata is always
 * readable). A called workflow can only keep or lower its caller's grant:
 * GitHub refuses to start a run where a nested job asks for more.
 */

export type Level = 'none' | 'read' | 'write';
export type Scopes = Record<string, Level>;

/** Every scope of the `permissions:` key GitHub documents. */
export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

function all(level: Level): Scopes {
  return Object.fromEntries(SCOPES.map((scope) => [scope, level]));
}

/** The restricted default a new repository gives GITHUB_TOKEN. */
export const RESTRICTED_DEFAULT: Scopes = { ...all('none'), contents: 'read', packages: 'read' };

/** `permissions:` as written, or undefined when the key is absent. */
export function parsePermissions(spec: unknown): Scopes | undefined {
  if (spec === undefined || spec === null) return undefined;
  // read-all cannot grant id-token (it only takes write or none); write-all can.
  if (spec === 'read-all') return { ...all('read'), 'id-token': 'none', models: 'read' };
  if (spec === 'write-all') return all('write');
  if (typeof spec !== 'object') throw new Error(`permissions: ${JSON.stringify(spec)} is not valid`);
  const scopes = all('none');
  for (const [scope, level] of Object.entries(spec as Record<string, unknown>)) {
    scopes[scope] = String(level) as Level;
  }
  return scopes;
}

/** The scopes of `requested` that `allowed` does not cover. */
export function exceeding(requested: Scopes, allowed: Scopes): string[] {
  return Object.keys(requested)
    .filter((scope) => RANK[requested[scope]!] > RANK[allowed[scope] ?? 'none'])
    .sort();
}

/** `contents: write, id-token: write`, as GitHub's messages list scopes. */
export function describeScopes(scopes: Scopes, names: string[]): string {
  return names.map((name) => `${name}: ${scopes[name] ?? 'none'}`).join(', ');
}

/** The scopes a job's token carries. */
export function jobScopes(jobSpec: unknown, workflowSpec: unknown, inherited: Scopes): Scopes {
  return parsePermissions(jobSpec) ?? parsePermissions(workflowSpec) ?? inherited;
}

/** The scopes that grant something, for reports. */
export function granted(scopes: Scopes): Scopes {
  return Object.fromEntries(Object.entries(scopes).filter(([, level]) => level !== 'none'));
}
