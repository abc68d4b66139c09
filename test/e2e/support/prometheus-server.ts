/**
 * A real Prometheus (Debian's `prometheus`) on loopback, our own process with its
 * config and data in a temp dir, stopped by its PID. Without the binary it throws:
 * tests that need it must fail, not skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './sample-environment.js';

export interface ScrapeJob {
  name: string;
  target: string;
  metricsPath: string;
}

export interface PrometheusServer {
  url: string;
  /** The summed value of an instant query (0 when empty), or undefined when Prometheus cannot answer. */
  total(query: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

export async function startPrometheus(jobs: ScrapeJob[]): Promise<PrometheusServer> {
  const found = spawnSync('prometheus', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    throw new Error('The prometheus binary is not installed (apt-get install prometheus).');
  const dir = await mkdtemp(join(tmpdir(), 'prometheus-'));
  const port = await freePort();
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    ...jobs.flatMap((job) => [
      `  - job_name: ${job.name}`,
      `    metrics_path: ${job.metricsPath}`,
      '    static_configs:',
      `      - targets: ['${job.target}']`,
    ]),
    '',
  ].join('\n');
  await writeFile(join(dir, 'prometheus.yml'), config);
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const total = async (query: string) => {
    try {
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`);
      const body = (await response.json()) as {
        status: string;
        data: { result: Array<{ value: [number, string] }> };
      };
      if (body.status !== 'success') return undefined;
      return body.data.result.reduce((sum, item) => sum + Number(item.value[1]), 0);
    } catch {
      return undefined;
    }
  };
  const deadline = Date.now() + 45_000;
  while ((await total('up')) === undefined) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`prometheus did not start:\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    total,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
