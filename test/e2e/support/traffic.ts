/**
 * A client that keeps sending requests while deployments happen, counting every
 * failure and which version answered. Each request opens its own connection,
 * as a stream of independent users would.
 */
import { request } from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

export function httpGet(url: string, timeoutMs = 5000): Promise<HttpAnswer> {
  return new Promise((done, fail) => {
    const req = request(
      url,
      { agent: false, headers: { connection: 'close' }, timeout: timeoutMs },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body }));
        response.on('error', fail);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', fail);
    req.end();
  });
}

export interface TrafficSample {
  at: number;
  ok: boolean;
  status?: number;
  version?: string;
  error?: string;
}

export interface TrafficReport {
  sent: number;
  failed: number;
  byVersion: Record<string, number>;
  failures: TrafficSample[];
  samples: TrafficSample[];
}

export interface TrafficClient {
  /** Failures so far, and how many requests were sent. */
  snapshot(): { sent: number; failed: number };
  /** Samples from `since` on (ms since the epoch). */
  since(at: number): TrafficSample[];
  stop(): Promise<TrafficReport>;
}

/** Sends GET `url` from `concurrency` loops, each pausing `intervalMs` between requests. */
export function startTrafficClient(
  url: string,
  options: { concurrency?: number; intervalMs?: number } = {},
): TrafficClient {
  const samples: TrafficSample[] = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const at = Date.now();
      try {
        const answer = await httpGet(url);
        const ok = answer.status === 200;
        let version: string | undefined;
        try {
          version = (JSON.parse(answer.body) as { version?: string }).version;
        } catch {
          // Not JSON: counted by status only.
        }
        samples.push({ at, ok, status: answer.status, version });
      } catch (thrown) {
        samples.push({ at, ok: false, error: (thrown as Error).message });
      }
      if (options.intervalMs) await new Promise((done) => setTimeout(done, options.intervalMs));
    }
  };
  const loops = Array.from({ length: options.concurrency ?? 2 }, () => loop());
  return {
    snapshot: () => ({ sent: samples.length, failed: samples.filter((sample) => !sample.ok).length }),
    since: (at) => samples.filter((sample) => sample.at >= at),
    async stop() {
      running = false;
      await Promise.all(loops);
      const byVersion: Record<string, number> = {};
      for (const sample of samples)
        if (sample.version) byVersion[sample.version] = (byVersion[sample.version] ?? 0) + 1;
      const failures = samples.filter((sample) => !sample.ok);
      return { sent: samples.length, failed: failures.length, byVersion, failures, samples };
    },
  };
}
