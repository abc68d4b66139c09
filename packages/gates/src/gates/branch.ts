import { minimatch } from 'minimatch';
import { branchesContaining, isGitRepository, localTagCommit } from '../git-history.js';
import { outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';

/** The tag being released: `tag`, else `tag-prefix` + `version`. */
export function releaseTag(settings: GateSettings): string | undefined {
  return settings.tag ?? (settings.version ? `${settings.tagPrefix}${settings.version}` : undefined);
}

async function currentBranches(settings: GateSettings, context: GateContext): Promise<string[]> {
  if (settings.branch) return [settings.branch];
  if (context.ref.startsWith('refs/heads/')) return [context.ref.slice('refs/heads/'.length)];
  if (context.pullBaseRef) return [context.pullBaseRef];
  // A tag push names no branch: the branches that hold the commit stand for it.
  if (await isGitRepository(context.workspace))
    return branchesContaining(context.workspace, context.sha || 'HEAD');
  return [];
}

/**
 * branch: releases only from the release branches, hotfixes only from the
 * hotfix branches; and the release tag does not exist yet, locally or on
 * GitHub. A tag that already points at this very commit is a re-run, not a clash.
 */
export async function branchGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const patterns = settings.releaseKind === 'hotfix' ? settings.hotfixBranches : settings.releaseBranches;
  const tag = releaseTag(settings);
  const threshold = `${settings.releaseKind} from ${patterns.join(', ')}${tag ? `; ${tag} is new` : ''}`;
  const evidence: Evidence[] = [];
  const reasons: string[] = [];
  const branches = await currentBranches(settings, context);
  const allowed = branches.filter((branch) => patterns.some((pattern) => minimatch(branch, pattern)));
  if (branches.length === 0)
    reasons.push(`cannot tell the branch of ${context.ref || 'this run'}: pass the branch input`);
  else if (allowed.length === 0) {
    reasons.push(
      `a ${settings.releaseKind} cannot be made from ${branches.join(', ')} (allowed: ${patterns.join(', ')})`,
    );
  }
  let tagState = 'not checked (no version or tag given)';
  if (tag) {
    const local = (await isGitRepository(context.workspace))
      ? await localTagCommit(context.workspace, tag)
      : undefined;
    const remote = context.github ? await context.github.tagCommit(tag) : undefined;
    const existing = local ?? remote;
    const where = [local ? 'locally' : '', remote ? 'on GitHub' : ''].filter(Boolean).join(' and ');
    if (!existing) tagState = `${tag} is new${context.github ? '' : ' (checked locally only: no token)'}`;
    else if (existing === context.sha) {
      tagState = `${tag} already points at this commit (a re-run)`;
      evidence.push({ message: tagState });
    } else {
      tagState = `${tag} already exists ${where} at ${existing.slice(0, 7)}`;
      reasons.push(tagState);
    }
  }
  evidence.unshift(...reasons.map((message) => ({ message })));
  const passed = reasons.length === 0;
  return outcome(passed, {
    value: `${branches.join(', ') || 'unknown branch'}; ${tagState}`,
    threshold,
    summary: passed ? `${settings.releaseKind} from ${allowed.join(', ')}; ${tagState}` : reasons.join('; '),
    evidence,
    data: { kind: settings.releaseKind, branches, allowedPatterns: patterns, tag },
  });
}
