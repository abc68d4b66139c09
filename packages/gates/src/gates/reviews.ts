import type { PullRequestSummary, Review } from '../github.js';
import { outcome, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { plural } from './reports.js';

/** The pull request that brought the commit: the one it merged as, else the open one it heads. */
export function pickPullRequest(pulls: PullRequestSummary[], sha: string): PullRequestSummary | undefined {
  return (
    pulls.find((p) => p.merged && p.mergeCommitSha === sha) ??
    pulls.find((p) => p.state === 'open' && p.headSha === sha) ??
    pulls.find((p) => p.merged) ??
    pulls.find((p) => p.state === 'open')
  );
}

/**
 * Each reviewer's standing is their latest approving, change-requesting or
 * dismissed review (a comment changes nothing), so a later approval clears an
 * earlier change request and a dismissal clears both.
 */
export function reviewStanding(reviews: Review[]): { approvedBy: string[]; changesRequestedBy: string[] } {
  const latest = new Map<string, Review>();
  const ordered = [...reviews].sort(
    (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id,
  );
  for (const review of ordered) {
    if (['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state))
      latest.set(review.user, review);
  }
  const approvedBy = [...latest.values()].filter((r) => r.state === 'APPROVED').map((r) => r.user);
  const changesRequestedBy = [...latest.values()]
    .filter((r) => r.state === 'CHANGES_REQUESTED')
    .map((r) => r.user);
  return { approvedBy, changesRequestedBy };
}

/** reviews: the commit's pull request has enough approvals and no outstanding change requests. */
export async function reviewsGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const threshold = `≥ ${plural(settings.requiredApprovals, 'approval')}, no change requests`;
  const github = context.github!;
  const pull = context.pullNumber
    ? await github.pull(context.pullNumber)
    : pickPullRequest(await github.pullsForCommit(context.sha), context.sha);
  if (!pull) {
    const summary = `no pull request found for commit ${context.sha.slice(0, 7)}: it was not reviewed through one`;
    return outcome(false, { value: 'no pull request', threshold, summary, evidence: [{ message: summary }] });
  }
  const { approvedBy, changesRequestedBy } = reviewStanding(await github.reviews(pull.number));
  const reasons: string[] = [];
  if (approvedBy.length < settings.requiredApprovals) {
    reasons.push(
      `#${pull.number} has ${plural(approvedBy.length, 'approval')}, ${settings.requiredApprovals} required`,
    );
  }
  if (changesRequestedBy.length > 0)
    reasons.push(`changes requested by ${changesRequestedBy.join(', ')} on #${pull.number}`);
  const passed = reasons.length === 0;
  return outcome(passed, {
    value: `${plural(approvedBy.length, 'approval')}, ${plural(changesRequestedBy.length, 'change request')}`,
    threshold,
    summary: passed
      ? `#${pull.number} approved by ${approvedBy.join(', ') || 'nobody (none required)'}`
      : reasons.join('; '),
    evidence: reasons.map((message) => ({ message: `${message} (${pull.url})` })),
    data: { pullRequest: pull.number, url: pull.url, approvedBy, changesRequestedBy },
  });
}
