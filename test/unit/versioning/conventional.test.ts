import { describe, expect, it } from '@jest/globals';
import { levelOf, parseCommitMessage, sectionOf } from '../../../packages/versioning/src/index.js';

describe('parseCommitMessage', () => {
  it('reads type, scope, subject and the squash-merge PR number', () => {
    const commit = parseCommitMessage('feat(api): add pagination (#123)\n\nLong body.\n');
    expect(commit).toMatchObject({
      type: 'feat',
      scope: 'api',
      subject: 'add pagination',
      pr: 123,
      breaking: [],
    });
    expect(levelOf(commit)).toBe('minor');
    expect(sectionOf(commit)).toBe('features');
  });

  it('treats `!` and BREAKING CHANGE / BREAKING-CHANGE footers as breaking', () => {
    expect(parseCommitMessage('refactor(core)!: drop node 18').breaking).toEqual(['drop node 18']);
    const footer = parseCommitMessage(
      'fix: tighten parsing\n\nBody.\n\nBREAKING CHANGE: inputs are\nnow strict\nRefs: #4',
    );
    expect(footer.breaking).toEqual(['inputs are now strict']);
    expect(levelOf(footer)).toBe('major');
    expect(parseCommitMessage('feat: x\n\nBREAKING-CHANGE: gone').breaking).toEqual(['gone']);
  });

  it('does not take prose that mentions breaking changes for a breaking change', () => {
    const commit = parseCommitMessage(
      'docs: explain\n\nbreaking changes are listed in the guide.\nBreaking change policy: see docs',
    );
    expect(commit.breaking).toEqual([]);
    expect(levelOf(commit)).toBeUndefined();
  });

  it('compares types case-insensitively, as the specification says', () => {
    expect(levelOf(parseCommitMessage('Fix: typo in output'))).toBe('patch');
    expect(levelOf(parseCommitMessage('FEAT(ui): dark mode'))).toBe('minor');
  });

  it('ignores non-conventional messages and unknown types for the bump, and files them under Other', () => {
    for (const message of ['Update README.md', 'fix the login bug', 'WIP', 'wip: half done', ': no type']) {
      const commit = parseCommitMessage(message);
      expect({ message, level: levelOf(commit), section: sectionOf(commit) }).toEqual({
        message,
        level: undefined,
        section: 'other',
      });
    }
  });

  it('hides docs, chore, style, refactor, test, build and ci', () => {
    for (const type of ['docs', 'chore', 'style', 'refactor', 'test', 'build', 'ci']) {
      const commit = parseCommitMessage(`${type}: something`);
      expect({ type, level: levelOf(commit), section: sectionOf(commit) }).toEqual({
        type,
        level: undefined,
        section: undefined,
      });
    }
  });

  it('recognises reverts made by git, by GitHub and by hand', () => {
    const hash = 'a'.repeat(40);
    const gitRevert = parseCommitMessage(`Revert "feat: add x"\n\nThis reverts commit ${hash}.\n`);
    expect(gitRevert.revert).toEqual({ hash, header: 'feat: add x' });
    expect(levelOf(gitRevert)).toBe('patch');
    expect(sectionOf(gitRevert)).toBe('reverts');
    const github = parseCommitMessage('Revert "feat: add x (#12)" (#13)\n\nReverts acme/app#12');
    // GitHub's revert carries no hash: it is matched by the header it quotes, without either (#N).
    expect(github.revert).toEqual({ header: 'feat: add x' });
    expect(github.pr).toBe(13);
    expect(parseCommitMessage('revert: feat: add x\n\nThis reverts commit abcdef1.').revert).toEqual({
      hash: 'abcdef1',
      header: 'feat: add x',
    });
    expect(parseCommitMessage('Revert "Revert "feat: x"" (#3)').revert).toEqual({
      header: 'Revert "feat: x"',
    });
  });

  it('a revert of a type that never releases releases nothing and is not listed', () => {
    const chore = parseCommitMessage('Revert "chore(deps): update x" (#2230)');
    expect([levelOf(chore), sectionOf(chore)]).toEqual([undefined, undefined]);
    const feature = parseCommitMessage('Revert "feat: search" (#41)');
    expect([levelOf(feature), sectionOf(feature)]).toEqual(['patch', 'reverts']);
    const unknown = parseCommitMessage('Revert "Update the README"');
    expect([levelOf(unknown), sectionOf(unknown)]).toEqual(['patch', 'reverts']);
  });

  it('keeps scopes with spaces or slashes and subjects with colons', () => {
    expect(parseCommitMessage('fix(ui/forms): label: spacing')).toMatchObject({
      scope: 'ui/forms',
      subject: 'label: spacing',
    });
    const empty = parseCommitMessage('feat(): empty scope');
    expect([empty.type, empty.scope, empty.subject]).toEqual(['feat', undefined, 'empty scope']);
  });

  it('reads the header after leading blank lines and without a trailing newline', () => {
    expect(parseCommitMessage('\n\nperf: faster').type).toBe('perf');
    expect(parseCommitMessage('perf: faster').subject).toBe('faster');
  });
});
