import { describe, expect, it } from '@jest/globals';
import {
  decideVersion,
  normaliseVersion,
  type VersionRequest,
} from '../../../packages/versioning/src/index.js';

const base: VersionRequest = { releaseType: 'auto', majorOnZero: false, initialVersion: '1.0.0' };
const next = (request: Partial<VersionRequest>) => decideVersion({ ...base, ...request });

describe('decideVersion', () => {
  it('applies the level from the commits', () => {
    expect(next({ level: 'patch', last: '1.2.3', lastStable: '1.2.3' })).toEqual({
      version: '1.2.4',
      applied: 'patch',
    });
    expect(next({ level: 'minor', last: '1.2.3', lastStable: '1.2.3' })).toEqual({
      version: '1.3.0',
      applied: 'minor',
    });
    expect(next({ level: 'major', last: '1.2.3', lastStable: '1.2.3' })).toEqual({
      version: '2.0.0',
      applied: 'major',
    });
  });

  it('releases nothing when no commit calls for it', () => {
    expect(next({ last: '1.2.3', lastStable: '1.2.3' })).toEqual({});
  });

  it('bumps minor for a breaking change before 1.0.0 unless configured otherwise', () => {
    expect(next({ level: 'major', last: '0.4.1', lastStable: '0.4.1' }).version).toBe('0.5.0');
    expect(next({ level: 'major', last: '0.4.1', lastStable: '0.4.1', majorOnZero: true }).version).toBe(
      '1.0.0',
    );
  });

  it('starts at the initial version', () => {
    expect(next({ level: 'patch' })).toEqual({ version: '1.0.0', applied: 'patch' });
    expect(next({ releaseType: 'minor', initialVersion: '0.1.0' }).version).toBe('0.1.0');
    expect(next({ releaseType: 'prerelease', preid: 'beta' }).version).toBe('1.0.0-beta.0');
  });

  it('counts prereleases up on the same line: rc.0 → rc.1, not a skipped patch', () => {
    const rc0 = next({
      releaseType: 'prerelease',
      preid: 'rc',
      level: 'minor',
      last: '1.1.0',
      lastStable: '1.1.0',
    });
    expect(rc0).toEqual({ version: '1.2.0-rc.0', applied: 'prerelease' });
    const rc1 = next({ releaseType: 'prerelease', level: 'patch', last: '1.2.0-rc.0', lastStable: '1.1.0' });
    expect(rc1.version).toBe('1.2.0-rc.1');
    // More features on the same line stay on it.
    expect(
      next({ releaseType: 'prerelease', level: 'minor', last: '1.2.0-rc.1', lastStable: '1.1.0' }).version,
    ).toBe('1.2.0-rc.2');
  });

  it('moves the prerelease line up when a breaking change arrives', () => {
    expect(
      next({ releaseType: 'prerelease', level: 'major', last: '1.2.0-rc.1', lastStable: '1.1.0' }).version,
    ).toBe('2.0.0-rc.0');
  });

  it('resets the counter for a new identifier and refuses to go backwards', () => {
    expect(
      next({
        releaseType: 'prerelease',
        preid: 'beta',
        level: 'minor',
        last: '1.2.0-alpha.3',
        lastStable: '1.1.0',
      }).version,
    ).toBe('1.2.0-beta.0');
    expect(() =>
      next({
        releaseType: 'prerelease',
        preid: 'alpha',
        level: 'minor',
        last: '1.2.0-beta.1',
        lastStable: '1.1.0',
      }),
    ).toThrow(/not higher than the last release 1\.2\.0-beta\.1/);
  });

  it('starts the next version for a prerelease after a stable release', () => {
    expect(next({ releaseType: 'prerelease', last: '1.2.0', lastStable: '1.2.0' }).version).toBe(
      '1.2.1-rc.0',
    );
    expect(
      next({ releaseType: 'prerelease', level: 'minor', last: '1.2.0', lastStable: '1.2.0', preid: 'alpha' })
        .version,
    ).toBe('1.3.0-alpha.0');
  });

  it('promotes a prerelease to its stable version', () => {
    expect(next({ releaseType: 'promote', level: 'minor', last: '1.2.0-rc.1', lastStable: '1.1.0' })).toEqual(
      {
        version: '1.2.0',
        applied: 'promote',
      },
    );
    expect(() => next({ releaseType: 'promote', last: '1.2.0', lastStable: '1.2.0' })).toThrow(
      /needs a prerelease/,
    );
    expect(() =>
      next({ releaseType: 'promote', level: 'major', last: '1.2.0-rc.1', lastStable: '1.1.0' }),
    ).toThrow(/call for 2\.0\.0/);
  });

  it('releases the stable version of the line with auto after prereleases', () => {
    expect(next({ level: 'patch', last: '1.2.0-rc.2', lastStable: '1.1.0' })).toEqual({
      version: '1.2.0',
      applied: 'promote',
    });
    expect(next({ level: 'major', last: '1.2.0-rc.2', lastStable: '1.1.0' }).version).toBe('2.0.0');
  });

  it('takes an explicit version above the last release only', () => {
    expect(next({ releaseType: 'version', version: '3.0.0', last: '1.2.0', lastStable: '1.2.0' })).toEqual({
      version: '3.0.0',
      applied: 'major',
    });
    expect(
      next({ releaseType: 'version', version: '1.2.0', last: '1.2.0-rc.3', lastStable: '1.1.0' }).applied,
    ).toBe('promote');
    expect(() =>
      next({ releaseType: 'version', version: '1.2.0', last: '1.2.0', lastStable: '1.2.0' }),
    ).toThrow(/1\.2\.0 is not higher than the last release 1\.2\.0/);
    expect(() =>
      next({ releaseType: 'version', version: '1.1.9', last: '1.2.0', lastStable: '1.2.0' }),
    ).toThrow(/not higher/);
  });

  it('normalises explicit versions', () => {
    expect(normaliseVersion('v1.4.0')).toBe('1.4.0');
    expect(normaliseVersion('2.0.0-rc.1')).toBe('2.0.0-rc.1');
    expect(normaliseVersion('1.4')).toBeUndefined();
    expect(normaliseVersion('latest')).toBeUndefined();
  });
});
