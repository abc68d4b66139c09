import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResult } from '../bench/runner.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import {
  createGpgKey,
  type GpgKey,
  gpgVerify,
  removeRunTemps,
  runBundle,
  sh,
} from '../unit/artifacts/support.js';

/**
 * A real GPG signature: a throwaway key made for this test, exported armored
 * and handed over as the secret input, as a user stores it in `secrets.*`.
 */

let fixture: GitFixture;
let key: GpgKey;
let run: RunResult;

beforeAll(async () => {
  [fixture, key] = await Promise.all([
    createGitFixture({ files: { 'dist/app': 'binary\n', 'dist/app.1': 'manual\n' } }),
    createGpgKey('s3cret passphrase'),
  ]);
  run = await runBundle('build-artifacts', {
    workspace: fixture.work,
    inputs: {
      version: '2.1.0',
      files: 'dist',
      sign: 'gpg',
      'signing-key': key.armoredSecretKey,
      'signing-passphrase': key.passphrase,
      sha512: 'true',
    },
  });
}, 90_000);

afterAll(async () => {
  await key.cleanup();
  await fixture.cleanup();
});

describe('build-artifacts signing', () => {
  it('signs SHA256SUMS (and SHA512SUMS) with a detached signature gpg --verify accepts', async () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const out = run.outputs['directory']!;
    expect(run.outputs['signature']).toBe(join(out, 'SHA256SUMS.asc'));
    const verified = await gpgVerify(key.home, join(out, 'SHA256SUMS.asc'), join(out, 'SHA256SUMS'));
    expect(verified.code).toBe(0);
    expect(verified.stderr).toContain(
      'Good signature from "Release Signing Test <release-test@example.com>"',
    );
    expect((await gpgVerify(key.home, join(out, 'SHA512SUMS.asc'), join(out, 'SHA512SUMS'))).code).toBe(0);
    expect((await sh('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out })).code).toBe(0);
  });

  it('records the signature and key fingerprint in the manifest and the summary', async () => {
    const manifest = JSON.parse(await readFile(run.outputs['manifest']!, 'utf8'));
    expect(manifest.signatures).toEqual([
      { file: 'SHA256SUMS.asc', signs: 'SHA256SUMS', tool: 'gpg', keyId: key.fingerprint },
      { file: 'SHA512SUMS.asc', signs: 'SHA512SUMS', tool: 'gpg', keyId: key.fingerprint },
    ]);
    expect(run.summary).toContain(`Signature: \`SHA256SUMS.asc\` (gpg, key \`${key.fingerprint}\`)`);
  });

  it('masks the key and passphrase and never prints them', () => {
    const keyLines = key.armoredSecretKey
      .split('\n')
      .filter((line) => line.length > 20 && !line.startsWith('-----'));
    expect(run.masks).toContain(key.passphrase);
    for (const line of keyLines.slice(0, 5)) expect(run.masks).toContain(line);
    for (const secret of [key.passphrase, ...keyLines]) {
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
    }
  });

  it('removes its temporary GNUPGHOME and leaves no key on disk', async () => {
    expect(await readdir(join(run.temp, 'runner-temp'))).toEqual([]);
    const out = run.outputs['directory']!;
    for (const name of await readdir(out)) {
      expect(await readFile(join(out, name), 'latin1')).not.toContain('PRIVATE KEY');
    }
  });

  it('fails with a clear error, and leaves nothing behind, when the passphrase is wrong', async () => {
    const other = await createGitFixture({ files: { 'dist/app': 'binary\n' } });
    try {
      const failed = await runBundle('build-artifacts', {
        workspace: other.work,
        inputs: {
          version: '2.1.0',
          files: 'dist',
          sign: 'gpg',
          'signing-key': key.armoredSecretKey,
          'signing-passphrase': 'not the passphrase',
        },
      });
      expect(failed.exitCode).toBe(1);
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors[0]).toMatch(/^gpg --detach-sign failed/);
      expect(failed.log).not.toContain('not the passphrase');
      expect(await readdir(other.work)).not.toContain('release-artifacts');
      expect(await readdir(join(failed.temp, 'runner-temp'))).toEqual([]);
    } finally {
      await other.cleanup();
    }
  });
});

afterAll(async () => {
  await removeRunTemps();
});
