import type { Agent } from 'node:http';
import { evaluateJsonPath, jsonValueEquals, showJsonValue } from './jsonpath.js';
import { compileRegex } from './regex.js';
import { displayUrl, shorten } from './names.js';
import { DEFAULT_EXPECT_STATUS, parseStatusMatcher, statusMatches, type StatusRange } from './status.js';
import { sendRequest, type RequestOutcome } from './transport.js';
import type { HttpCheck } from './types.js';

export { compileRegex };

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** An HTTP check compiled once (URL, status ranges, regex), then sent as often as needed. */
export interface PreparedHttpCheck {
  check: HttpCheck;
  url: URL;
  method: string;
  headers: Record<string, string>;
  statusText: string;
  statuses: StatusRange[];
  regex?: RegExp;
  keepBody: boolean;
  timeoutMs: number;
}

/** Assumes a validated check (see validate.ts); throws on anything it cannot compile. */
export function prepareHttpCheck(check: HttpCheck): PreparedHttpCheck {
  const statusText = check.expectStatus ?? DEFAULT_EXPECT_STATUS;
  const statuses = parseStatusMatcher(statusText);
  if (!statuses) throw new Error(`invalid expected status "${statusText}"`);
  return {
    check,
    url: new URL(check.url),
    method: (check.method ?? 'GET').toUpperCase(),
    headers: check.headers ?? {},
    statusText,
    statuses,
    regex: check.bodyRegex ? compileRegex(check.bodyRegex) : undefined,
    keepBody: Boolean(check.bodyContains || check.bodyRegex || check.jsonPath),
    timeoutMs: check.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  };
}

export interface HttpVerdict {
  passed: boolean;
  /** Whether the server answered at all (analysis counts responses apart from errors). */
  responded: boolean;
  reason?: string;
  latencyMs: number;
  status?: number;
  aborted?: boolean;
}

function judgeJson(prepared: PreparedHttpCheck, body: string): string | undefined {
  const { jsonPath, jsonEquals } = prepared.check;
  if (!jsonPath) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `body is not JSON, so ${jsonPath} could not be read (body starts "${shorten(body, 40)}")`;
  }
  const matches = evaluateJsonPath(jsonPath, json);
  if (matches.length === 0) return `${jsonPath} was not found in the response`;
  if (jsonEquals === undefined) return undefined;
  const wrong = matches.find((match) => !jsonValueEquals(match.value, jsonEquals));
  if (!wrong) return undefined;
  const where = matches.length === 1 ? jsonPath : wrong.path;
  return `${where} was ${showJsonValue(wrong.value)} (expected ${jsonEquals})`;
}

function redirectTarget(location: string, base: URL): string {
  try {
    return displayUrl(new URL(location, base).href);
  } catch {
    return shorten(location);
  }
}

/** Every assertion on a response, first failure wins, in the order a person would check them. */
export function judgeResponse(
  prepared: PreparedHttpCheck,
  status: number,
  body: Buffer | undefined,
  latencyMs: number,
  location?: string,
): string | undefined {
  if (!statusMatches(status, prepared.statuses)) {
    // Redirects are not followed: a health URL that sends you to a login page is not healthy.
    const redirect =
      status >= 300 && status < 400 && location
        ? `, redirecting to ${redirectTarget(location, prepared.url)}`
        : '';
    return `status ${status} (expected ${prepared.statusText}${redirect})`;
  }
  const { bodyContains, latencyBudgetMs } = prepared.check;
  const text = prepared.keepBody ? (body ?? Buffer.alloc(0)).toString('utf8') : '';
  if (bodyContains && !text.includes(bodyContains)) return `body did not contain "${shorten(bodyContains)}"`;
  if (prepared.regex) prepared.regex.lastIndex = 0; // a /g or /y pattern remembers where it stopped
  if (prepared.regex && !prepared.regex.test(text)) return `body did not match ${prepared.regex}`;
  const jsonProblem = judgeJson(prepared, text);
  if (jsonProblem) return jsonProblem;
  if (latencyBudgetMs !== undefined && latencyMs > latencyBudgetMs) {
    return `took ${Math.round(latencyMs)} ms (latency budget ${latencyBudgetMs} ms)`;
  }
  return undefined;
}

function verdictOf(prepared: PreparedHttpCheck, outcome: RequestOutcome): HttpVerdict {
  if (!outcome.responded) {
    return {
      passed: false,
      responded: false,
      reason: outcome.reason,
      latencyMs: outcome.latencyMs,
      aborted: outcome.aborted,
    };
  }
  const reason = judgeResponse(prepared, outcome.status, outcome.body, outcome.latencyMs, outcome.location);
  return { passed: !reason, responded: true, reason, latencyMs: outcome.latencyMs, status: outcome.status };
}

export async function probeHttp(
  prepared: PreparedHttpCheck,
  options: { agent?: Agent | false; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<HttpVerdict> {
  const outcome = await sendRequest({
    url: prepared.url,
    method: prepared.method,
    headers: prepared.headers,
    body: prepared.check.body,
    timeoutMs: options.timeoutMs ?? prepared.timeoutMs,
    keepBody: prepared.keepBody,
    agent: options.agent ?? false,
    signal: options.signal,
  });
  return verdictOf(prepared, outcome);
}
