/**
 * Git's own ref-name rules (git-check-ref-format(1)) and a practical e-mail
 * address check, so that every branch, tag and address input is refused with a
 * clear message before anything is written, instead of by git or GitHub halfway.
 */

/** Git refuses these anywhere in a ref name: control characters, space, ~ ^ : ? * [ and backslash. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u0020\u007f~^:?*[\\]/;

/** Stricter than git: command substitution, which no release name needs and scripts can trip on. */
const SHELL_SUBSTITUTION = /\$\(|\$\{|`/;

export type RefKind = 'branch' | 'tag' | 'ref';

/** Why `name` is not a valid short branch or tag name, or undefined when git would take it. */
export function refNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  const bad = FORBIDDEN_CHARACTER.exec(name)?.[0];
  if (bad !== undefined) {
    const code = bad.charCodeAt(0);
    const shown = bad === ' ' ? 'a space' : code < 0x20 || code === 0x7f ? 'a control character' : `"${bad}"`;
    return `it contains ${shown}`;
  }
  if (name.includes('..')) return 'it contains ".."';
  if (name.includes('@{')) return 'it contains "@{"';
  if (name === '@') return 'it is "@"';
  if (name === 'HEAD') return 'it is "HEAD"';
  if (name.startsWith('-')) return 'it starts with "-"';
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with "/"';
  if (name.includes('//')) return 'it contains "//"';
  if (name.endsWith('.')) return 'it ends with "."';
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `a part of it ("${part}") starts with "."`;
    if (part.endsWith('.lock')) return `a part of it ("${part}") ends with ".lock"`;
  }
  if (SHELL_SUBSTITUTION.test(name)) return 'it contains shell command substitution ($(…), ${…} or `…`)';
  return undefined;
}

/**
 * A prefix put before a version to make a tag (`v`, `api/v`): judged as the
 * tag it makes, so `release/` is fine but `a..` or `x y` are not.
 */
export function refPrefixProblem(prefix: string): string | undefined {
  if (prefix.length === 0) return undefined;
  return refNameProblem(`${prefix}1.0.0`);
}

const LOCAL = /^[^\s@<>()\\,;:"]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Why `address` is not a plain e-mail address (`name@example.com`), or undefined. */
export function emailProblem(address: string): string | undefined {
  if (address.length > 254) return 'it is longer than 254 characters';
  const at = address.lastIndexOf('@');
  if (at <= 0) return 'it has no "@" with a name before it';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64) return 'the part before "@" is longer than 64 characters';
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return `"${local}" is not a valid name before "@"`;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)))
    return `"${domain}" is not a domain name such as example.com`;
  return undefined;
}

/** `Name <name@example.com>` or a plain address: the address part, and what is wrong with it. */
export function mailboxProblem(mailbox: string): string | undefined {
  const named = /^([^<>]*)<([^<>]+)>$/.exec(mailbox.trim());
  if (named) {
    if (/[\r\n]/.test(named[1]!)) return 'the display name contains a line break';
    return emailProblem(named[2]!.trim());
  }
  return emailProblem(mailbox.trim());
}
