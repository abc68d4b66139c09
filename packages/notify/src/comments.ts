import { ReleaseError } from '../../kit/src/index.js';
import { errorText, httpStatus, type GitHubClient, type Log, type Repo } from './release/github-api.js';
import type { ShippedItem } from './shipped.js';

/**
 * "Released in v1.4.0" on every pull request and issue that shipped, plus a
 * label. Each comment carries a hidden marker, so a re-run finds it and never
 * posts twice. Writes go through the client's pacing (one at a time, spaced),
 * which keeps a large release clear of GitHub's secondary rate limit.
 */

export function releasedMarker(tag: string): string {
  return `<!-- release-actions:released ${tag} -->`;
}

export function releasedComment(tag: string, releaseUrl?: string): string {
  const name = releaseUrl ? `[${tag}](${releaseUrl})` : `\`${tag}\``;
  return `🚀 Released in ${name}.\n\n${releasedMarker(tag)}`;
}

export interface CommentOptions {
  tag: string;
  releaseUrl?: string;
  /** Added to every item; empty for none. */
  label?: string;
}

export interface CommentOutcome {
  commented: number[];
  /** Already had this release's comment from an earlier run. */
  alreadyCommented: number[];
  labelled: number[];
}

async function hasMarker(
  octokit: GitHubClient,
  repo: Repo,
  number: number,
  marker: string,
): Promise<boolean> {
  for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  })) {
    if (data.some((comment) => comment.body?.includes(marker))) return true;
  }
  return false;
}

export async function commentOnShipped(
  octokit: GitHubClient,
  repo: Repo,
  items: readonly ShippedItem[],
  options: CommentOptions,
  log: Log,
): Promise<CommentOutcome> {
  const outcome: CommentOutcome = { commented: [], alreadyCommented: [], labelled: [] };
  const marker = releasedMarker(options.tag);
  for (const item of items) {
    try {
      if (await hasMarker(octokit, repo, item.number, marker)) {
        outcome.alreadyCommented.push(item.number);
      } else {
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: item.number,
          body: releasedComment(options.tag, options.releaseUrl),
        });
        outcome.commented.push(item.number);
      }
      if (options.label && !item.labels.includes(options.label)) {
        await octokit.rest.issues.addLabels({ ...repo, issue_number: item.number, labels: [options.label] });
        outcome.labelled.push(item.number);
      }
    } catch (thrown) {
      const status = httpStatus(thrown);
      const done = outcome.commented.length
        ? ` (already done: ${outcome.commented.map((n) => `#${n}`).join(', ')})`
        : '';
      throw new ReleaseError(
        'ECOMMENT',
        `Could not comment on or label #${item.number}: ${errorText(thrown)}${done}`,
        {
          hint:
            status === 403 || status === 404
              ? 'The job needs `issues: write` and `pull-requests: write` permissions. A re-run skips what was done.'
              : 'A re-run skips the comments already posted.',
          cause: thrown,
        },
      );
    }
    log.info(`#${item.number} (${item.kind}): released in ${options.tag}`);
  }
  return outcome;
}
