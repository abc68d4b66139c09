import semver from 'semver';
import { analyseHistory, type AnalyseOptions, type Analysis } from './analyse.js';
import { listReleaseTags, type ReleaseHistory, type ReleaseTag } from './tags.js';

/**
 * The releases reachable from a commit and the commits since the last stable one,
 * in one walk of the history when possible. Asking git which tags are reachable
 * (`--merged`) walks the whole history since the oldest of them: on a long history
 * that is a second walk as long as the log itself. Instead the highest stable tag is
 * taken as the start of the range, and the log confirms it: a tag is reachable
 * exactly when the walk meets it, in the range or on its boundary. Only when that
 * leaves a higher tag unaccounted for (a prerelease on another branch, say) does
 * git get asked after all.
 */

const isStable = (tag: ReleaseTag) => semver.prerelease(tag.version) === null;

function historyOf(all: ReleaseTag[]): ReleaseHistory {
  return { all, last: all[0], lastStable: all.find(isStable) };
}

export async function releasesAndCommits(
  range: Omit<AnalyseOptions, 'from' | 'watch'> & { tagPrefix: string },
  ignoreTag?: string,
): Promise<{ history: ReleaseHistory; analysis: Analysis }> {
  const { cwd, tagPrefix, to } = range;
  const tags = (await listReleaseTags(cwd, tagPrefix)).filter((tag) => tag.name !== ignoreTag);
  const guess = tags.find(isStable);
  // A monorepo component's log is limited to its folder, and so is what it meets: ask git.
  if (range.path === undefined || range.path === '.') {
    const above = guess ? tags.filter((tag) => semver.gt(tag.version, guess.version)) : tags;
    const watch = new Set([...above, ...(guess ? [guess] : [])].map((tag) => tag.commit));
    const analysis = await analyseHistory({ ...range, from: guess?.commit, watch });
    const met = (tag: ReleaseTag) => tag.commit === to || analysis.found.has(tag.commit);
    // Without a stable tag the walk covers everything reachable: a tag it did not meet is not reachable.
    if (!guess || (met(guess) && above.every(met))) {
      return { history: historyOf(tags.filter((tag) => tag === guess || met(tag))), analysis };
    }
    const history = historyOf(await reachableTags(cwd, tagPrefix, to, ignoreTag));
    if (history.lastStable?.commit === guess.commit) return { history, analysis };
    return { history, analysis: await analyseHistory({ ...range, from: history.lastStable?.commit }) };
  }
  const history = historyOf(await reachableTags(cwd, tagPrefix, to, ignoreTag));
  return { history, analysis: await analyseHistory({ ...range, from: history.lastStable?.commit }) };
}

async function reachableTags(
  cwd: string,
  prefix: string,
  to: string,
  ignoreTag?: string,
): Promise<ReleaseTag[]> {
  return (await listReleaseTags(cwd, prefix, to)).filter((tag) => tag.name !== ignoreTag);
}
