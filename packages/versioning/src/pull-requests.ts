import type { ChangelogEntry } from './analyse.js';

/**
 * Links changelog entries to the pull requests that brought them, and credits
 * their authors, through GitHub's "pull requests associated with a commit"
 * endpoint (read-only; never the search API, whose limits are far tighter).
 * Bounded: only listed entries, those without a `(#123)` first, at most `limit`
 * calls however long the history. A failed call stops the lookup and the notes
 * go out without the missing links: notes are never worth failing a release for.
 */

export interface AssociatedPull {
  number: number;
  merged_at?: string | null;
  user?: { login: string } | null;
}

/** One API call: the pull requests a commit belongs to. */
export type FindPulls = (sha: string) => Promise<AssociatedPull[]>;

export interface LookupReport {
  /** Calls made. */
  calls: number;
  /** Entries that gained a pull request number or an author. */
  linked: number;
  /** Entries left without a lookup because of the cap. */
  skipped: number;
  /** Why the lookup stopped early, when it did. */
  error?: string;
}

function pickPull(pulls: AssociatedPull[], known?: number): AssociatedPull | undefined {
  if (known !== undefined) return pulls.find((pull) => pull.number === known);
  return pulls.find((pull) => pull.merged_at) ?? pulls[0];
}

export async function linkPullRequests(
  entries: ChangelogEntry[],
  find: FindPulls,
  options: { limit: number; concurrency?: number },
): Promise<LookupReport> {
  const candidates = [...entries.filter((e) => e.pr === undefined), ...entries.filter((e) => e.pr !== undefined)];
  const queue = candidates.slice(0, options.limit);
  const report: LookupReport = { calls: 0, linked: 0, skipped: candidates.length - queue.length };
  const worker = async () => {
    while (queue.length > 0 && !report.error) {
      const entry = queue.shift()!;
      report.calls += 1;
      let pulls: AssociatedPull[];
      try {
        pulls = await find(entry.hash);
      } catch (thrown) {
        report.error ??= thrown instanceof Error ? thrown.message : String(thrown);
        return;
      }
      const pull = pickPull(pulls, entry.pr);
      if (!pull) continue;
      entry.pr = pull.number;
      if (pull.user?.login) entry.author = pull.user.login;
      report.linked += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  report.skipped += queue.length;
  return report;
}
