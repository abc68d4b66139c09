import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that stands in for a chat service or a
 * webhook consumer: it records every request (raw bytes included), checks the
 * payload with a validator, and answers normally or with scripted answers
 * (429 with Retry-After, 500, an error page that repeats the URL…).
 * `close()` rejects when any request broke the service's rules, like the
 * GitHub emulator does, so a test cannot pass with a malformed payload.
 */

export interface ReceivedRequest {
  method: string;
  /** Path and query as sent (the credential part of a webhook URL). */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
  /** What the validator found wrong with this request; empty when it is fine. */
  problems: string[];
  /** The status it was answered with. */
  status: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
  /** Answer with an error page that repeats the request line, as many frameworks' 404 pages do. */
  echoRequest?: boolean;
}

export type Validator = (request: ReceivedRequest) => string[];
export type Responder = (request: ReceivedRequest) => Answer;

export interface ReceiverOptions {
  /** For messages: "slack", "discord"… */
  name: string;
  validate?: Validator;
  /** The normal answer to a valid request. Default 200 with `ok`. */
  respond?: Responder;
  /** The answer to an invalid request. Default 400 with the problems. */
  reject?: Responder;
}

export interface Receiver {
  readonly name: string;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Every problem found, as "<method> <path>: <problem>". */
  readonly violations: string[];
  /** Answers the next requests with these, in order, before answering normally again. */
  enqueue(...answers: Answer[]): void;
  /** Requests that passed validation and were answered normally. */
  accepted(): ReceivedRequest[];
  /** Stops the server; rejects listing the violations, if any. */
  close(): Promise<void>;
}

function write(response: ServerResponse, answer: Answer, request: ReceivedRequest): void {
  const headers: Record<string, string> = { ...answer.headers };
  let body: string;
  if (answer.echoRequest) {
    body = `<!DOCTYPE html><html><body><pre>Cannot ${request.method} ${request.url}</pre></body></html>`;
    headers['content-type'] ??= 'text/html; charset=utf-8';
  } else if (typeof answer.body === 'string' || answer.body === undefined) {
    body = answer.body ?? '';
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else {
    body = JSON.stringify(answer.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  response.writeHead(answer.status, headers);
  response.end(answer.status === 204 ? undefined : body);
}

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const violations: string[] = [];
  const queue: Answer[] = [];
  const respond: Responder = options.respond ?? (() => ({ status: 200, body: 'ok' }));
  const reject: Responder =
    options.reject ??
    ((request) => ({ status: 400, body: { error: 'invalid_payload', problems: request.problems } }));

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = raw.toString('utf8');
      const parsed = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      const request: ReceivedRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: incoming.headers,
        raw,
        text,
        json,
        problems: [],
        status: 0,
      };
      requests.push(request);
      const scripted = queue.shift();
      if (scripted) {
        request.status = scripted.status;
        write(response, scripted, request);
        return;
      }
      request.problems = options.validate?.(request) ?? [];
      for (const problem of request.problems)
        violations.push(`${request.method} ${request.path}: ${problem}`);
      const answer = request.problems.length > 0 ? reject(request) : respond(request);
      request.status = answer.status;
      write(response, answer, request);
    });
  });
  await new Promise<void>((resolve, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    name: options.name,
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    enqueue: (...answers) => queue.push(...answers),
    accepted: () => requests.filter((r) => r.problems.length === 0 && r.status >= 200 && r.status < 300),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (violations.length > 0) {
        throw new Error(
          `${options.name} receiver saw ${violations.length} bad request(s):\n${violations.join('\n')}`,
        );
      }
    },
  };
}
