import { code, heading, table } from '../../packages/kit/src/index.js';
import type { ReleaseOutcome } from '../../packages/versioning/src/index.js';

/**
 * The job summary: the version, why (the commit that drove the bump, or the
 * input that asked for it), the release notes as they will read, and the
 * commits by type. Bounded in size: GitHub
 * caps a step's summary at 1 MiB, and the full notes are in `notes-file`.
 */

const NOTES_IN_SUMMARY = 60_000;
const BECAUSE = { major: 'a breaking change in', minor: 'a feature in', patch: 'a fix in' } as const;

function shortLink(sha: string, repositoryUrl?: string): string {
  const short = code(sha.slice(0, 7));
  return repositoryUrl ? `[${short}](${repositoryUrl}/commit/${sha})` : short;
}

function why(outcome: ReleaseOutcome, releaseType: string, repositoryUrl?: string): string {
  const { plan } = outcome;
  if (releaseType !== 'auto') return `release-type: ${releaseType} (input)`;
  const driver = plan.analysis.driver;
  if (!driver || !plan.level) return '—';
  return `${plan.applied}: ${BECAUSE[plan.level]} ${shortLink(driver.hash, repositoryUrl)} ${driver.header}`;
}

/** The notes as written, cut at a line past NOTES_IN_SUMMARY characters. */
export function notesText(notes: NonNullable<ReleaseOutcome['notes']>): string {
  const { preview, truncated } = notes;
  if (!truncated && preview.length <= NOTES_IN_SUMMARY)
    return preview.endsWith('\n') ? preview : `${preview}\n`;
  const cut = preview.slice(0, preview.lastIndexOf('\n', NOTES_IN_SUMMARY) + 1);
  return `${cut}\n… (the full notes are in the notes-file output)\n`;
}

/** `1 commit since v1.0.0`: how much history the plan read, as both summaries say it. */
export function commitsSince(plan: ReleaseOutcome['plan']): string {
  const { commits } = plan.analysis;
  const since = plan.history.lastStable?.name ?? 'the first commit';
  return `${commits} commit${commits === 1 ? '' : 's'} since ${since}`;
}

export function renderSummary(
  outcome: ReleaseOutcome,
  context: { releaseType: string; dryRun: boolean; repositoryUrl?: string },
): string {
  const { plan } = outcome;
  const parts: string[] = [];
  if (!outcome.released) {
    parts.push(heading('No release'));
    parts.push(
      `${outcome.reason ?? 'Nothing to release'}. Last release: ${plan.history.last?.name ?? 'none'}.\n\n`,
    );
  } else {
    const suffix = context.dryRun ? ' (dry run)' : outcome.reused ? ' (already released)' : '';
    parts.push(heading(`${plan.tag}${suffix}`));
    const commitCell = outcome.commitSha ? shortLink(outcome.commitSha, context.repositoryUrl) : '—';
    const where = outcome.releaseBranch
      ? `branch ${code(outcome.releaseBranch)} at ${commitCell}`
      : `${code(plan.tag!)} on ${commitCell}${outcome.pushed ? ', pushed' : ''}`;
    parts.push(
      table(
        ['Version', code(plan.version!)],
        [
          ['Previous', plan.history.last ? code(plan.history.last.version) : 'none'],
          ['Release type', `${plan.applied}${plan.prerelease ? ' (prerelease)' : ''}`],
          ['Why', why(outcome, context.releaseType, context.repositoryUrl)],
          [context.dryRun ? 'Would tag' : 'Tag', where],
          ['Files', outcome.files.length > 0 ? outcome.files.map(code).join(', ') : 'none'],
        ],
      ),
    );
  }
  // The notes come first, as they will read on the release: they are what a reviewer checks.
  if (outcome.released && outcome.notes)
    parts.push(`\n${heading('Release notes', 3)}${notesText(outcome.notes)}`);
  const kinds = Object.entries(plan.analysis.byKind).sort((a, b) => b[1] - a[1]);
  const cancelled = plan.analysis.cancelled ? ` (${plan.analysis.cancelled} reverted with their revert)` : '';
  parts.push(`\n${heading('Commits by type', 3)}${commitsSince(plan)}${cancelled}.\n\n`);
  if (kinds.length > 0)
    parts.push(
      table(
        ['type', 'commits'],
        kinds.map(([kind, count]) => [code(kind), count]),
      ),
    );
  return parts.join('');
}
