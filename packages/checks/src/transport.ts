import http from 'node:http';
import https from 'node:https';
import { AbortedError, TimeoutError, describeNetworkError } from './reasons.js';

/**
 * One HTTP request with its own deadline, on node's http/https. It never throws:
 * the hot loop of an analysis run sends thousands of these, and a failure is an
 * ordinary outcome there, described in plain words.
 */

/** Bodies are kept up to this size for assertions; the rest is read and dropped. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface RequestSpec {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Keep the body (for assertions); otherwise it is drained unread. */
  keepBody: boolean;
  /** A keep-alive agent for load; `false` for a fresh connection per request. */
  agent?: http.Agent | false;
  signal?: AbortSignal;
}

export type RequestOutcome =
  | { responded: true; status: number; body?: Buffer; latencyMs: number; location?: string }
  | { responded: false; reason: string; latencyMs: number; aborted?: boolean };

const USER_AGENT = 'release-actions-smoke-test';

export function sendRequest(spec: RequestSpec): Promise<RequestOutcome> {
  const started = performance.now();
  const transport = spec.url.protocol === 'https:' ? https : http;
  const target = {
    host: spec.url.hostname.replace(/^\[|\]$/g, ''),
    port: spec.url.port || (spec.url.protocol === 'https:' ? 443 : 80),
  };
  return new Promise((resolve) => {
    let settled = false;
    let request: http.ClientRequest | undefined;
    const finish = (outcome: RequestOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const fail = (thrown: unknown): void =>
      finish({
        responded: false,
        reason: describeNetworkError(thrown, target),
        latencyMs: performance.now() - started,
        aborted: thrown instanceof AbortedError,
      });
    // The outcome is settled before the socket is torn down, so the reason is ours, not "socket hang up".
    const stop = (error: Error): void => {
      fail(error);
      request?.destroy();
    };
    const onAbort = (): void => stop(new AbortedError());
    const timer = setTimeout(() => stop(new TimeoutError(spec.timeoutMs)), spec.timeoutMs);
    if (spec.signal?.aborted) return stop(new AbortedError());
    spec.signal?.addEventListener('abort', onAbort, { once: true });

    const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...spec.headers };
    try {
      request = transport.request(
        spec.url,
        { method: spec.method, headers, agent: spec.agent },
        (response) => {
          const chunks: Buffer[] = [];
          let kept = 0;
          response.on('data', (chunk: Buffer) => {
            if (!spec.keepBody || kept >= BODY_LIMIT_BYTES) return;
            chunks.push(chunk);
            kept += chunk.length;
          });
          response.on('end', () =>
            finish({
              responded: true,
              status: response.statusCode ?? 0,
              location: response.headers.location,
              body: spec.keepBody ? Buffer.concat(chunks).subarray(0, BODY_LIMIT_BYTES) : undefined,
              latencyMs: performance.now() - started,
            }),
          );
          response.on('error', fail);
          response.on('aborted', () =>
            fail(Object.assign(new Error('response cut off'), { code: 'ECONNRESET' })),
          );
        },
      );
    } catch (thrown) {
      return fail(thrown);
    }
    request.on('error', fail);
    request.end(spec.body);
  });
}
