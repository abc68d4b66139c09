import { code, heading, icon, table } from '../../packages/kit/src/index.js';
import type { ChannelOutcome, CommentOutcome, ReleaseOutcome } from '../../packages/notify/src/index.js';

/** The job summary: what was sent where. Destinations are named by channel, never by URL. */

export interface SummaryFacts {
  title: string;
  release?: ReleaseOutcome;
  channels: ChannelOutcome[];
  comments?: CommentOutcome;
  commentsSkipped?: string;
}

const ACTIONS: Record<ReleaseOutcome['action'], string> = {
  created: 'created and published',
  'completed-draft': 'completed an earlier run’s draft and published it',
  updated: 'updated',
  unchanged: 'already complete, nothing to do',
};

function releaseSection(release: ReleaseOutcome): string {
  const state = release.draft ? 'draft' : release.immutable ? 'published, immutable' : 'published';
  const action =
    release.draft && release.action === 'created' ? 'created as a draft' : ACTIONS[release.action];
  const latest = release.makeLatest
    ? ` · latest: ${release.makeLatest === 'true' ? 'yes' : release.makeLatest} (${release.makeLatestReason})`
    : '';
  const lines = [
    `**GitHub Release** [${release.url.split('/').pop()}](${release.url}): ${action} (${state})${latest}\n`,
  ];
  const rows = [
    ...release.assets.uploaded.map((name) => [code(name), '⬆️ uploaded']),
    ...release.assets.replaced.map((name) => [code(name), '🔁 replaced']),
    ...release.assets.skipped.map((name) => [code(name), '⏭️ identical, kept']),
  ];
  if (rows.length > 0) lines.push(table(['asset', 'result'], rows));
  return lines.join('\n') + '\n';
}

function channelSection(outcomes: ChannelOutcome[]): string {
  if (outcomes.length === 0) return '';
  const rows = outcomes.map((outcome) => [
    outcome.channel,
    `${icon(outcome.status !== 'failed')} ${outcome.status}${outcome.attempts > 1 ? ` (${outcome.attempts} attempts)` : ''}`,
    outcome.id ?? '',
    outcome.status === 'failed'
      ? `${outcome.error ?? ''}${outcome.failOnError ? '' : ' (fail-on-error: false)'}`
      : (outcome.detail ?? ''),
  ]);
  return heading('Channels', 3) + table(['channel', 'result', 'message id', 'detail'], rows) + '\n';
}

function commentSection(comments: CommentOutcome | undefined, skipped: string | undefined): string {
  if (skipped) return heading('Comments', 3) + `${skipped}\n\n`;
  if (!comments) return '';
  const list = (numbers: number[]) => (numbers.length ? numbers.map((n) => `#${n}`).join(', ') : 'none');
  return (
    heading('Comments', 3) +
    table(
      ['', 'pull requests and issues'],
      [
        ['commented', list(comments.commented)],
        ['already commented by an earlier run', list(comments.alreadyCommented)],
        ['labelled', list(comments.labelled)],
      ],
    ) +
    '\n'
  );
}

export function renderSummary(facts: SummaryFacts): string {
  return [
    heading(facts.title),
    facts.release ? releaseSection(facts.release) : '',
    channelSection(facts.channels),
    commentSection(facts.comments, facts.commentsSkipped),
  ].join('');
}
