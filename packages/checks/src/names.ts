import type { CheckDefinition, HttpCheck } from './types.js';

/** Header names whose values are credentials whatever the user says. */
const ALWAYS_SECRET = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** Names that look like they carry a credential (X-Api-Key, X-Auth-Token, X-Session-Id …). */
const SECRET_LOOKING = /token|secret|key|auth|session|passw|signature|credential|cookie/i;

export function isSecretHeader(name: string, extra: readonly string[] = []): boolean {
  const lower = name.trim().toLowerCase();
  return (
    ALWAYS_SECRET.has(lower) ||
    SECRET_LOOKING.test(lower) ||
    extra.some((item) => item.trim().toLowerCase() === lower)
  );
}

/**
 * The values to mask for an HTTP check: every secret header value, and for
 * `Bearer xyz` / `Basic xyz` the credential on its own too (it may be echoed alone).
 */
export function secretHeaderValues(check: Pick<HttpCheck, 'headers' | 'secretHeaders'>): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(check.headers ?? {})) {
    if (!value || !isSecretHeader(name, check.secretHeaders)) continue;
    values.push(value);
    const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
    if (credential && credential.length >= 4) values.push(credential);
  }
  return values;
}

function shorten(text: string, limit = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > limit ? `${oneLine.slice(0, limit - 1)}…` : oneLine;
}

/** A URL fit for logs: no user:password, no query string (it may carry a token). */
export function displayUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return shorten(raw);
  }
}

/** The name a check is reported under: its own, or one made from what it checks. */
export function checkName(check: CheckDefinition): string {
  if (check.name) return check.name;
  switch (check.kind) {
    case 'http':
      return `${(check.method ?? 'GET').toUpperCase()} ${displayUrl(check.url)}`;
    case 'tcp':
      return `tcp ${check.host.includes(':') ? `[${check.host}]` : check.host}:${check.port}`;
    case 'command':
      return `command: ${shorten(check.command)}`;
    case 'prometheus':
      return `prometheus: ${shorten(check.query)} ${check.operator} ${check.threshold}`;
  }
}

/** Gives every check a distinct name, so results and events can be told apart. */
export function uniqueNames(checks: CheckDefinition[]): string[] {
  const seen = new Map<string, number>();
  return checks.map((check) => {
    const base = checkName(check);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} #${count}`;
  });
}

export { shorten };

/** Credentials a URL may carry: the password of user:password@, and token-like query values. */
export function secretUrlParts(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const parts: string[] = [];
  if (url.password) parts.push(url.password, decodeURIComponent(url.password));
  for (const [name, value] of url.searchParams) {
    if (value.length >= 4 && SECRET_LOOKING.test(name)) parts.push(value, encodeURIComponent(value));
  }
  return [...new Set(parts)];
}
