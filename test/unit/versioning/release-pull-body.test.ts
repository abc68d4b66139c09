import { describe, expect, it } from '@jest/globals';
import { pullBody, readMarker } from '../../../packages/versioning/src/index.js';

const component = { path: '.', tag: 'v1.0.1', version: '1.0.1', previous: '1.0.0', notes: '### Bug fixes\n' };

describe('release pull request body', () => {
  it('says the release comes from the branch it merges into, by default', () => {
    const body = pullBody({ target: 'main', components: [component], limit: 60_000 });
    expect(body).toContain('releases `v1.0.1` from `main`');
    expect(body).toContain('every push to `main`');
    expect(readMarker(body)).toEqual({
      target: 'main',
      components: [{ path: '.', tag: 'v1.0.1', version: '1.0.1', previous: '1.0.0' }],
    });
  });

  it('names the branch planned from when it merges elsewhere (a hotfix into main), and keeps main as its target', () => {
    const body = pullBody({ target: 'main', source: 'hotfix/crash', components: [component], limit: 60_000 });
    expect(body).toContain('releases `v1.0.1` from `hotfix/crash`');
    expect(body).toContain('every push to `hotfix/crash`');
    expect(readMarker(body)!.target).toBe('main');
  });
});
