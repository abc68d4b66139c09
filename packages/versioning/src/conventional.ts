/**
 * Conventional Commits (https://www.conventionalcommits.org/en/v1.0.0/): one commit
 * message in, its type, scope, subject, breaking-change notes, revert target and
 * squash-merge PR number out. Kept close to conventional-commits-parser with the
 * `conventionalcommits` preset (what most tools use), with three deliberate
 * differences, each the spec's reading or the safer one:
 *  - types compare case-insensitively (`Fix:` is a fix), as the spec says;
 *  - `BREAKING CHANGE` must be upper case and followed by a colon, so prose such as
 *    "breaking changes are listed below" in a body never ships a major by accident;
 *  - a revert cancels the commit it names by hash (an abbreviated hash too) or,
 *    when it names none (a squash-merged GitHub revert keeps only its header,
 *    `Revert "chore(deps): update x" (#2230)`), the commit whose header it quotes;
 *  - a revert of a type that never releases (`chore`, `docs`…) releases nothing.
 */

export type Level = 'major' | 'minor' | 'patch';
export type Section = 'breaking' | 'features' | 'fixes' | 'performance' | 'reverts' | 'other';

export interface ParsedCommit {
  /** Lower-cased type, or undefined when the header is not `type(scope)!: subject`. */
  type?: string;
  scope?: string;
  /** The subject, or the whole header for a message that is not conventional. */
  subject: string;
  header: string;
  /** Breaking-change notes: footers, or the subject of a `type!:` header. */
  breaking: string[];
  /**
   * Set for `revert:` commits and GitHub or `git revert` messages: the reverted
   * commit's hash when the message names it, and the header it quotes, without a
   * squash merge's ` (#123)`, to match it by when there is no hash.
   */
  revert?: { hash?: string; header?: string };
  /** The `(#123)` a squash merge appends to the subject. */
  pr?: number;
  /** Issue footers kept for the notes, as written but lower-cased: `closes #15`, `fixes acme/app#3`. */
  references?: string[];
}

/** Types this tool knows; `hidden` ones never bump and are not listed in the changelog. */
export const COMMIT_TYPES: Record<string, { level?: Level; section?: Section }> = {
  feat: { level: 'minor', section: 'features' },
  feature: { level: 'minor', section: 'features' },
  fix: { level: 'patch', section: 'fixes' },
  perf: { level: 'patch', section: 'performance' },
  revert: { level: 'patch', section: 'reverts' },
  docs: {},
  style: {},
  chore: {},
  refactor: {},
  test: {},
  build: {},
  ci: {},
};

const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?(!)?: (.*)$/;
const BREAKING_FOOTER = /^[\s*|]*(?:BREAKING CHANGE|BREAKING-CHANGE):[ \t]*(.*)$/;
/** Any footer token (`Refs: x`, `Reviewed-by: y`, `Fixes #1`) ends a multi-line note. */
const FOOTER_TOKEN = /^(?:[\w-]+|BREAKING CHANGE): |^[\w-]+ #/;
const REVERTS_HASH = /This reverts commit ([0-9a-f]{7,64})\b/i;
const GIT_REVERT_HEADER = /^Revert\s+"/i;
/** `Revert "<header>"`, optionally followed by a squash merge's ` (#123)`. */
const QUOTED_REVERT = /^Revert\s+"(.*)"(?:\s*\(#\d+\))?$/i;
const SQUASH_PR = /\s*\(#(\d+)\)$/;
/** A footer line with GitHub's closing keywords (or Refs) and issue numbers: `Closes #15`, `Fixes: a/b#3, #4`. */
const ISSUE_FOOTER =
  /^(close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?)\b:?[ \t]+((?:[\w.-]+\/[\w.-]+)?#\d+(?:[ \t]*,[ \t]*(?:[\w.-]+\/[\w.-]+)?#\d+)*)[ \t]*$/i;

function issueReferences(body: string): string[] {
  const found: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const match = ISSUE_FOOTER.exec(line.trim());
    if (match) found.push(`${match[1]!.toLowerCase()} ${match[2]!.split(/[ \t]*,[ \t]*/).join(', ')}`);
  }
  return found;
}

/** The first non-empty line, as git shows it. */
function headerOf(message: string): { header: string; rest: string } {
  let start = 0;
  while (start < message.length && (message[start] === '\n' || message[start] === '\r')) start += 1;
  const end = message.indexOf('\n', start);
  if (end < 0) return { header: message.slice(start).trimEnd(), rest: '' };
  return { header: message.slice(start, end).replace(/\r$/, ''), rest: message.slice(end + 1) };
}

function breakingNotes(body: string): string[] {
  const notes: string[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const match = BREAKING_FOOTER.exec(lines[i]!);
    if (!match) continue;
    // A note runs on over following lines until a blank line or the next footer.
    const text = [match[1]!.trim()];
    while (i + 1 < lines.length && lines[i + 1]!.trim() && !FOOTER_TOKEN.test(lines[i + 1]!)) {
      text.push(lines[i + 1]!.trim());
      i += 1;
    }
    notes.push(text.filter(Boolean).join(' '));
  }
  return notes;
}

export function parseCommitMessage(message: string): ParsedCommit {
  const { header, rest } = headerOf(message);
  const match = HEADER.exec(header);
  // Cheap checks first: on a long history almost no body holds either marker.
  const breaking = rest.includes('BREAKING') ? breakingNotes(rest) : [];
  const commit: ParsedCommit = { subject: header, header, breaking };
  const references = rest.includes('#') ? issueReferences(rest) : [];
  if (references.length > 0) commit.references = references;
  if (match) {
    commit.type = match[1]!.toLowerCase();
    if (match[2]) commit.scope = match[2].trim() || undefined;
    commit.subject = match[4]!;
    if (match[3] && breaking.length === 0) breaking.push(match[4]!.replace(SQUASH_PR, ''));
  }
  const pr = commit.subject.endsWith(')') ? SQUASH_PR.exec(commit.subject) : null;
  if (pr) {
    commit.pr = Number(pr[1]);
    commit.subject = commit.subject.slice(0, pr.index);
  }
  if (commit.type === 'revert' || GIT_REVERT_HEADER.test(header)) {
    const target =
      rest.includes('reverts commit') || rest.includes('Reverts commit') ? REVERTS_HASH.exec(rest) : null;
    commit.revert = target ? { hash: target[1]!.toLowerCase() } : {};
    const quoted = revertedHeader(commit);
    if (quoted) commit.revert.header = quoted;
  }
  return commit;
}

/** A header as a revert quotes it and a squash merge writes it: without the trailing ` (#123)`. */
export function headerKey(header: string): string {
  return header.trim().replace(SQUASH_PR, '');
}

/** The header a revert quotes: `Revert "<header>"` (GitHub, git revert) or `revert: <header>`. */
function revertedHeader(commit: ParsedCommit): string | undefined {
  const quoted = QUOTED_REVERT.exec(commit.header);
  if (quoted) return headerKey(quoted[1]!) || undefined;
  if (commit.type !== 'revert') return undefined;
  const subject = commit.subject.trim().replace(/^"(.*)"$/, '$1');
  return headerKey(subject) || undefined;
}

/** Whether a revert takes back a commit of a type that never releases: then it releases nothing either. */
function revertsSilentType(commit: ParsedCommit): boolean {
  if (!commit.revert?.header) return false;
  const reverted = parseCommitMessage(commit.revert.header);
  if (reverted.revert || reverted.breaking.length > 0 || !reverted.type) return false;
  const known = COMMIT_TYPES[reverted.type];
  return known !== undefined && known.level === undefined;
}

/** What a commit does to the version: breaking beats a feature beats a fix. */
export function levelOf(commit: ParsedCommit): Level | undefined {
  if (commit.breaking.length > 0) return 'major';
  if (commit.revert) return revertsSilentType(commit) ? undefined : 'patch';
  return commit.type ? COMMIT_TYPES[commit.type]?.level : undefined;
}

/** The changelog section a commit is listed under (besides Breaking changes), if any. */
export function sectionOf(commit: ParsedCommit): Section | undefined {
  if (commit.revert) return revertsSilentType(commit) ? undefined : 'reverts';
  if (!commit.type || !(commit.type in COMMIT_TYPES)) return 'other';
  return COMMIT_TYPES[commit.type]!.section;
}

/** Label for the "commits by type" tally: the type, or how the message falls outside the convention. */
export function kindOf(commit: ParsedCommit): string {
  if (commit.revert && !commit.type) return 'revert';
  if (!commit.type) return 'non-conventional';
  return commit.type;
}

export const LEVEL_RANK: Record<Level, number> = { patch: 1, minor: 2, major: 3 };

export function higherLevel(a: Level | undefined, b: Level | undefined): Level | undefined {
  if (!a) return b;
  if (!b) return a;
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}
