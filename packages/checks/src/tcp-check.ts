import net from 'node:net';
import { AbortedError, TimeoutError, describeNetworkError } from './reasons.js';
import type { TcpCheck } from './types.js';

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface ProbeVerdict {
  passed: boolean;
  reason?: string;
  latencyMs: number;
  value?: number;
  aborted?: boolean;
}

/** Passes when the port accepts a connection; the connection is closed straight away. */
export function probeTcp(
  check: TcpCheck,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ProbeVerdict> {
  const timeoutMs = options.timeoutMs ?? check.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: check.host, port: check.port });
    let settled = false;
    const finish = (verdict: Omit<ProbeVerdict, 'latencyMs'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve({ ...verdict, latencyMs: performance.now() - started });
    };
    const fail = (thrown: unknown): void =>
      finish({
        passed: false,
        reason: describeNetworkError(thrown, check),
        aborted: thrown instanceof AbortedError,
      });
    const onAbort = (): void => fail(new AbortedError());
    const timer = setTimeout(() => fail(new TimeoutError(timeoutMs)), timeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish({ passed: true }));
    socket.once('error', fail);
  });
}
