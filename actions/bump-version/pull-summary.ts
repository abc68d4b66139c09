import { code, heading, table } from '../../packages/kit/src/index.js';
import type { PullModeOutcome } from '../../packages/versioning/src/index.js';
import { commitsSince, notesText } from './summary.js';

/**
 * The job summary of the pull-request mode: what happened to the release pull request, what it
 * proposes and on which commits, and once it is tagged, the release notes as they will read.
 */

export const SAID: Record<PullModeOutcome['action'], string> = {
  created: 'Opened the release pull request',
  updated: 'Updated the release pull request',
  unchanged: 'The release pull request is up to date',
  closed: 'Closed the release pull request: nothing to release',
  none: 'No release pull request',
  superseded: 'Left the release pull request to the run for the newer commit',
  tagged: 'Tagged the merged release pull request',
};

type Proposed = NonNullable<PullModeOutcome['proposed']>[number];

/** `1 commit since v1.0.0 (feat 1)`: what the proposal rests on. */
function commitsLine({ plan }: Proposed): string {
  const kinds = Object.entries(plan.analysis.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${code(kind)} ${count}`)
    .join(', ');
  return `${commitsSince(plan)}${kinds ? ` (${kinds})` : ''}`;
}

function rows(outcome: PullModeOutcome): string[][] {
  const found: string[][] = [];
  if (outcome.pull)
    found.push(['Pull request', `[#${outcome.pull.number}](${outcome.pull.url}) ${outcome.pull.title}`]);
  const released = outcome.releasedComponents ?? [];
  const proposing = (outcome.proposed ?? []).filter(({ plan }) => plan.version);
  if (released.length > 0)
    found.push([
      'Released',
      `${released.map((c) => code(c.tag)).join(', ')} at ${code(released[0]!.commitSha.slice(0, 7))}`,
    ]);
  else if (proposing.length > 0) {
    found.push(['Proposes', proposing.map(({ plan }) => code(plan.tag!)).join(', ')]);
    for (const component of proposing)
      found.push([component.name ? `Commits (${component.name})` : 'Commits', commitsLine(component)]);
  }
  if (outcome.reason) found.push(['Why', outcome.reason]);
  return found;
}

export function pullModeSummary(outcome: PullModeOutcome): string {
  const parts = [
    heading('Release pull request'),
    table(['What happened', SAID[outcome.action]], rows(outcome)),
  ];
  for (const component of outcome.releasedComponents ?? []) {
    const title = component.name ? `Release notes: ${component.name} ${component.version}` : 'Release notes';
    parts.push(`\n${heading(title, 3)}${notesText(component.notes)}`);
  }
  return parts.join('');
}
