import { describe, expect, it } from '@jest/globals';
import { parseCommitMessage } from '../../../packages/versioning/src/index.js';

describe('issue footers', () => {
  it('keeps closing keywords and Refs with their issues, lower-cased, one entry per footer', () => {
    const commit = parseCommitMessage(
      'fix: handle empty pages\n\nThe page #2 was dropped.\n\nCloses #15\nFixes: acme/web#3,#4\nRefs #9\nReviewed-by: Ada',
    );
    expect(commit.references).toEqual(['closes #15', 'fixes acme/web#3, #4', 'refs #9']);
  });

  it('ignores mentions in prose and headers', () => {
    expect(
      parseCommitMessage('fix: close #15 properly (#20)\n\nThis fixes #15 in most cases.').references,
    ).toBe(undefined);
  });
});
