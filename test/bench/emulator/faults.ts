// Injected failures: what a client must survive on the real API (5xx, rate limits, slow or
// dropped connections), applied to the requests they match, a given number of times.
import { DOCUMENTATION_URL } from './errors.js';
import type { FaultSpec } from './types.js';

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

const STATUS_MESSAGES: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'API rate limit exceeded',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn’t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

export interface FaultAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export class FaultBook {
  private faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    if (spec.status === undefined && !spec.secondaryRateLimit && !spec.drop && spec.delayMs === undefined) {
      throw new Error('a fault needs status, secondaryRateLimit, drop or delayMs');
    }
    this.faults.push({ spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching the request, used up by one. */
  take(method: string, path: string, operationId: string | undefined): FaultSpec | undefined {
    const found = this.faults.find(({ spec, remaining }) => {
      if (remaining <= 0) return false;
      if (spec.operationId !== undefined && spec.operationId !== operationId) return false;
      if (spec.method !== undefined && spec.method.toUpperCase() !== method) return false;
      if (spec.path instanceof RegExp && !spec.path.test(path)) return false;
      if (typeof spec.path === 'string' && spec.path !== path) return false;
      return true;
    });
    if (!found) return undefined;
    found.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return found.spec;
  }
}

/** The answer a status fault gives, with the headers GitHub sends for that kind of failure. */
export function faultAnswer(spec: FaultSpec): FaultAnswer | undefined {
  const headers: Record<string, string> = {};
  if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter);
  if (spec.secondaryRateLimit) {
    headers['retry-after'] ??= '1';
    return {
      status: 403,
      headers,
      body: spec.body ?? {
        message: SECONDARY_RATE_LIMIT_MESSAGE,
        documentation_url: DOCUMENTATION_URL,
        status: '403',
      },
    };
  }
  if (spec.status === undefined) return undefined;
  if (spec.status === 429) {
    // The primary limit: octokit's throttling waits until x-ratelimit-reset when remaining is 0.
    const wait = spec.retryAfter ?? 1;
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + wait);
  }
  const message = STATUS_MESSAGES[spec.status] ?? 'Error';
  return {
    status: spec.status,
    headers,
    body: spec.body ?? { message, documentation_url: DOCUMENTATION_URL, status: String(spec.status) },
  };
}
