import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ReleaseError, type ProcessRunner } from '../../kit/src/index.js';
import type { Signer } from './signers.js';

/**
 * Detached signatures of the checksum files, made by the tool the user
 * chose. The private key only ever exists in a private temp folder (mode
 * 0700, files 0600) or on the tool's stdin or environment; the folder is
 * removed whatever happens, no command line carries it, and the tools run
 * silently so nothing they print about the key reaches the log.
 */

export { SIGNERS, type Signer } from './signers.js';

export const SIGNATURE_EXTENSION: Record<Signer, string> = {
  gpg: '.asc',
  minisign: '.minisig',
  cosign: '.sig',
};

export interface SigningOptions {
  signer: Signer;
  /** Armored/PEM text, or base64 of it (how keys are often stored as secrets). */
  key: string;
  passphrase?: string;
  /** A private place for the key while it is used (RUNNER_TEMP). */
  tempRoot: string;
  env: Record<string, string>;
  /** Starts the signing tools (the kit's `runnerProcesses` on a runner). */
  processes: ProcessRunner;
}

export interface SigningSession {
  /** The key's fingerprint or id, when the tool tells it. */
  keyId?: string;
  sign(file: string, signature: string): Promise<void>;
  close(): Promise<void>;
}

/** Keys stored base64-encoded are decoded; armored, PEM and minisign text keys are used as they are. */
export function decodeKey(key: string): Buffer {
  const text = key.trim();
  if (/-----BEGIN |untrusted comment:/.test(text)) return Buffer.from(text + '\n');
  const compact = text.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length % 4 === 0)
    return Buffer.from(compact, 'base64');
  return Buffer.from(text + '\n');
}

async function run(
  processes: ProcessRunner,
  tool: string,
  args: string[],
  options: { env: Record<string, string>; input?: Buffer; secrets: string[] },
): Promise<string> {
  const result = await processes.run(tool, args, {
    env: options.env,
    // Only tools that read stdin get it: writing to one that has already exited fails with EPIPE.
    input: options.input,
    silent: true,
    capture: true,
  });
  if (result.exitCode === 0) return result.stdout;
  let detail = (result.stderr || result.stdout).trim().split('\n').slice(-8).join('\n');
  for (const secret of options.secrets) if (secret) detail = detail.split(secret).join('***');
  throw new ReleaseError(
    'ESIGN',
    `${basename(tool)} ${args[0]} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`,
    {
      hint: 'Check that signing-key holds the private key and signing-passphrase its passphrase.',
    },
  );
}

async function privateFolder(tempRoot: string, prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tempRoot, prefix));
  await chmod(folder, 0o700);
  return folder;
}

async function privateFile(folder: string, name: string, content: Buffer | string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content, { mode: 0o600 });
  return path;
}

async function requireTool(signer: Signer, processes: ProcessRunner): Promise<string> {
  const path = await processes.which(signer);
  if (!path) {
    throw new ReleaseError('ESIGN', `sign is "${signer}", but ${signer} is not installed on this runner`, {
      hint: `Install ${signer} in an earlier step, or choose another signer.`,
    });
  }
  return path;
}

/** gpg in a throwaway GNUPGHOME: import, sign, stop its agent, delete it all. */
async function gpgSession(options: SigningOptions, tool: string): Promise<SigningSession> {
  const home = await privateFolder(options.tempRoot, 'gnupg-');
  const env = { ...options.env, GNUPGHOME: home };
  const secrets = [options.key, options.passphrase ?? ''];
  const close = async () => {
    await options.processes.run('gpgconf', ['--kill', 'all'], { env, silent: true }).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  };
  try {
    const passphraseFile = await privateFile(home, 'passphrase', options.passphrase ?? '');
    const unlock = [
      '--batch',
      '--no-tty',
      '--pinentry-mode',
      'loopback',
      '--passphrase-file',
      passphraseFile,
    ];
    await run(options.processes, tool, ['--import', ...unlock], {
      env,
      input: decodeKey(options.key),
      secrets,
    });
    const listing = await run(options.processes, tool, ['--list-secret-keys', '--with-colons', '--batch'], {
      env,
      secrets,
    });
    const keyId = /^fpr:+([0-9A-F]{40,64}):/m.exec(listing)?.[1];
    if (!keyId) {
      throw new ReleaseError('ESIGN', 'signing-key holds no secret key gpg can use', {
        hint: 'Export it with `gpg --armor --export-secret-keys <id>` and store the output as the secret.',
      });
    }
    return {
      keyId,
      async sign(file, signature) {
        const args = ['--detach-sign', ...unlock, '--yes', '--armor', '--digest-algo', 'SHA256'];
        await run(options.processes, tool, [...args, '--local-user', keyId, '--output', signature, file], {
          env,
          secrets,
        });
      },
      close,
    };
  } catch (thrown) {
    await close();
    throw thrown;
  }
}

/** minisign reads the key from a file and its password from stdin. */
async function minisignSession(options: SigningOptions, tool: string): Promise<SigningSession> {
  const folder = await privateFolder(options.tempRoot, 'minisign-');
  const keyFile = await privateFile(folder, 'minisign.key', decodeKey(options.key));
  const secrets = [options.key, options.passphrase ?? ''];
  return {
    async sign(file, signature) {
      const input = Buffer.from(`${options.passphrase ?? ''}\n`);
      await run(options.processes, tool, ['-S', '-s', keyFile, '-m', file, '-x', signature], {
        env: options.env,
        input,
        secrets,
      });
    },
    close: () => rm(folder, { recursive: true, force: true }),
  };
}

/** cosign takes the key and its password from the environment (`env://`), so it never touches the disk. */
async function cosignSession(options: SigningOptions, tool: string): Promise<SigningSession> {
  const env = {
    ...options.env,
    COSIGN_PRIVATE_KEY: decodeKey(options.key).toString('utf8'),
    COSIGN_PASSWORD: options.passphrase ?? '',
  };
  const secrets = [options.key, options.passphrase ?? ''];
  return {
    async sign(file, signature) {
      const args = [
        'sign-blob',
        '--yes',
        '--key',
        'env://COSIGN_PRIVATE_KEY',
        '--output-signature',
        signature,
        file,
      ];
      await run(options.processes, tool, args, { env, secrets });
    },
    close: async () => undefined,
  };
}

export async function openSigningSession(options: SigningOptions): Promise<SigningSession> {
  const tool = await requireTool(options.signer, options.processes);
  if (options.signer === 'gpg') return gpgSession(options, tool);
  if (options.signer === 'minisign') return minisignSession(options, tool);
  return cosignSession(options, tool);
}
