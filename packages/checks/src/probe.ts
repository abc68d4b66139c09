import { DEFAULT_COMMAND_TIMEOUT_MS, probeCommand } from './command-check.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, prepareHttpCheck, probeHttp } from './http-check.js';
import { DEFAULT_PROMETHEUS_TIMEOUT_MS, probePrometheus } from './prometheus-check.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, probeTcp, type ProbeVerdict } from './tcp-check.js';
import type { CheckDefinition } from './types.js';

/** One attempt of any kind of check, the same shape whatever the kind. */
export type Probe = (options: {
  signal?: AbortSignal;
  timeoutMs?: number;
}) => Promise<ProbeVerdict & { responded?: boolean }>;

const DEFAULT_TIMEOUTS: Record<CheckDefinition['kind'], number> = {
  http: DEFAULT_REQUEST_TIMEOUT_MS,
  tcp: DEFAULT_CONNECT_TIMEOUT_MS,
  command: DEFAULT_COMMAND_TIMEOUT_MS,
  prometheus: DEFAULT_PROMETHEUS_TIMEOUT_MS,
};

/** How long one attempt of the check may take: its own timeout or the default for its kind. */
export function attemptTimeoutMs(check: CheckDefinition): number {
  return check.timeoutMs ?? DEFAULT_TIMEOUTS[check.kind];
}

export function probeFor(check: CheckDefinition): Probe {
  switch (check.kind) {
    case 'http': {
      const prepared = prepareHttpCheck(check);
      return (options) => probeHttp(prepared, options);
    }
    case 'tcp':
      return (options) => probeTcp(check, options);
    case 'command':
      return (options) => probeCommand(check, options);
    case 'prometheus':
      return (options) => probePrometheus(check, options);
  }
}
