import { COMMIT_TYPES, parseCommitMessage } from './conventional.js';

/**
 * Is a commit message a Conventional Commit this library reads the way its author
 * meant? The check the repository's CI runs on every commit, with the same parser
 * bump-version uses, so a message that passes here is one that versions and notes
 * see as written.
 */

const KNOWN_TYPES = Object.keys(COMMIT_TYPES);
const GIT_REVERT = /^Revert\s+"/;
/** A line meant as a breaking-change footer: any case, plural or not, with a colon. */
const BREAKING_LIKE = /^[\s*|]*breaking[ -]changes?\s*:/i;
/** The only spelling the parser reads (and so the only one that bumps major). */
const BREAKING_READ = /^[\s*|]*BREAKING[ -]CHANGE:/;

function looseBreakingFooter(body: string): boolean {
  return body.split(/\r?\n/).some((line) => BREAKING_LIKE.test(line) && !BREAKING_READ.test(line));
}

/** What is wrong with the message, or undefined when it is a Conventional Commit. */
export function commitMessageProblem(
  message: string,
  options: { extraTypes?: readonly string[] } = {},
): string | undefined {
  const known = [...KNOWN_TYPES, ...(options.extraTypes ?? [])];
  const commit = parseCommitMessage(message);
  if (!commit.header.trim()) return 'the message is empty';
  const body = message.slice(message.indexOf(commit.header) + commit.header.length);
  if (looseBreakingFooter(body))
    return 'a breaking change is written "BREAKING CHANGE: <what changed>" (upper case, with a colon), or it is not read as one';
  if (GIT_REVERT.test(commit.header)) return undefined;
  if (!commit.type)
    return `the header is not "type(scope): subject", such as "fix(deploy-env): retry a refused connection" (types: ${known.join(', ')})`;
  if (!known.includes(commit.type))
    return `"${commit.type}" is not a commit type; use one of: ${known.join(', ')}`;
  if (!commit.subject.trim()) return 'the subject after "type: " is empty';
  return undefined;
}
