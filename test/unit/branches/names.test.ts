import { describe, expect, it } from '@jest/globals';
import { mergeMessage, slugify, syncBranchName } from '../../../packages/branches/src/index.js';

describe('branch names', () => {
  it('slugs descriptions and branch names into one safe path segment', () => {
    expect(slugify('Fix login crash on Safari!')).toBe('fix-login-crash-on-safari');
    expect(slugify('release/v1.4.0')).toBe('release-v1.4.0');
    expect(slugify('  Crème brûlée  ')).toBe('creme-brulee');
    expect(slugify('...hidden..dots...')).toBe('hidden.dots');
    expect(slugify('a'.repeat(100)).length).toBe(60);
    expect(slugify('x'.repeat(59) + ' tail')).toBe('x'.repeat(59));
  });

  it('names the sync branch after source and target', () => {
    expect(syncBranchName('main', 'develop')).toBe('sync/main-into-develop');
    expect(syncBranchName('hotfix/fix-login', 'develop')).toBe('sync/hotfix-fix-login-into-develop');
    expect(syncBranchName('0123456789abcdef0123456789abcdef01234567', 'main')).toBe(
      'sync/0123456789ab-into-main',
    );
  });

  it('fills the message template', () => {
    expect(mergeMessage('Merge {source} into {target} ({target})', 'main', 'develop')).toBe(
      'Merge main into develop (develop)',
    );
  });
});
