import { describe, expect, it } from '@jest/globals';
import { classifyPush } from '../../../packages/versioning/src/repository.js';
import { versionOfTag } from '../../../packages/versioning/src/index.js';

const failed = (stderr: string, stdout = '') => ({ exitCode: 1, stdout, stderr });

describe('classifyPush', () => {
  it('tells a remote that moved on from one that refuses, and a network error from both', () => {
    expect(classifyPush({ exitCode: 0, stdout: '', stderr: '' })).toBe('pushed');
    expect(classifyPush(failed('', '!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)'))).toBe(
      'behind',
    );
    expect(classifyPush(failed('', '!\tHEAD:refs/heads/main\t[rejected] (non-fast-forward)'))).toBe('behind');
    expect(
      classifyPush(failed("remote: error: cannot lock ref 'refs/heads/main': is at 5e6c but expected 12b2")),
    ).toBe('behind');
    expect(
      classifyPush(failed('', '!\trefs/tags/v1.2.0:refs/tags/v1.2.0\t[rejected] (already exists)')),
    ).toBe('exists');
    expect(
      classifyPush(failed('', '!\tHEAD:refs/heads/main\t[remote rejected] (protected branch hook declined)')),
    ).toBe('refused');
    expect(
      classifyPush(
        failed(
          "remote: Permission to acme/app.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/acme/app/': The requested URL returned error: 403",
        ),
      ),
    ).toBe('refused');
    expect(
      classifyPush(
        failed("fatal: unable to access 'https://github.com/acme/app/': Could not resolve host: github.com"),
      ),
    ).toBe('transient');
    expect(
      classifyPush(
        failed(
          'error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\nfatal: the remote end hung up unexpectedly',
        ),
      ),
    ).toBe('transient');
    expect(classifyPush(failed('fatal: something nobody expected'))).toBe('failed');
  });
});

describe('versionOfTag', () => {
  it('takes <prefix><strict semver> only', () => {
    expect(versionOfTag('v1.2.3', 'v')).toBe('1.2.3');
    expect(versionOfTag('v2.0.0-rc.1', 'v')).toBe('2.0.0-rc.1');
    expect(versionOfTag('api-v0.3.0', 'api-v')).toBe('0.3.0');
    expect(versionOfTag('1.2.3', '')).toBe('1.2.3');
    for (const tag of ['vnext', 'v1.2', 'v01.2.3', 'api-v1.0.0', 'release-1.0.0', 'v1.2.3.4']) {
      expect({ tag, version: versionOfTag(tag, 'v') }).toEqual({ tag, version: undefined });
    }
    expect(versionOfTag('v1.2.3', '')).toBeUndefined();
  });
});
