import { readFile } from 'node:fs/promises';
import { minimatch } from 'minimatch';
import semver from 'semver';
import { findFiles } from '../parse/files.js';
import { changedSince, isGitRepository, isShallow, previousReleaseTag } from '../git-history.js';
import { outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { releaseTag } from './branch.js';

/** The last release before this one, or a reason it cannot be known. */
export async function lastRelease(
  settings: GateSettings,
  context: GateContext,
): Promise<{ tag: string; version: string } | undefined | { problem: string }> {
  if (!(await isGitRepository(context.workspace)))
    return { problem: `${context.workspace} is not a git checkout` };
  const previous = await previousReleaseTag(context.workspace, settings.tagPrefix, {
    exclude: releaseTag(settings),
    below: settings.version,
  });
  if (!previous && (await isShallow(context.workspace))) {
    return {
      problem:
        'the checkout is shallow, so earlier release tags are not visible: check out with fetch-depth: 0',
    };
  }
  return previous;
}

/**
 * docs: each `docs-files` pattern matches a file changed since the last release
 * tag; for a new major version, a migration guide (`{major}` in its path is the
 * new major number) exists and is not empty.
 */
export async function docsGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const thresholds: string[] = [];
  if (settings.docsFiles.length > 0) thresholds.push(`changed: ${settings.docsFiles.join(', ')}`);
  const version = settings.version;
  if (version) thresholds.push('migration guide for a major');
  const threshold = thresholds.join('; ');
  const previous = await lastRelease(settings, context);
  if (previous && 'problem' in previous) {
    return outcome(false, {
      value: 'unknown',
      threshold,
      summary: previous.problem,
      evidence: [{ message: previous.problem }],
    });
  }
  const evidence: Evidence[] = [];
  const reasons: string[] = [];
  const values: string[] = [];
  if (settings.docsFiles.length > 0) {
    if (!previous) values.push('first release: every file is new');
    else {
      const changed = await changedSince(context.workspace, previous.tag);
      const stale = settings.docsFiles.filter(
        (pattern) => !changed.some((file) => minimatch(file, pattern, { dot: true })),
      );
      for (const pattern of stale) {
        reasons.push(`${pattern} not changed since ${previous.tag}`);
        evidence.push({ message: reasons[reasons.length - 1]! });
      }
      values.push(
        `${settings.docsFiles.length - stale.length}/${settings.docsFiles.length} updated since ${previous.tag}`,
      );
    }
  }
  const major = version ? semver.major(version) : undefined;
  const isNewMajor =
    major !== undefined &&
    major >= 1 &&
    !semver.prerelease(version!) &&
    previous !== undefined &&
    semver.major(previous.version) < major;
  if (isNewMajor) {
    const patterns = settings.migrationGuide.map((p) => p.replaceAll('{major}', String(major)));
    const guides = await findFiles(context.workspace, patterns);
    const nonEmpty: string[] = [];
    for (const guide of guides) if ((await readFile(guide.path, 'utf8')).trim()) nonEmpty.push(guide.display);
    if (nonEmpty.length === 0) {
      reasons.push(
        `${version} is a new major version but no migration guide was found (${patterns.join(', ')})`,
      );
      evidence.push({ message: reasons[reasons.length - 1]! });
      values.push('no migration guide');
    } else {
      values.push(`migration guide ${nonEmpty[0]}`);
      evidence.push({ message: `migration guide for ${major}.x`, file: nonEmpty[0], line: 1 });
    }
  } else if (version) values.push(`${version} is not a new major`);
  const passed = reasons.length === 0;
  return outcome(passed, {
    value: values.join('; ') || 'nothing to check',
    threshold,
    summary: passed ? values.join('; ') || 'nothing to check' : reasons.join('; '),
    evidence,
    data: { previousRelease: previous?.tag, newMajor: isNewMajor },
  });
}
