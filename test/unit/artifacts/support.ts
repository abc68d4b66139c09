import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { runAction, type RunOptions, type RunResult } from '../../bench/runner.js';

/** Shared by the build-artifacts tests: temp folders, real tools, a throwaway GPG key. */

const execFileAsync = promisify(execFile);

export async function sh(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (thrown) {
    const failure = thrown as { stdout?: string; stderr?: string; code?: number };
    return {
      stdout: failure.stdout ?? '',
      stderr: failure.stderr ?? '',
      code: typeof failure.code === 'number' ? failure.code : 1,
    };
  }
}

export async function tempDir(prefix = 'artifacts-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeTree(
  root: string,
  files: Record<string, string | { content: string; mode: number }>,
) {
  for (const [path, spec] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    const content = typeof spec === 'string' ? spec : spec.content;
    await writeFile(full, content);
    if (typeof spec !== 'string') await chmod(full, spec.mode);
  }
}

export interface GpgKey {
  home: string;
  fingerprint: string;
  armoredSecretKey: string;
  passphrase: string;
  cleanup(): Promise<void>;
}

/** A throwaway signing key in its own GNUPGHOME, exported armored as a user would store it in a secret. */
export async function createGpgKey(passphrase = 'correct horse battery staple'): Promise<GpgKey> {
  const home = await tempDir('gpg-home-');
  await chmod(home, 0o700);
  const env = { ...process.env, GNUPGHOME: home };
  const uid = 'Release Signing Test <release-test@example.com>';
  const generate = await sh(
    'gpg',
    [
      '--batch',
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      passphrase,
      '--quick-gen-key',
      uid,
      'ed25519',
      'sign',
      'never',
    ],
    { env },
  );
  if (generate.code !== 0) throw new Error(`gpg --quick-gen-key failed: ${generate.stderr}`);
  const listing = await sh('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env });
  const fingerprint = /^fpr:+([0-9A-F]+):/m.exec(listing.stdout)?.[1] ?? '';
  const exported = await sh(
    'gpg',
    [
      '--batch',
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      passphrase,
      '--armor',
      '--export-secret-keys',
      fingerprint,
    ],
    { env },
  );
  if (!exported.stdout.includes('BEGIN PGP PRIVATE KEY BLOCK'))
    throw new Error(`export failed: ${exported.stderr}`);
  return {
    home,
    fingerprint,
    armoredSecretKey: exported.stdout,
    passphrase,
    async cleanup() {
      await sh('gpgconf', ['--kill', 'all'], { env });
      await rm(home, { recursive: true, force: true });
    },
  };
}

export async function gpgVerify(home: string, signature: string, file: string) {
  return sh('gpg', ['--batch', '--verify', signature, file], { env: { ...process.env, GNUPGHOME: home } });
}

const runTemps = new Set<string>();

/** runAction from the bench, remembering each run's temp folder so the test can remove it afterwards. */
export async function runBundle(name: string, options: RunOptions): Promise<RunResult> {
  const result = await runAction(name, options);
  runTemps.add(result.temp);
  return result;
}

export async function removeRunTemps(): Promise<void> {
  await Promise.all([...runTemps].map((path) => rm(path, { recursive: true, force: true })));
  runTemps.clear();
}
