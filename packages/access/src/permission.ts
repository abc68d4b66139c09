import { ReleaseError, statusOf, type GitHubClient } from '../../kit/src/index.js';

/**
 * Who may do what: a user's role on the repository, from GitHub's collaborator
 * permission API, compared with the least role an operation needs.
 */

export const ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type RequiredRole = Exclude<Role, 'none'>;

export interface PermissionAnswer {
  /** The classic level: admin, write, read or none. */
  permission: string;
  /** The role: admin, maintain, write, triage, read, or the name of a custom role. */
  roleName?: string;
}

/** A custom role counts as the classic level it is built on, which is all the API tells us about it. */
export function effectiveRole(answer: PermissionAnswer): Role {
  const known = (value: string | undefined): value is Role => ROLES.includes(value as Role);
  if (known(answer.roleName)) return answer.roleName;
  if (known(answer.permission)) return answer.permission;
  return 'none';
}

export function satisfies(role: Role, required: RequiredRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** The roles that satisfy a requirement, for messages: `maintain or admin`. */
export function acceptedRoles(required: RequiredRole): string {
  const accepted = ROLES.slice(ROLES.indexOf(required));
  return accepted.length === 1 ? accepted[0]! : `${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)}`;
}

export async function fetchRole(
  client: GitHubClient,
  owner: string,
  repo: string,
  user: string,
): Promise<Role> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
    return effectiveRole({ permission: data.permission, roleName: data.role_name });
  } catch (thrown) {
    // 404: not a collaborator (or no such user); either way, no role on the repository.
    if (statusOf(thrown) === 404) return 'none';
    throw thrown;
  }
}

export interface Decision {
  user: string;
  role: Role;
  required: RequiredRole;
  allowed: boolean;
}

export function decide(user: string, role: Role, required: RequiredRole): Decision {
  return { user, role, required, allowed: satisfies(role, required) };
}

export function refusal(decision: Decision, repository: string, operation: string): ReleaseError {
  const has = decision.role === 'none' ? 'has no role on' : `has the ${decision.role} role on`;
  return new ReleaseError(
    'EFORBIDDEN',
    `@${decision.user} ${has} ${repository}; to ${operation} you need ${acceptedRoles(decision.required)}.`,
    {
      hint: `Ask a repository ${acceptedRoles(decision.required)} user to run it, or to grant you that role.`,
    },
  );
}
