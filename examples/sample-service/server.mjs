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
// (plus up to half as much again, at random); "failingPath" limits the failures
// to one path.
// /metrics has a request counter per answer code, labelled with the version and
// slot, in Prometheus' text format.
// With a database (SAMPLE_DATABASE_URL), every request reads a customer with the
// columns its code needs (the release file's "columns", default id and name), so
// a version whose column is missing fails, /health included; /health and /version
// also report the schema version (the newest row of schema_migrations).
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
// With "failingPath", BROKEN=errors fails only that path: a bug in one endpoint.
const failingPath = release.failingPath;
const answered = new Map();
const slot = process.env.SLOT ?? '';
const columns = release.columns ?? ['id', 'name'];
if (!columns.every((column) => /^[a-z_]{1,40}$/.test(column))) throw new Error(`bad columns: ${columns}`);
const databaseUrl = process.env.SAMPLE_DATABASE_URL ?? '';
const database = databaseUrl
  ? new (await import('pg')).default.Pool({ connectionString: databaseUrl, max: 4 })
  : undefined;
database?.on('error', () => undefined);
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

/** The row this version's code reads, and the schema version; throws when the schema lacks a column. */
async function readDatabase() {
  if (!database) return {};
  const [row, schema] = await Promise.all([
    database.query(`SELECT ${columns.join(', ')} FROM customers ORDER BY id LIMIT 1`),
    database.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations'),
  ]);
  return { customer: row.rows[0], schema: Number(schema.rows[0].version) };
}

function failsNow(path) {
  if (broken !== 'errors' || (failingPath && path !== failingPath)) return false;
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

async function answer(request, response, path) {
  const reported = broken === 'version' ? `${version}-wrong` : version;
  if (broken === 'down') return send(response, 500, { error: 'broken on purpose', version });
  let data;
  try {
    data = await readDatabase();
  } catch (error) {
    return send(response, path === '/health' ? 503 : 500, { error: error.message, version });
  }
  if (path === '/health')
    return send(response, 200, { status: 'ok', version: reported, slot, schema: data.schema });
  if (path === '/version') return send(response, 200, { version: reported, schema: data.schema });
  if (failsNow(path)) return send(response, 500, { error: 'broken on purpose', version });
  return send(response, 200, { service: 'sample', version: reported, slot, path, ...data });
}
server.keepAliveTimeout = 2000;

server.listen(port, host, () => {
  const actual = server.address().port;
  if (process.env.PORT_FILE) writeFileSync(process.env.PORT_FILE, String(actual));
  console.log(`sample ${version}${slot ? ` (slot ${slot})` : ''} listening on http://${host}:${actual}`);
});

function stop() {
  server.close(() => (database ? database.end() : Promise.resolve()).finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
