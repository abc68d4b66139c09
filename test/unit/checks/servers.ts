import http from 'node:http';
import net from 'node:net';

/**
 * Real HTTP servers on 127.0.0.1 for the checks' tests: each answers request n
 * (counted from 1, in arrival order) as the test says, so figures are exact.
 */

export interface Reply {
  status?: number;
  body?: string | object;
  delayMs?: number;
  headers?: Record<string, string>;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface TestServer {
  url: string;
  port: number;
  /** Requests received so far. */
  count: number;
  /** The most requests this server was answering at the same time. */
  maxInFlight: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startServer(reply: (n: number, request: SeenRequest) => Reply): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const state = { count: 0, inFlight: 0, maxInFlight: 0, seen: [] as SeenRequest[] };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.count += 1;
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      response.once('close', () => (state.inFlight -= 1));
      const seen = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (state.seen.length < 1000) state.seen.push(seen);
      const answer = reply(state.count, seen);
      if (answer.hang) return;
      const send = () => {
        const body =
          typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? { status: 'ok' });
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        response.end(body);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get count() {
      return state.count;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    seen: state.seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const healthy = (version = '1.2.3') => startServer(() => ({ body: { status: 'ok', version } }));
export const slow = (delayMs: number) => startServer(() => ({ delayMs, body: { status: 'ok' } }));
/** Fails the first `n` requests with 503, then recovers. */
export const flaky = (n: number) =>
  startServer((count) =>
    count <= n ? { status: 503, body: 'warming up' } : { body: { status: 'ok', version: '1.2.3' } },
  );
/** Every k-th request fails with 500: exactly floor(N / k) of N requests. */
export const erroringEvery = (k: number) =>
  startServer((count) => (count % k === 0 ? { status: 500, body: 'boom' } : { body: { status: 'ok' } }));
export const neverReady = () => startServer(() => ({ status: 503, body: 'not ready' }));
export const hanging = () => startServer(() => ({ hang: true }));

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that answers 503 until `turnHealthy()` is called (for readiness timing). */
export async function switchable(): Promise<TestServer & { turnHealthy(): void; healthySince?: number }> {
  let healthySince: number | undefined;
  const server = await startServer(() =>
    healthySince === undefined ? { status: 503, body: 'starting' } : { body: { status: 'ok' } },
  );
  Object.defineProperty(server, 'healthySince', { get: () => healthySince });
  return Object.assign(server, {
    turnHealthy() {
      healthySince = performance.now();
    },
  });
}
