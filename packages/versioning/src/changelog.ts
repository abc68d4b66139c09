import type { Section } from './conventional.js';
import { GROUP_ORDER, REFERENCES_MARK, type ChangelogEntries, type ListedLine } from './entries.js';
import type { PullLink } from './pull-requests.js';

/**
 * Release notes in markdown and the CHANGELOG.md they go into, in the Keep a
 * Changelog layout (https://keepachangelog.com/en/1.1.0/): newest release on
 * top (below an `Unreleased` section if the file keeps one), ISO dates, links to
 * the compare view, commits and pull requests. Notes are written chunk by chunk,
 * never held whole: a release can list tens of thousands of commits.
 */

export interface NotesContext {
  version: string;
  tag: string;
  previousTag?: string;
  /** YYYY-MM-DD */
  date: string;
  /** https://github.com/owner/repo; links are left out without it. */
  repositoryUrl?: string;
  /** Pull requests found by the lookup, by commit. */
  links?: Map<string, PullLink>;
}

export const SECTION_TITLES: Record<Section, string> = {
  breaking: 'Breaking changes',
  features: 'Features',
  fixes: 'Bug fixes',
  performance: 'Performance',
  reverts: 'Reverts',
  other: 'Other',
};

/** A listed line with its links: the pull request (from the subject or the lookup), the commit, the author. */
function linked(line: ListedLine, ctx: NotesContext): string {
  const link = ctx.links?.get(line.hash);
  const pr = link?.pr ?? line.pr;
  const url = ctx.repositoryUrl;
  const short = line.hash.slice(0, 7);
  const commit = url ? `[${short}](${url}/commit/${line.hash})` : short;
  const refs = pr === undefined ? commit : `${url ? `[#${pr}](${url}/pull/${pr})` : `#${pr}`}, ${commit}`;
  const [text, issues] = line.text.split(REFERENCES_MARK);
  const footers = issues ? `, ${linkIssues(issues, url)}` : '';
  return `${text} (${refs})${link?.author ? ` by @${link.author}` : ''}${footers}\n`;
}

/** `closes #15, acme/api#3` with each issue linked when the repository is known. */
function linkIssues(text: string, url?: string): string {
  if (!url) return text;
  const server = url.slice(0, url.lastIndexOf('/', url.lastIndexOf('/') - 1));
  return text.replace(/([\w.-]+\/[\w.-]+)?#(\d+)/g, (whole, repo: string | undefined, number: string) =>
    repo ? `[${whole}](${server}/${repo}/issues/${number})` : `[#${number}](${url}/issues/${number})`,
  );
}

export function compareUrl(ctx: NotesContext): string | undefined {
  if (!ctx.repositoryUrl) return undefined;
  return ctx.previousTag
    ? `${ctx.repositoryUrl}/compare/${ctx.previousTag}...${ctx.tag}`
    : `${ctx.repositoryUrl}/releases/tag/${ctx.tag}`;
}

const CHUNK = 64 * 1024;

/** The `###` sections, written in chunks of about 64 KiB. */
export async function writeNotesBody(
  entries: ChangelogEntries,
  ctx: NotesContext,
  write: (text: string) => Promise<void> | void,
): Promise<void> {
  let buffer = '';
  let any = false;
  for (const group of GROUP_ORDER) {
    if (!entries.has(group)) continue;
    buffer += `${any ? '\n' : ''}### ${SECTION_TITLES[group]}\n\n`;
    any = true;
    for await (const line of entries.group(group)) {
      buffer += linked(line, ctx);
      if (buffer.length >= CHUNK) {
        await write(buffer);
        buffer = '';
      }
    }
  }
  if (!any) buffer += 'No notable changes.\n';
  await write(buffer);
}

/** What follows the sections in release notes: the link to everything that changed. */
export function notesFooter(ctx: NotesContext): string {
  const url = ctx.previousTag ? compareUrl(ctx) : undefined;
  return url ? `\n**Full changelog**: ${url}\n` : '';
}

/** The whole notes as one string, for small releases and tests. */
export async function renderNotes(entries: ChangelogEntries, ctx: NotesContext): Promise<string> {
  const parts: string[] = [];
  await writeNotesBody(entries, ctx, (text) => void parts.push(text));
  return parts.join('') + notesFooter(ctx);
}

/** `## [1.2.0](compare) - 2026-01-05`, then a blank line: what goes above the sections in CHANGELOG.md. */
export function changelogHeading(ctx: NotesContext): string {
  const url = compareUrl(ctx);
  return url ? `## [${ctx.version}](${url}) - ${ctx.date}\n\n` : `## [${ctx.version}] - ${ctx.date}\n\n`;
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

/** Where the new section goes: the text before and after it, and whether the file uses CRLF. */
export interface Insertion {
  before: string;
  after: string;
  crlf: boolean;
}

/** Undefined when the changelog already has a section for this version. */
export function planInsertion(changelog: string | undefined, version: string): Insertion | undefined {
  if (changelog === undefined || changelog.trim() === '') return { before: PREAMBLE, after: '', crlf: false };
  if (hasVersionSection(changelog, version)) return undefined;
  const crlf = changelog.includes('\r\n');
  const newline = crlf ? '\r\n' : '\n';
  // Above the newest release, below any `## [Unreleased]` section.
  const heading = /^##[ \t]+(?!\[?unreleased\]?)/im.exec(changelog);
  if (heading)
    return {
      before: changelog.slice(0, heading.index),
      after: newline + changelog.slice(heading.index),
      crlf,
    };
  return {
    before: (changelog.endsWith(newline) ? changelog : changelog + newline) + newline,
    after: '',
    crlf,
  };
}

/** The changelog with a section inserted, as one string (small files and tests). */
export function insertSection(
  changelog: string | undefined,
  section: string,
  version: string,
): string | undefined {
  const at = planInsertion(changelog, version);
  if (!at) return undefined;
  return at.before + (at.crlf ? section.replace(/\n/g, '\r\n') : section) + at.after;
}
