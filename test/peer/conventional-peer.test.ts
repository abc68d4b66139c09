import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConventionalChangelog } from 'conventional-changelog';
import createPreset from 'conventional-changelog-conventionalcommits';
import type { Commit } from 'conventional-commits-parser';
import { Bumper } from 'conventional-recommended-bump';
import {
  analyseHistory,
  COMMIT_TYPES,
  parseCommitMessage,
  sectionOf,
  type Analysis,
} from '../../packages/versioning/src/index.js';
import { generateHistory, git, seededRandom, type GeneratedHistory } from './history.js';
import { writeHistory } from './history.js';

/**
 * bump-version against the tools most teams use: conventional-recommended-bump
 * and conventional-changelog with the `conventionalcommits` preset in strict mode
 * (`bumpStrict: true`, where docs- or chore-only histories make no release). On
 * random histories, the bump level and the changelog entries must be the same.
 *
 * Where the peer disagrees with itself or with the specification, bump-version
 * picks one reading, and the comparison states each rather than hiding it:
 *  1. Levels. The peer's strict whatBump counts any commit whose type is not in its
 *     hidden list as a fix, compared case-sensitively, so `Update README`, `wip: x`
 *     and `Docs: x` each ship a patch release that its own changelog then does not
 *     list. bump-version ignores messages that are not Conventional Commits and
 *     compares types case-insensitively (as the specification says). The peer's
 *     level is checked as its own whatBump gives it after exactly those two
 *     normalisations of its own parsed commits; the raw level may differ only where
 *     such a commit is present.
 *  2. Reverts. conventional-recommended-bump drops a commit and its revert when both
 *     are in the range; conventional-changelog drops the commits it does not list
 *     (chores, docs, non-conventional) before it looks for reverts, so it still lists
 *     the revert of such a commit. bump-version drops the pair in both. The peer's
 *     changelog is compared on the commits its own bumper kept, and whatever that
 *     removes must be a revert.
 *  3. Reverts of types that never release. The peer lists a revert of a `chore`,
 *     `docs`… commit under Reverts; bump-version neither counts nor lists it (it
 *     takes back a change that never shipped). Those reverts are left out of the
 *     peer's Reverts before comparing, and counted.
 *
 * Set PEER_SEED to replay a run; a failure names the seed and the history.
 */

const SEED = Number(process.env['PEER_SEED'] ?? 20260105);
const LEVELS = ['major', 'minor', 'patch'] as const;
const PEER_SECTIONS: Record<string, string> = {
  Features: 'features',
  'Bug Fixes': 'fixes',
  'Performance Improvements': 'performance',
  Reverts: 'reverts',
};
const preset = createPreset({ bumpStrict: true });

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'peer-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

interface Cases {
  name: string;
  history: GeneratedHistory;
}

/** Short histories (where one commit decides the level) and long ones, with and without a release tag. */
function cases(): Cases[] {
  const random = seededRandom(SEED);
  const list: Cases[] = [];
  for (let i = 0; i < 24; i += 1) {
    const commits = 2 + Math.floor(random() * 8);
    list.push({
      name: `short-${i}`,
      history: generateHistory(random, { commits, tagAt: i % 3 === 0 ? undefined : 0 }),
    });
  }
  for (let i = 0; i < 16; i += 1) {
    const commits = 60 + Math.floor(random() * 340);
    const tagAt = i % 4 === 0 ? undefined : Math.floor(commits * random() * 0.5);
    list.push({ name: `long-${i}`, history: generateHistory(random, { commits, tagAt, mergeRate: 0.04 }) });
  }
  return list;
}

/** The peer's own parse of the range, and its strict level. */
async function peerBump(dir: string): Promise<{ level?: string; commits: Commit[] }> {
  let commits: Commit[] = [];
  const result = await new Bumper(dir)
    .loadPreset({ name: 'conventionalcommits', bumpStrict: true })
    .bump((parsed) => {
      commits = parsed;
      return preset.whatBump(parsed);
    });
  return { level: 'releaseType' in result ? result.releaseType : undefined, commits };
}

/** The peer's whatBump on its own commits, with bump-version's two documented differences applied. */
function normalisedPeerLevel(commits: Commit[]): string | undefined {
  const normalised: Commit[] = commits
    .map(
      (commit) =>
        ({
          ...commit,
          type: typeof commit.type === 'string' ? commit.type.toLowerCase() : commit.type,
        }) as unknown as Commit,
    )
    .filter(
      (commit) =>
        commit.notes.length > 0 ||
        commit.revert ||
        (typeof commit.type === 'string' && commit.type in COMMIT_TYPES),
    );
  const result = preset.whatBump(normalised);
  return result ? LEVELS[result.level] : undefined;
}

/** What conventional-changelog lists: hashes by section, breaking notes, and groups shown only for a breaking note. */
async function peerChangelog(dir: string): Promise<Record<string, Set<string>>> {
  const sections: Record<string, Set<string>> = {
    breaking: new Set(),
    features: new Set(),
    fixes: new Set(),
    performance: new Set(),
    reverts: new Set(),
    shownForBreaking: new Set(),
  };
  const generator = new ConventionalChangelog(dir)
    .loadPreset({ name: 'conventionalcommits', bumpStrict: true })
    .context({ version: '9.9.9', host: 'https://github.com', owner: 'acme', repository: 'app' })
    .writer({
      finalizeContext(context) {
        for (const group of context.commitGroups ?? []) {
          const section = PEER_SECTIONS[String(group.title)] ?? 'shownForBreaking';
          for (const commit of group.commits) sections[section]!.add(String(commit.hash));
        }
        for (const group of context.noteGroups ?? []) {
          for (const note of group.notes)
            sections['breaking']!.add(String((note as unknown as { commit: Commit }).commit.hash));
        }
        return context;
      },
    });
  for await (const chunk of generator.write()) void chunk;
  return sections;
}

async function ourChangelog(analysis: Analysis): Promise<Record<string, Set<string>>> {
  const sections: Record<string, Set<string>> = {};
  for (const group of ['breaking', 'features', 'fixes', 'performance', 'reverts'] as const) {
    sections[group] = new Set();
    for await (const entry of analysis.entries.group(group)) sections[group].add(entry.hash);
  }
  return sections;
}

const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();

describe(`bump-version against conventional-recommended-bump and conventional-changelog (seed ${SEED})`, () => {
  const all = cases();
  const summary = {
    histories: 0,
    commits: 0,
    levels: {} as Record<string, number>,
    rawPeerDiffers: 0,
    revertPairsListedByPeer: 0,
    silentRevertsListedByPeer: 0,
  };

  it.each(all.map((c) => [c.name, c] as const))(
    '%s: same level and same changelog entries',
    async (name, { history }) => {
      const dir = join(root, name);
      await writeHistory(dir, history);
      const tag = Object.keys(history.tags)[0];
      const from = tag ? (await git(['rev-parse', `${tag}^{commit}`], dir)).trim() : undefined;
      const ours = await analyseHistory({ cwd: dir, from, to: 'HEAD' });
      const peer = await peerBump(dir);
      const context = `seed ${SEED}, history ${name} (${history.commits.length} commits${tag ? `, tagged at ${history.tags[tag]}` : ''})`;

      expect({ context, level: ours.level }).toEqual({ context, level: normalisedPeerLevel(peer.commits) });
      if (peer.level !== ours.level) {
        // Only the documented difference may separate the raw levels: a commit the peer counts as a fix
        // that bump-version does not treat as a Conventional Commit (no type, an unknown or capitalised type).
        summary.rawPeerDiffers += 1;
        const unconventional = peer.commits.filter(
          (commit) =>
            !commit.revert &&
            commit.notes.length === 0 &&
            !(typeof commit.type === 'string' && commit.type in COMMIT_TYPES),
        );
        expect({ context, explained: unconventional.length > 0 }).toEqual({ context, explained: true });
      }

      const peerSections = await peerChangelog(dir);
      const ourSections = await ourChangelog(ours);
      const kept = new Set(peer.commits.map((commit) => String(commit.hash)));
      // Difference 3: a revert of a type that never releases is not listed by bump-version.
      const silentReverts = new Set(
        history.commits
          .filter((commit) => {
            const parsed = parseCommitMessage(commit.message);
            return parsed.revert !== undefined && sectionOf(parsed) === undefined;
          })
          .map((commit) => commit.hash),
      );
      for (const section of ['breaking', 'features', 'fixes', 'performance', 'reverts']) {
        const listed = sorted(peerSections[section]);
        const cancelled = listed.filter((hash) => !kept.has(hash));
        if (cancelled.length > 0) summary.revertPairsListedByPeer += cancelled.length;
        // Difference 2: only reverts may be listed by the peer's changelog yet dropped by its bumper.
        expect({ context, section, cancelled: section === 'reverts' ? [] : cancelled }).toEqual({
          context,
          section,
          cancelled: [],
        });
        const silent = section === 'reverts' ? listed.filter((hash) => silentReverts.has(hash)) : [];
        summary.silentRevertsListedByPeer += silent.length;
        const expected = listed.filter((hash) => kept.has(hash) && !silent.includes(hash));
        expect({ context, section, hashes: sorted(ourSections[section]) }).toEqual({
          context,
          section,
          hashes: expected,
        });
      }
      // Hidden types (chore!, docs!) and odd types appear in the peer's changelog only for their breaking note.
      for (const hash of peerSections['shownForBreaking']!)
        expect({ context, hash, breaking: ourSections['breaking']!.has(hash) }).toEqual({
          context,
          hash,
          breaking: true,
        });

      summary.histories += 1;
      summary.commits += history.commits.length;
      summary.levels[ours.level ?? 'none'] = (summary.levels[ours.level ?? 'none'] ?? 0) + 1;
    },
  );

  it('covered every level, long histories and the documented difference', () => {
    expect(summary.histories).toBe(all.length);
    expect(summary.commits).toBeGreaterThan(3000);
    for (const level of ['major', 'minor', 'patch', 'none'])
      expect({ level, seen: (summary.levels[level] ?? 0) > 0 }).toEqual({ level, seen: true });
    expect(summary.rawPeerDiffers).toBeGreaterThan(0);
    expect(summary.silentRevertsListedByPeer).toBeGreaterThan(0);
  });
});
