import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runnerProcesses } from '../../../packages/kit/src/index.js';
import { decodeKey, openSigningSession, type SigningOptions } from '../../../packages/artifacts/src/sign.js';
import { createGpgKey, gpgVerify, tempDir, type GpgKey } from './support.js';

let dir: string;
let bin: string;
let tempRoot: string;
let key: GpgKey;
const savedPath = process.env['PATH'];

// Stand-ins for minisign and cosign (not installed here): they record how the key reached them.
const FAKE_MINISIGN = `#!/bin/bash
while [ $# -gt 0 ]; do case "$1" in -s) key="$2"; shift;; -m) msg="$2"; shift;; -x) sig="$2"; shift;; esac; shift; done
stat -c %a "$key" > "$RECORD/key-mode"; cp "$key" "$RECORD/key-copy"; echo "$key" > "$RECORD/key-path"
cat > "$RECORD/stdin"
echo "signature of $(sha256sum "$msg" | cut -c1-64)" > "$sig"
`;
const FAKE_COSIGN = `#!/bin/bash
echo "$@" > "$RECORD/args"; printf %s "$COSIGN_PRIVATE_KEY" > "$RECORD/key"; printf %s "$COSIGN_PASSWORD" > "$RECORD/password"
while [ $# -gt 0 ]; do case "$1" in --output-signature) sig="$2"; shift;; esac; shift; done
echo MEUCIQ > "$sig"
`;

beforeAll(async () => {
  [dir, bin, tempRoot] = await Promise.all([tempDir(), tempDir('fake-bin-'), tempDir('runner-temp-')]);
  await writeFile(join(bin, 'minisign'), FAKE_MINISIGN);
  await writeFile(join(bin, 'cosign'), FAKE_COSIGN);
  await chmod(join(bin, 'minisign'), 0o755);
  await chmod(join(bin, 'cosign'), 0o755);
  process.env['PATH'] = `${bin}:${savedPath}`;
  await writeFile(join(dir, 'SHA256SUMS'), `${'a'.repeat(64)}  app-1.0.0.tar.gz\n`);
  key = await createGpgKey();
}, 60_000);

afterAll(async () => {
  process.env['PATH'] = savedPath;
  await key.cleanup();
  await Promise.all([dir, bin, tempRoot].map((d) => rm(d, { recursive: true, force: true })));
});

function options(signer: SigningOptions['signer'], extra: Partial<SigningOptions> = {}): SigningOptions {
  return {
    signer,
    key: key.armoredSecretKey,
    passphrase: key.passphrase,
    tempRoot,
    env: { ...(process.env as Record<string, string>), RECORD: dir },
    processes: runnerProcesses,
    ...extra,
  };
}

describe('gpg signatures', () => {
  it('makes a detached armored signature that gpg --verify accepts, and removes its GNUPGHOME', async () => {
    const session = await openSigningSession(options('gpg'));
    expect(session.keyId).toBe(key.fingerprint);
    await session.sign(join(dir, 'SHA256SUMS'), join(dir, 'SHA256SUMS.asc'));
    await session.close();
    expect(await readFile(join(dir, 'SHA256SUMS.asc'), 'utf8')).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
    const verified = await gpgVerify(key.home, join(dir, 'SHA256SUMS.asc'), join(dir, 'SHA256SUMS'));
    expect(verified.code).toBe(0);
    expect(verified.stderr).toContain('Good signature');
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('accepts the key base64-encoded', async () => {
    const session = await openSigningSession(
      options('gpg', { key: Buffer.from(key.armoredSecretKey).toString('base64') }),
    );
    expect(session.keyId).toBe(key.fingerprint);
    await session.close();
  });

  it('fails clearly on a wrong passphrase without echoing it, and still cleans up', async () => {
    const session = await openSigningSession(options('gpg', { passphrase: 'wrong-passphrase-123' }));
    const failure = await session
      .sign(join(dir, 'SHA256SUMS'), join(dir, 'bad.asc'))
      .catch((thrown: Error) => thrown);
    await session.close();
    expect(failure).toMatchObject({ code: 'ESIGN' });
    expect((failure as Error).message).not.toContain('wrong-passphrase-123');
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('refuses a key that is not a secret key', async () => {
    await expect(openSigningSession(options('gpg', { key: 'bm90IGEga2V5' }))).rejects.toMatchObject({
      code: 'ESIGN',
    });
    expect(await readdir(tempRoot)).toEqual([]);
  });
});

describe('minisign and cosign', () => {
  it('hands minisign the key in a 0600 file that is gone afterwards, and the password on stdin', async () => {
    const secret = 'untrusted comment: minisign encrypted secret key\nRWRTY0Iy...\n';
    const session = await openSigningSession(options('minisign', { key: secret, passphrase: 'mini-pass' }));
    await session.sign(join(dir, 'SHA256SUMS'), join(dir, 'SHA256SUMS.minisig'));
    await session.close();
    expect((await readFile(join(dir, 'key-mode'), 'utf8')).trim()).toBe('600');
    expect(await readFile(join(dir, 'key-copy'), 'utf8')).toBe(secret);
    expect(await readFile(join(dir, 'stdin'), 'utf8')).toBe('mini-pass\n');
    expect(await readFile(join(dir, 'SHA256SUMS.minisig'), 'utf8')).toMatch(/^signature of [0-9a-f]{64}/);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('hands cosign the key and password through its environment only', async () => {
    const pem =
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----';
    const session = await openSigningSession(options('cosign', { key: pem, passphrase: 'co-pass' }));
    await session.sign(join(dir, 'SHA256SUMS'), join(dir, 'SHA256SUMS.sig'));
    await session.close();
    const args = await readFile(join(dir, 'args'), 'utf8');
    expect(args).toContain('sign-blob --yes --key env://COSIGN_PRIVATE_KEY --output-signature');
    expect(args).not.toContain('abc');
    expect((await readFile(join(dir, 'key'), 'utf8')).trim()).toBe(pem);
    expect(await readFile(join(dir, 'password'), 'utf8')).toBe('co-pass');
  });

  it('says when the tool is not installed', async () => {
    process.env['PATH'] = '/nonexistent';
    try {
      await expect(openSigningSession(options('minisign'))).rejects.toMatchObject({
        code: 'ESIGN',
        message: 'sign is "minisign", but minisign is not installed on this runner',
      });
    } finally {
      process.env['PATH'] = `${bin}:${savedPath}`;
    }
  });

  it('decodes base64 keys but leaves text keys alone', () => {
    expect(decodeKey(Buffer.from('binary\u0000key').toString('base64')).toString()).toBe('binary\u0000key');
    expect(decodeKey('-----BEGIN PGP PRIVATE KEY BLOCK-----\nx').toString()).toBe(
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nx\n',
    );
  });
});
