/**
 * What a verification tells while it waits and when it gives up: a progress line
 * every few seconds per URL (the wait can last minutes), and on failure the
 * answer the URL gave, cut to a readable length and scrubbed of every secret.
 */
import { cut, maskedValues } from '../../kit/src/index.js';
import type { AttemptEvent, HttpCheck } from '../../checks/src/index.js';

/** How often a URL that is still failing gets a progress line. */
export const PROGRESS_INTERVAL_MS = 5_000;
/** How much of a failed answer's body is shown: enough for an error page's message, not the page. */
export const ANSWER_BODY_CHARS = 300;

interface Waiting {
  url: string;
  expected: string;
  lastLineAt: number;
}

/** Returns the `onAttempt` callback that writes a progress line per URL every PROGRESS_INTERVAL_MS. */
export function progressReporter(
  checks: HttpCheck[],
  timeoutMs: number,
  write: (line: string) => void,
  now: () => number = () => performance.now(),
): (event: AttemptEvent) => void {
  const started = now();
  const waiting = new Map<string, Waiting>(
    checks.map((check) => [
      check.name ?? check.url,
      { url: check.url, expected: expectedOf(check), lastLineAt: started },
    ]),
  );
  return (event) => {
    const entry = waiting.get(event.check);
    if (!entry || event.passed) return;
    const at = now();
    if (at - entry.lastLineAt < PROGRESS_INTERVAL_MS) return;
    entry.lastLineAt = at;
    write(
      `Waiting for ${entry.url} to answer ${entry.expected}: try ${event.attempt}, ` +
        `${seconds(at - started)} of ${seconds(timeoutMs)}, last answer: ${event.reason ?? 'none yet'}`,
    );
  };
}

function expectedOf(check: HttpCheck): string {
  return check.jsonPath && check.jsonEquals !== undefined
    ? `2xx with ${check.jsonPath} = ${check.jsonEquals}`
    : '2xx';
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/**
 * The answer a URL gives now, after it failed its verification: `status 500, body {"error":"broken"}`,
 * or undefined when it does not answer (the failure reason already says so).
 */
export async function answerOf(url: string, timeoutMs = 5_000): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { connection: 'close' },
    });
    const body = scrubSecrets((await response.text()).replace(/\s+/g, ' ').trim());
    return `status ${response.status}, body ${body ? cut(body, ANSWER_BODY_CHARS) : '(empty)'}`;
  } catch {
    return undefined;
  }
}

/** Every masked value replaced by ***, as the runner shows it in the log, for text that also goes elsewhere. */
export function scrubSecrets(text: string): string {
  return maskedValues()
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((scrubbed, secret) => scrubbed.split(secret).join('***'), text);
}
