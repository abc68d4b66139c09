// GITHUB_TOKEN scopes: which permission each operation needs, as GitHub's REST reference lists
// for GitHub App installation tokens ("Repository permissions"), and the check the server makes.

export type Level = 'none' | 'read' | 'write';
export type Scopes = Record<string, Level>;

/** The permission an operation family needs; reads need read, anything else write. */
const FAMILY_SCOPE: [RegExp, string][] = [
  [/^checks\//, 'checks'],
  [/^git\//, 'contents'],
  [/^pulls\//, 'pull-requests'],
  [/^issues\//, 'issues'],
  [/^repos\/(create|get|list)-deployment|^repos\/delete-deployment|^repos\/list-deployments/, 'deployments'],
  [/^repos\/(create-commit-status|get-combined-status-for-ref)$/, 'statuses'],
  // Listing and reading environments is an Actions permission; creating one needs administration.
  [/^repos\/(get-environment|get-all-environments)$/, 'actions'],
  [/^repos\/create-or-update-environment$/, 'administration'],
  [/^repos\/list-pull-requests-associated-with-commit$/, 'pull-requests'],
];

/** Readable by every installation token (the "Metadata" permission GitHub always grants). */
const METADATA = new Set(['repos/get', 'repos/get-collaborator-permission-level']);

/** Issue endpoints also work on pull requests with pull-requests permission. */
const EITHER_ISSUES_OR_PULLS =
  /^issues\/(create-comment|list-comments|update-comment|add-labels|list-labels-on-issue|get)$/;

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

function needed(operationId: string): string {
  if (METADATA.has(operationId)) return 'metadata';
  for (const [pattern, scope] of FAMILY_SCOPE) if (pattern.test(operationId)) return scope;
  return 'contents';
}

/** Whether a token with `scopes` may call the operation. */
export function tokenAllows(scopes: Scopes, operationId: string, method: string): boolean {
  const scope = needed(operationId);
  if (scope === 'metadata') return true;
  const level: Level = method === 'GET' ? 'read' : 'write';
  const has = (name: string) => RANK[scopes[name] ?? 'none'] >= RANK[level];
  if (EITHER_ISSUES_OR_PULLS.test(operationId)) return has('issues') || has('pull-requests');
  return has(scope);
}
