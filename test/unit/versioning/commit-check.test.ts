import { describe, expect, it } from '@jest/globals';
import { commitMessageProblem } from '../../../packages/versioning/src/index.js';

describe('commitMessageProblem', () => {
  it('accepts Conventional Commits of every known type, with scope, ! and footers', () => {
    for (const message of [
      'feat(deploy-env): canary steps',
      'fix: handle empty pages (#12)',
      'refactor(kit)!: one input reader\n\nBREAKING CHANGE: readInputs takes a spec',
      'docs: migration guides\n\nCloses #15',
      'Fix: types compare case-insensitively',
      'chore(release): v1.0.0',
      'Revert "feat: canary steps"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
    ]) {
      expect(commitMessageProblem(message)).toBeUndefined();
    }
  });

  it('names what is wrong: no type, an unknown type, an empty subject, an empty message', () => {
    expect(commitMessageProblem('Work in progress')).toMatch(/^the header is not "type\(scope\): subject"/);
    expect(commitMessageProblem('deploy-env, rollback: one preamble')).toMatch(
      /not "type\(scope\): subject"/,
    );
    expect(commitMessageProblem('kit: readFileIfExists')).toMatch(
      /^"kit" is not a commit type; use one of: feat/,
    );
    expect(commitMessageProblem('bench(metrics): 10,000 deployments')).toMatch(
      /^"bench" is not a commit type/,
    );
    expect(
      commitMessageProblem('bench(metrics): 10,000 deployments', { extraTypes: ['bench'] }),
    ).toBeUndefined();
    expect(commitMessageProblem('fix:    ')).toMatch(/not "type\(scope\): subject"|subject .* is empty/);
    expect(commitMessageProblem('\n\n')).toBe('the message is empty');
  });

  it('refuses a breaking-change footer the parser would not read as one', () => {
    expect(commitMessageProblem('feat: strict inputs\n\nbreaking change: inputs are strict')).toMatch(
      /BREAKING CHANGE: <what changed>/,
    );
    expect(commitMessageProblem('feat: strict inputs\n\nBREAKING CHANGES: inputs are strict')).toMatch(
      /upper case, with a colon/,
    );
    // Prose about breaking changes is not a footer.
    expect(
      commitMessageProblem('docs: policy\n\nBreaking changes wait for a major release.'),
    ).toBeUndefined();
  });
});
