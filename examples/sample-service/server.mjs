#!/usr/bin/env node
// A tiny service to deploy: it reports its version on /version and /health and
// answers everything else with a small JSON document. It can be started broken,
// to show what verification and canary analysis catch:
//   BROKEN=down        every request answers 500, /health included
//   BROKEN=errors      /health is fine, but a share of other requests (ERROR_RATE,
//                      default 0.5) answers 500: only an analysis under load sees it
//   BROKEN=version     everything answers 200 but reports the wrong version
// A release file (RELEASE_FILE, JSON: {"version", "broken", "errorRate", "random",
// "latencyMs"}) may supply the same settings, as a build would. With "random" the
// failures of BROKEN=errors come at random (a background error rate) rather than
// evenly; "latencyMs" delays every answer but /health by that many milliseconds
// (plus up to half as much again, at random).
// /metrics has a request counter per answer code, labelled with the version and
// slot, in Prometheus' text format.
// It listens on HOST:PORT (PORT 0 picks a free port) and writes the port to
// PORT_FILE once it is listening. SIGTERM stops it after in-flight requests.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const release = process.env.RELEASE_FILE ? JSON.parse(readFileSync(process.env.RELEASE_FILE, 'utf8')) : {};
const version = release.version ?? process.env.VERSION ?? '0.0.0';
const broken = release.broken ?? process.env.BROKEN ?? '';
const errorRate = Number(release.errorRate ?? process.env.ERROR_RATE ?? 0.5);
const random = Boolean(release.random);
const latencyMs = Number(release.latencyMs ?? 0);
const answered = new Map();
const slot = process.env.SLOT ?? '';
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 0);
let served = 0;

function metrics() {
  const lines = ['# TYPE sample_requests_total counter'];
  for (const [code, count] of answered)
    lines.push(`sample_requests_total{version="${version}",slot="${slot}",code="${code}"} ${count}`);
  return lines.join('\n') + '\n';
}

function send(response, status, body) {
  answered.set(status, (answered.get(status) ?? 0) + 1);
  const text = JSON.stringify(body) + '\n';
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function failsNow() {
  if (broken !== 'errors') return false;
  // Deterministic failures by default, so a given error rate shows in every analysis window.
  if (random) return Math.random() < errorRate;
  return Math.floor(served * errorRate) !== Math.floor((served - 1) * errorRate);
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/metrics') {
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    return response.end(metrics());
  }
  served += 1;
  if (latencyMs > 0 && path !== '/health') {
    const delay = latencyMs * (1 + Math.random() / 2);
    return void setTimeout(() => answer(request, response, path), delay);
  }
  answer(request, response, path);
});

function answer(request, response, path) {
  const reported = broken === 'version' ? `${version}-wrong` : version;
  if (broken === 'down') return send(response, 500, { error: 'broken on purpose', version });
  if (path === '/health') return send(response, 200, { status: 'ok', version: reported, slot });
  if (path === '/version') return send(response, 200, { version: reported });
  if (failsNow()) return send(response, 500, { error: 'broken on purpose', version });
  return send(response, 200, { service: 'sample', version: reported, slot, path });
}
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
