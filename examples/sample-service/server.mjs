#!/usr/bin/env node
// A tiny service to deploy: it reports its version on /version and /health and
// answers everything else with a small JSON document. It can be started broken,
// to show what verification and canary analysis catch:
//   BROKEN=down        every request answers 500, /health included
//   BROKEN=errors      /health is fine, but a share of other requests (ERROR_RATE,
//                      default 0.5) answers 500: only an analysis under load sees it
//   BROKEN=version     everything answers 200 but reports the wrong version
// A release file (RELEASE_FILE, JSON: {"version", "broken", "errorRate"}) may
// supply the same settings, as a build would.
// It listens on HOST:PORT (PORT 0 picks a free port) and writes the port to
// PORT_FILE once it is listening. SIGTERM stops it after in-flight requests.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const release = process.env.RELEASE_FILE ? JSON.parse(readFileSync(process.env.RELEASE_FILE, 'utf8')) : {};
const version = release.version ?? process.env.VERSION ?? '0.0.0';
const broken = release.broken ?? process.env.BROKEN ?? '';
const errorRate = Number(release.errorRate ?? process.env.ERROR_RATE ?? 0.5);
const slot = process.env.SLOT ?? '';
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 0);
let served = 0;

function send(response, status, body) {
  const text = JSON.stringify(body) + '\n';
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

const server = createServer((request, response) => {
  served += 1;
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const reported = broken === 'version' ? `${version}-wrong` : version;
  if (broken === 'down') return send(response, 500, { error: 'broken on purpose', version });
  if (path === '/health') return send(response, 200, { status: 'ok', version: reported, slot });
  if (path === '/version') return send(response, 200, { version: reported });
  // Deterministic failures, so a given error rate shows in every analysis window.
  if (broken === 'errors' && Math.floor(served * errorRate) !== Math.floor((served - 1) * errorRate)) {
    return send(response, 500, { error: 'broken on purpose', version });
  }
  return send(response, 200, { service: 'sample', version: reported, slot, path });
});
server.keepAliveTimeout = 2000;

server.listen(port, host, () => {
  const actual = server.address().port;
  if (process.env.PORT_FILE) writeFileSync(process.env.PORT_FILE, String(actual));
  console.log(`sample ${version}${slot ? ` (slot ${slot})` : ''} listening on http://${host}:${actual}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
