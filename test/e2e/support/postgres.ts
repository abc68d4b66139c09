/**
 * A real PostgreSQL server for a test: Debian's binaries, a fresh data directory
 * in a temp dir, listening on a free loopback port, stopped by its PID. The
 * server refuses to run as root, so as root it runs as `nobody` (the data
 * directory is handed to that user); otherwise as the current user.
 *
 *   const db = await startPostgres();
 *   db.url;        // postgresql://postgres@127.0.0.1:<port>/postgres
 *   await db.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './sample-environment.js';

export interface Postgres {
  url: string;
  port: number;
  pid: number;
  /** The bin directory (psql, pg_ctl, postgres) of the server in use. */
  binDir: string;
  /** psql with `-At -c sql` against the database; throws on an error. */
  query(sql: string): string;
  stop(): Promise<void>;
}

/** The newest Debian PostgreSQL bin directory, or an error saying how to get one (fail, never skip). */
export function findPostgres(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (process.env['SAMPLE_POSTGRES_BIN']) return process.env['SAMPLE_POSTGRES_BIN'];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is not installed: the migration tests need it (Debian: apt-get install postgresql; .ci/run installs it)',
    );
  }
  return join(root, versions[0]!, 'bin');
}

/** nobody's ids when we are root (postgres will not run as root), else ours. */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgres(): Promise<Postgres> {
  const binDir = findPostgres();
  const home = await mkdtemp(join(tmpdir(), 'postgres-'));
  const data = join(home, 'data');
  const user = serverUser();
  if (user.uid !== undefined) chownSync(home, user.uid, user.gid!);
  const init = spawnSync(
    join(binDir, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions'],
    { ...user, encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);

  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const server: ChildProcess = spawn(
      join(binDir, 'postgres'),
      ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', home, '-F', '-c', 'max_connections=100'],
      { ...user, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let exited = false;
    const ended = new Promise<void>((done) =>
      server.once('exit', () => {
        exited = true;
        done();
      }),
    );
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const psql = join(binDir, 'psql');
    const query = (sql: string) => {
      const result = spawnSync(psql, [url, '-X', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`psql: ${result.stderr.trim()}`);
      return result.stdout.trim();
    };
    for (let wait = 0; wait < 200 && !exited; wait += 1) {
      const ready = spawnSync(join(binDir, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
      if (ready.status === 0) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    if (exited) {
      lastError = log.trim();
      continue; // most likely the port was taken in between: try another
    }
    return {
      url,
      port,
      pid: server.pid!,
      binDir,
      query,
      async stop() {
        if (!exited) {
          process.kill(server.pid!, 'SIGINT'); // fast shutdown
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([ended, new Promise((done) => (timer = setTimeout(done, 10_000)))]);
          clearTimeout(timer);
          if (!exited) {
            process.kill(server.pid!, 'SIGKILL');
            await ended;
          }
        }
        await rm(home, { recursive: true, force: true });
      },
    };
  }
  await rm(home, { recursive: true, force: true });
  throw new Error(`PostgreSQL did not start: ${lastError || 'no output'}`);
}
