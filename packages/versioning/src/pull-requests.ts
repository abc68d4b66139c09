import { describeApiFailure, isUnreachable, statusOf } from '../../kit/src/index.js';
import type { ChangelogEntry } from './entries.js';

/**
 * Links changelog entries to the pull requests that brought them, and credits
 * their authors, through GitHub's "pull requests associated with a commit"
 * endpoint (read-only; never the search API, whose limits are far tighter).
 * Bounded: only listed entries, those without a `(#123)` first, newest first, at
 * most `limit` calls however long the history. A failed call stops the lookup
 * and the notes go out without the missing links: notes are never worth failing
 * a release for. An API that does not answer at all stops it at once, without
 * retries (the client fails fast), and says so rather than blaming permissions.
 */

export interface AssociatedPull {
  number: number;
  merged_at?: string | null;
  user?: { login: string } | null;
}

/** One API call: the pull requests a commit belongs to. */
export type FindPulls = (sha: string) => Promise<AssociatedPull[]>;

/** What the lookup found for one commit. */
export interface PullLink {
  pr: number;
  author?: string;
}

export interface LookupReport {
  /** Calls made. */
  calls: number;
  /** Entries that gained a pull request number or an author. */
  linked: number;
  /** Why the lookup stopped early, when it did. */
  error?: string;
  /** The API gave no answer (refused, unresolved, dropped): nothing to do with permissions. */
  unreachable?: boolean;
  /** The API answered 403 or 404: the token may lack `pull-requests: read`. */
  forbidden?: boolean;
}

/**
 * The release pull request itself holds the commits it releases when they are not on its base yet (a hotfix
 * branch's): it is never the pull request that brought them, or each run would link it and update it.
 */
export function ignoringPull(find: FindPulls | undefined, own: number | undefined): FindPulls | undefined {
  if (!find || own === undefined) return find;
  return async (sha) => (await find(sha)).filter((pull) => pull.number !== own);
}

function pickPull(pulls: AssociatedPull[], known?: number): AssociatedPull | undefined {
  if (known !== undefined) return pulls.find((pull) => pull.number === known);
  return pulls.find((pull) => pull.merged_at) ?? pulls[0];
}

export async function linkPullRequests(
  candidates: ChangelogEntry[],
  find: FindPulls,
  options: { limit: number; concurrency?: number },
): Promise<{ links: Map<string, PullLink>; report: LookupReport }> {
  const queue = candidates.slice(0, options.limit);
  const links = new Map<string, PullLink>();
  const report: LookupReport = { calls: 0, linked: 0 };
  const worker = async () => {
    while (queue.length > 0 && !report.error) {
      const entry = queue.shift()!;
      report.calls += 1;
      let pulls: AssociatedPull[];
      try {
        pulls = await find(entry.hash);
      } catch (thrown) {
        if (!report.error) {
          report.error = describeApiFailure(thrown);
          report.unreachable = isUnreachable(thrown);
          const status = statusOf(thrown);
          report.forbidden = !report.unreachable && (status === 403 || status === 404);
        }
        return;
      }
      const pull = pickPull(pulls, entry.pr);
      if (!pull) continue;
      links.set(entry.hash, { pr: pull.number, author: pull.user?.login });
      report.linked += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return { links, report };
}
