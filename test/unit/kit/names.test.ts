import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  emailProblem,
  mailboxProblem,
  refNameProblem,
  refPrefixProblem,
} from '../../../packages/kit/src/names.js';

/** What git itself says: `git check-ref-format --allow-onelevel refs/tags/<name>`. */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/tags/${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const GIT_REFUSES = [
  'v1 .0',
  'a..b',
  'v1.0.lock',
  '.hidden',
  'x/.y',
  'x~1',
  'x^2',
  'a:b',
  'what?',
  'star*',
  'br[acket',
  'back\\slash',
  'end.',
  'a//b',
  '/lead',
  'trail/',
  'a@{1}',
  'tab\there',
  'del\u007f',
];
const GIT_TAKES = [
  'v1.4.0',
  'release/1.4',
  'api-v2.0.0-rc.1',
  'feature/über',
  'v1.0+build.5',
  'hotfix/login_fix',
];

describe('refNameProblem follows git check-ref-format', () => {
  it.each(GIT_REFUSES)('refuses %j, as git does', (name) => {
    expect(gitAccepts(name)).toBe(false);
    expect(refNameProblem(name)).toBeDefined();
  });

  it.each(GIT_TAKES)('accepts %j, as git does', (name) => {
    expect(gitAccepts(name)).toBe(true);
    expect(refNameProblem(name)).toBeUndefined();
  });

  it('is stricter than git about shell substitution, a leading dash, "@" and "HEAD"', () => {
    for (const name of ['$(reboot)', 'v${HOME}', 'v`id`', '-rf', '@', 'HEAD'])
      expect(refNameProblem(name)).toBeDefined();
  });

  it('judges a tag prefix by the tag it makes', () => {
    expect(refPrefixProblem('v')).toBeUndefined();
    expect(refPrefixProblem('api/v')).toBeUndefined();
    expect(refPrefixProblem('')).toBeUndefined();
    expect(refPrefixProblem('a..')).toBeDefined();
    expect(refPrefixProblem('x y')).toBeDefined();
  });
});

describe('e-mail addresses', () => {
  it.each([
    'releases@example.com',
    '41898282+github-actions[bot]@users.noreply.github.com',
    'first.last@sub.example.co.uk',
  ])('accepts %s', (address) => {
    expect(emailProblem(address)).toBeUndefined();
  });

  it.each([
    'not-an-email',
    '@example.com',
    'a@localhost',
    'a b@example.com',
    'a@@example.com',
    'a..b@example.com',
    'a@-x.com',
  ])('refuses %s', (address) => {
    expect(emailProblem(address)).toBeDefined();
  });

  it('takes a display name around an address only where asked', () => {
    expect(mailboxProblem('Releases <releases@example.com>')).toBeUndefined();
    expect(emailProblem('Releases <releases@example.com>')).toBeDefined();
    expect(mailboxProblem('Releases <nope>')).toBeDefined();
  });
});
