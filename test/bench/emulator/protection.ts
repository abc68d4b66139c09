// Branch protection and rulesets as GitHub applies them: who may push to a branch, when a pull
// request may be merged, and the messages GitHub answers with when it may not.
import { minimatch } from 'minimatch';
import type { EmulatorContext } from './context.js';
import type { Pull } from './state.js';
import type { Permission } from './types.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** Classic branch protection (Settings → Branches), one per branch name. */
export interface BranchProtectionConfig {
  /** Pull requests required before merging, with this many approvals (0: a pull request, no approval). */
  requiredApprovingReviews?: number;
  /** Status check contexts (check run names or commit status contexts) that must pass. */
  requiredChecks?: string[];
  /** Require the branch to be up to date before merging. */
  strict?: boolean;
  dismissStaleReviews?: boolean;
  /** Administrators are held to the rules too ("Do not allow bypassing the above settings"). */
  enforceAdmins?: boolean;
  /** Users and apps (`name[bot]`) allowed to bypass the pull request requirement. */
  bypass?: string[];
  allowForcePushes?: boolean;
  allowDeletions?: boolean;
}

/** A repository ruleset that targets branches. */
export interface RulesetConfig {
  name: string;
  /** fnmatch patterns of branch names; `~DEFAULT_BRANCH` stands for the default branch. */
  branches: string[];
  pullRequest?: {
    requiredApprovingReviews: number;
    dismissStaleReviewsOnPush?: boolean;
    allowedMergeMethods?: MergeMethod[];
  };
  requiredChecks?: string[];
  strict?: boolean;
  nonFastForward?: boolean;
  deletion?: boolean;
  /** Logins (users, `app[bot]`), or the role `admin`, that bypass the ruleset. */
  bypassActors?: string[];
}

/** The repository's pull request settings (Settings → General → Pull Requests). */
export interface RepositorySettings {
  allowMergeCommit: boolean;
  allowSquashMerge: boolean;
  allowRebaseMerge: boolean;
  allowAutoMerge: boolean;
  deleteBranchOnMerge: boolean;
}

export interface ProtectionState {
  branches: Map<string, BranchProtectionConfig>;
  rulesets: Array<RulesetConfig & { id: number }>;
  settings: RepositorySettings;
}

export const DEFAULT_SETTINGS: RepositorySettings = {
  allowMergeCommit: true,
  allowSquashMerge: true,
  allowRebaseMerge: true,
  allowAutoMerge: false,
  deleteBranchOnMerge: false,
};

/** Who is pushing or merging: a user or an app, with the role it has on the repository. */
export interface Actor {
  login: string;
  permission: Permission;
}

export function rulesetsFor(ctx: EmulatorContext, branch: string): Array<RulesetConfig & { id: number }> {
  return ctx.protection.rulesets.filter((ruleset) =>
    ruleset.branches.some((pattern) =>
      pattern === '~DEFAULT_BRANCH' ? branch === ctx.defaultBranch : minimatch(branch, pattern),
    ),
  );
}

function bypassesRuleset(ruleset: RulesetConfig, actor: Actor): boolean {
  const list = ruleset.bypassActors ?? [];
  return list.includes(actor.login) || (list.includes('admin') && actor.permission === 'admin');
}

function bypassesClassic(rule: BranchProtectionConfig, actor: Actor): boolean {
  return (actor.permission === 'admin' && !rule.enforceAdmins) || (rule.bypass ?? []).includes(actor.login);
}

const RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export function atLeast(permission: Permission, wanted: Permission): boolean {
  return RANK[permission] >= RANK[wanted];
}

/** Latest review per reviewer; approvals count only from people with write access, not the author. */
export function approvals(ctx: EmulatorContext, pull: Pull, headSha: string, dismissStale: boolean): number {
  const author = ctx.state.issue(pull.number)?.user;
  const latest = new Map<string, { state: string; commitId: string | null }>();
  for (const review of ctx.state.reviews.filter((r) => r.pull === pull.number)) {
    if (review.state === 'COMMENTED') continue;
    latest.set(review.user, review);
  }
  let count = 0;
  for (const [user, review] of latest) {
    if (review.state !== 'APPROVED' || user === author) continue;
    if (!atLeast(ctx.state.permissions.get(user) ?? 'none', 'write')) continue;
    if (dismissStale && review.commitId !== headSha) continue;
    count += 1;
  }
  return count;
}

/** Which required contexts have no passing check run or commit status on the commit. */
export function missingChecks(ctx: EmulatorContext, sha: string, contexts: string[]): string[] {
  const passed = (name: string): boolean => {
    const runs = ctx.state.checkRuns.filter((run) => run.headSha === sha && run.name === name);
    const latestRun = runs.at(-1);
    if (latestRun)
      return (
        latestRun.status === 'completed' &&
        ['success', 'neutral', 'skipped'].includes(latestRun.conclusion ?? '')
      );
    const statuses = ctx.state.statuses.filter((status) => status.sha === sha && status.context === name);
    return statuses.at(-1)?.state === 'success';
  };
  return contexts.filter((name) => !passed(name));
}

function approvalsLine(count: number): string {
  return count === 1
    ? 'At least 1 approving review is required by reviewers with write access.'
    : `At least ${count} approving reviews are required by reviewers with write access.`;
}

function checksLine(missing: string[], required: string[]): string {
  return missing.length === 1
    ? `Required status check "${missing[0]}" is expected.`
    : `${missing.length} of ${required.length} required status checks are expected.`;
}

export interface PushUpdate {
  ref: string;
  oldSha: string;
  newSha: string;
  /** The new commit does not contain the old one. */
  forced: boolean;
}

const ZERO = '0'.repeat(40);

/**
 * Why GitHub would refuse this ref update from a push, as the lines its pre-receive hook prints
 * (GH006 for branch protection, GH013 for rulesets), or undefined when it is accepted.
 */
export function pushRefusal(ctx: EmulatorContext, update: PushUpdate, actor: Actor): string | undefined {
  if (!update.ref.startsWith('refs/heads/')) return undefined;
  const branch = update.ref.slice('refs/heads/'.length);
  const deleting = update.newSha === ZERO;
  const creating = update.oldSha === ZERO;
  const rule = ctx.protection.branches.get(branch);
  if (rule && !creating && !bypassesClassic(rule, actor)) {
    const lines: string[] = [];
    if (deleting && !rule.allowDeletions) lines.push('Cannot delete this protected branch.');
    else if (update.forced && !rule.allowForcePushes)
      lines.push('Cannot force-push to this protected branch.');
    else if (rule.requiredApprovingReviews !== undefined)
      lines.push('Changes must be made through a pull request.');
    else if (rule.requiredChecks?.length) {
      const missing = missingChecks(ctx, update.newSha, rule.requiredChecks);
      if (missing.length > 0) lines.push(checksLine(missing, rule.requiredChecks));
    }
    if (lines.length > 0)
      return [
        `error: GH006: Protected branch update failed for ${update.ref}.`,
        ...lines.map((l) => `error: ${l}`),
      ].join('\n');
  }
  const violations: string[] = [];
  for (const ruleset of rulesetsFor(ctx, branch)) {
    if (bypassesRuleset(ruleset, actor)) continue;
    if (deleting && ruleset.deletion) violations.push('Cannot delete this branch');
    if (!deleting && !creating && update.forced && ruleset.nonFastForward)
      violations.push('Cannot force-push to this branch');
    if (!deleting && ruleset.pullRequest) violations.push('Changes must be made through a pull request.');
    if (!deleting && ruleset.requiredChecks?.length) {
      const missing = missingChecks(ctx, update.newSha, ruleset.requiredChecks);
      if (missing.length > 0) violations.push(checksLine(missing, ruleset.requiredChecks));
    }
  }
  if (violations.length === 0) return undefined;
  const rulesUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/rules?ref=${encodeURIComponent(update.ref)}`;
  return [
    `error: GH013: Repository rule violations found for ${update.ref}.`,
    `Review all repository rules at ${rulesUrl}`,
    '',
    ...[...new Set(violations)].flatMap((line) => [`- ${line}`, '']),
  ].join('\n');
}

/** The same rules for a ref written through the REST API (git/update-ref, git/create-ref, git/delete-ref). */
export function apiRefRefusal(ctx: EmulatorContext, update: PushUpdate, actor: Actor): string | undefined {
  const refusal = pushRefusal(ctx, update, actor);
  if (!refusal) return undefined;
  if (refusal.includes('GH013')) {
    const lines = refusal
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2));
    return `Repository rule violations found\n\n${lines.join('\n\n')}\n\n`;
  }
  return `Protected branch update failed for ${update.ref}.`;
}

export interface MergeRequirements {
  approvals: number;
  checks: string[];
  strict: boolean;
  dismissStale: boolean;
  methods?: MergeMethod[];
  /** Which of classic protection and rulesets the requirements come from, for the message shape. */
  fromRuleset: boolean;
}

/** What merging into `base` needs from this actor; undefined when nothing is required. */
export function mergeRequirements(
  ctx: EmulatorContext,
  base: string,
  actor: Actor,
): MergeRequirements | undefined {
  const found: MergeRequirements = {
    approvals: 0,
    checks: [],
    strict: false,
    dismissStale: false,
    fromRuleset: false,
  };
  let any = false;
  const rule = ctx.protection.branches.get(base);
  if (rule && !bypassesClassic(rule, actor)) {
    any = true;
    found.approvals = rule.requiredApprovingReviews ?? 0;
    found.checks.push(...(rule.requiredChecks ?? []));
    found.strict = !!rule.strict;
    found.dismissStale = !!rule.dismissStaleReviews;
  }
  for (const ruleset of rulesetsFor(ctx, base)) {
    if (bypassesRuleset(ruleset, actor)) continue;
    any = true;
    if (ruleset.pullRequest) {
      if (ruleset.pullRequest.requiredApprovingReviews >= found.approvals) found.fromRuleset = true;
      found.approvals = Math.max(found.approvals, ruleset.pullRequest.requiredApprovingReviews);
      found.dismissStale ||= !!ruleset.pullRequest.dismissStaleReviewsOnPush;
      if (ruleset.pullRequest.allowedMergeMethods) found.methods = ruleset.pullRequest.allowedMergeMethods;
    }
    found.checks.push(...(ruleset.requiredChecks ?? []));
    found.strict ||= !!ruleset.strict;
  }
  found.checks = [...new Set(found.checks)];
  return any ? found : undefined;
}

/** The lines that keep a pull request from merging (empty when it may merge). */
export async function mergeBlockers(
  ctx: EmulatorContext,
  pull: Pull,
  headSha: string,
  actor: Actor,
): Promise<string[]> {
  const needs = mergeRequirements(ctx, pull.base, actor);
  if (!needs) return [];
  const lines: string[] = [];
  if (approvals(ctx, pull, headSha, needs.dismissStale) < needs.approvals)
    lines.push(approvalsLine(needs.approvals));
  // With "require branches to be up to date", a head behind its base has every required check
  // "expected" again, as GitHub reports it: the checks must run on an up-to-date head.
  const baseSha = needs.strict ? (await ctx.git.getRef(`refs/heads/${pull.base}`))?.sha : undefined;
  const behind = baseSha !== undefined && !(await ctx.git.isAncestor(baseSha, headSha));
  const missing = behind ? needs.checks : missingChecks(ctx, headSha, needs.checks);
  if (missing.length > 0) lines.push(checksLine(missing, needs.checks));
  return lines;
}

/** GitHub's 405 message for a merge the rules refuse. */
export function mergeRefusalMessage(
  ctx: EmulatorContext,
  base: string,
  actor: Actor,
  lines: string[],
): string {
  const needs = mergeRequirements(ctx, base, actor);
  if (needs?.fromRuleset) return `Repository rule violations found\n\n${lines.join('\n\n')}\n\n`;
  return lines.length === 1 ? lines[0]! : lines.join('\n');
}

/** The repository setting that allows a merge method, and GitHub's message when it is off. */
export function methodRefusal(
  ctx: EmulatorContext,
  base: string,
  actor: Actor,
  method: MergeMethod,
): string | undefined {
  const { settings } = ctx.protection;
  const allowed = {
    merge: settings.allowMergeCommit,
    squash: settings.allowSquashMerge,
    rebase: settings.allowRebaseMerge,
  };
  const names = { merge: 'Merge commits', squash: 'Squash merges', rebase: 'Rebase merges' };
  if (!allowed[method]) return `${names[method]} are not allowed on this repository.`;
  const methods = mergeRequirements(ctx, base, actor)?.methods;
  if (methods && !methods.includes(method))
    return `Repository rule violations found\n\nThis branch requires one of these merge methods: ${methods.join(', ')}.\n\n`;
  return undefined;
}
