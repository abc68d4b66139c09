/** Network failures in plain words: what an on-call engineer would write in the incident channel. */

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** Raised by our own per-request timers, so a timeout is never mistaken for a reset. */
export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timeout after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

function codeOf(thrown: unknown): string | undefined {
  const code = (thrown as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** OpenSSL's "write EPROTO 80…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:…" → the words. */
function tlsReason(message: string): string {
  const openssl = /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1]?.trim();
  if (openssl === 'wrong version number') return 'wrong version number (is the server speaking plain HTTP?)';
  return openssl ?? message.trim();
}

/** Turns a socket-level error into a reason such as "connection refused by 127.0.0.1:8080". */
export function describeNetworkError(
  thrown: unknown,
  target: { host: string; port: number | string },
): string {
  if (thrown instanceof TimeoutError || thrown instanceof AbortedError) return thrown.message;
  const where = `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
  const code = codeOf(thrown);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  switch (code) {
    case 'ENOTFOUND':
      return `DNS failure: ${target.host} could not be resolved`;
    case 'EAI_AGAIN':
      return `DNS failure: ${target.host} could not be resolved (temporary DNS error)`;
    case 'ECONNREFUSED':
      return `connection refused by ${where}`;
    case 'ECONNRESET':
      return `connection reset by ${where}`;
    case 'EPIPE':
      return `connection closed by ${where} while sending`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} is unreachable`;
    case 'ETIMEDOUT':
      return `connection to ${where} timed out`;
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_VERSION':
    case 'HPE_INVALID_STATUS':
      return `not an HTTP response from ${where}`;
  }
  if ((code && TLS_CODES.has(code)) || /ssl|tls|certificate/i.test(message)) {
    return `TLS error with ${where}: ${tlsReason(message)}`;
  }
  if (message === 'socket hang up') return `${where} closed the connection without a response`;
  return code ? `${message} (${code})` : message;
}
