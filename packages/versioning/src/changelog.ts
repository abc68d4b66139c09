import type { ChangelogEntry } from './analyse.js';
import type { Section } from './conventional.js';

/**
 * Release notes in markdown and the CHANGELOG.md they go into, in the Keep a
 * Changelog layout (https://keepachangelog.com/en/1.1.0/): newest release on
 * top (below an `Unreleased` section if the file keeps one), ISO dates, links to
 * the compare view, commits and pull requests.
 */

export interface NotesContext {
  version: string;
  tag: string;
  previousTag?: string;
  /** YYYY-MM-DD */
  date: string;
  /** https://github.com/owner/repo; links are left out without it. */
  repositoryUrl?: string;
}

const TITLES: [Section, string][] = [
  ['features', 'Features'],
  ['fixes', 'Bug fixes'],
  ['performance', 'Performance'],
  ['reverts', 'Reverts'],
  ['other', 'Other'],
];

export const SECTION_TITLES: Record<Section, string> = {
  breaking: 'Breaking changes',
  ...(Object.fromEntries(TITLES) as Record<Exclude<Section, 'breaking'>, string>),
};

function commitLink(entry: ChangelogEntry, ctx: NotesContext): string {
  const short = entry.hash.slice(0, 7);
  return ctx.repositoryUrl ? `[${short}](${ctx.repositoryUrl}/commit/${entry.hash})` : short;
}

function references(entry: ChangelogEntry, ctx: NotesContext): string {
  const parts: string[] = [];
  if (entry.pr) parts.push(ctx.repositoryUrl ? `[#${entry.pr}](${ctx.repositoryUrl}/pull/${entry.pr})` : `#${entry.pr}`);
  parts.push(commitLink(entry, ctx));
  const credit = entry.author ? ` by @${entry.author}` : '';
  return ` (${parts.join(', ')})${credit}`;
}

function scoped(entry: ChangelogEntry, text: string): string {
  return `- ${entry.scope ? `**${entry.scope}:** ` : ''}${text}`;
}

/** Scoped entries grouped by scope, then unscoped ones; oldest first within a group. */
function ordered(entries: ChangelogEntry[]): ChangelogEntry[] {
  return [...entries].reverse().sort((a, b) => {
    if (a.scope === b.scope) return 0;
    if (!a.scope) return 1;
    if (!b.scope) return -1;
    return a.scope < b.scope ? -1 : 1;
  });
}

export function compareUrl(ctx: NotesContext): string | undefined {
  if (!ctx.repositoryUrl) return undefined;
  return ctx.previousTag
    ? `${ctx.repositoryUrl}/compare/${ctx.previousTag}...${ctx.tag}`
    : `${ctx.repositoryUrl}/releases/tag/${ctx.tag}`;
}

/** The body of a release: one `###` section per kind of change, then the compare link. */
export function renderNotes(entries: ChangelogEntry[], ctx: NotesContext): string {
  const blocks: string[] = [];
  const sorted = ordered(entries);
  const breaking = sorted.flatMap((entry) =>
    entry.breaking.map((note) => scoped(entry, `${note}${references(entry, ctx)}`)),
  );
  if (breaking.length > 0) blocks.push(`### ${SECTION_TITLES.breaking}\n\n${breaking.join('\n')}`);
  for (const [section, title] of TITLES) {
    const lines = sorted
      .filter((entry) => entry.section === section)
      .map((entry) => scoped(entry, `${entry.subject}${references(entry, ctx)}`));
    if (lines.length > 0) blocks.push(`### ${title}\n\n${lines.join('\n')}`);
  }
  if (blocks.length === 0) blocks.push('No notable changes.');
  const compare = ctx.previousTag ? compareUrl(ctx) : undefined;
  if (compare) blocks.push(`**Full changelog**: ${compare}`);
  return blocks.join('\n\n') + '\n';
}

/** The notes under a `## [version](compare) - date` heading, for CHANGELOG.md. */
export function renderChangelogSection(entries: ChangelogEntry[], ctx: NotesContext): string {
  const url = compareUrl(ctx);
  const heading = url ? `## [${ctx.version}](${url}) - ${ctx.date}` : `## [${ctx.version}] - ${ctx.date}`;
  const notes = renderNotes(entries, { ...ctx, previousTag: undefined });
  return `${heading}\n\n${notes}`;
}

const PREAMBLE =
  '# Changelog\n\nAll notable changes to this project are documented in this file. The format follows\n' +
  '[Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and versions follow\n' +
  '[Semantic Versioning](https://semver.org/).\n\n';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the changelog already has a section for this version (a re-run, or a merged release branch). */
export function hasVersionSection(changelog: string, version: string): boolean {
  return new RegExp(`^##\\s+\\[?v?${escapeRegExp(version)}\\]?(?:[\\s(]|$)`, 'm').test(changelog);
}

/** The changelog with the section added, or undefined when it already has one for this version. */
export function insertSection(changelog: string | undefined, section: string, version: string): string | undefined {
  if (changelog === undefined || changelog.trim() === '') return PREAMBLE + section;
  if (hasVersionSection(changelog, version)) return undefined;
  const crlf = changelog.includes('\r\n');
  const text = crlf ? section.replace(/\n/g, '\r\n') : section;
  const newline = crlf ? '\r\n' : '\n';
  // Above the newest release, below any `## [Unreleased]` section.
  const heading = /^##[ \t]+(?!\[?unreleased\]?)/im.exec(changelog);
  if (heading) return changelog.slice(0, heading.index) + text + newline + changelog.slice(heading.index);
  const end = changelog.endsWith(newline) ? changelog : changelog + newline;
  return end + newline + text;
}
