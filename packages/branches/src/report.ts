import { code, heading, table } from '../../kit/src/index.js';
import type { SyncResult, TargetResult } from './sync.js';

/** The job summary: one row per target, the pull requests opened, and the branch deleted or kept. */

const OUTCOME_TEXT: Record<TargetResult['outcome'], string> = {
  'up-to-date': '✅ already up to date',
  'fast-forward': '✅ fast-forwarded',
  merged: '✅ merged (merge commit)',
  conflict: '⚠️ conflict',
  'pull-request': '🔀 protected: pull request',
};

function detail(result: TargetResult): string {
  if (result.outcome === 'pull-request') {
    const pull = result.pullRequest;
    const merge = {
      enabled: 'auto-merge on',
      merged: 'merged',
      'not-allowed': 'waits for a merge',
      blocked: 'waits for reviews and checks',
    };
    return pull ? `[#${pull.number}](${pull.url})${pull.autoMerge ? `, ${merge[pull.autoMerge]}` : ''}` : '';
  }
  if (result.outcome !== 'conflict') {
    return result.sha === result.previousSha
      ? ''
      : `${result.previousSha.slice(0, 7)} → ${result.sha.slice(0, 7)}`;
  }
  const files = result.conflicts.map(code).join(', ');
  const pull = result.pullRequest
    ? `${result.pullRequest.reused ? 'reused' : 'opened'} [#${result.pullRequest.number}](${result.pullRequest.url})`
    : result.syncBranch
      ? `would open a pull request from ${code(result.syncBranch)}`
      : '';
  return [files, pull, result.note].filter(Boolean).join(' · ');
}

export function syncSummary(result: SyncResult): string {
  const title = `Branch sync: ${result.source ? code(result.source) : 'clean-up'}${result.dryRun ? ' (dry run)' : ''}`;
  let markdown = heading(title, 3);
  if (result.targets.length > 0) {
    markdown += table(
      ['target', 'result', 'details'],
      result.targets.map((target) => [target.target, OUTCOME_TEXT[target.outcome], detail(target)]),
    );
  }
  if (result.deleted) {
    const { branch, outcome, reason } = result.deleted;
    const text =
      outcome === 'deleted'
        ? `${result.dryRun ? 'Would delete' : 'Deleted'} ${code(branch)}.`
        : outcome === 'already-absent'
          ? `${code(branch)} was already deleted.`
          : `Kept ${code(branch)}: ${reason}.`;
    markdown += `\n${text}\n`;
  }
  return markdown;
}

/** One line per target for the log. */
export function syncLogLines(result: SyncResult): string[] {
  const lines = result.targets.map((target) => {
    const what = OUTCOME_TEXT[target.outcome].replace(/^\S+ /, '');
    return `${result.source} → ${target.target}: ${what}${target.outcome === 'conflict' ? ` in ${target.conflicts.join(', ')}` : ''}`;
  });
  if (result.deleted)
    lines.push(
      `${result.deleted.branch}: ${result.deleted.outcome}${result.deleted.reason ? ` (${result.deleted.reason})` : ''}`,
    );
  return lines;
}
