#!/usr/bin/env node
// announce: a release with N assets announced on M channels, against the GitHub API emulator
// and local Slack, Teams, Discord and webhook receivers (in their own process, since
// runMeasured blocks). Measured: wall time, peak memory and GitHub API calls, for
//   - the announce bundle (draft → assets → publish, every channel, with its checks), and
//   - the named peer: the same work as plain sequential fetch calls in one node script,
//     with none of the checks (no lookup of an existing release, no asset comparison,
//     no retries): the floor of what this work can cost;
// plus a re-run of announce on a finished release, which must write nothing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { runMeasured, writeResult } from './lib.mjs';

const ASSETS = 10;
const ASSET_BYTES = 1024 * 1024;
const RUNS = 5;
const CHANNELS = ['slack', 'teams', 'discord', 'webhook'];
const root = resolve('.');
const bundle = join(root, 'dist/announce/index.js');

function startServers() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/receivers/standalone.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`servers exited early (${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => done({ child, urls: JSON.parse(line) }));
  });
}

// A fresh connection each time: a kept-alive one may have been closed while runMeasured blocked.
function stats(urls) {
  return new Promise((done, fail) => {
    get(`${urls.control}/stats`, { agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => done(JSON.parse(text)));
    }).on('error', fail);
  });
}

const PEER = String.raw`
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const [api, tag, secret, slack, teams, discord, webhook, ...files] = process.argv.slice(2);
const headers = { authorization: 'token test-token', accept: 'application/vnd.github+json', 'content-type': 'application/json' };
const created = await fetch(api + '/repos/acme/app/releases', {
  method: 'POST', headers, body: JSON.stringify({ tag_name: tag, name: tag, body: 'notes', draft: true, target_commitish: 'main' }),
});
const release = await created.json();
if (!created.ok) throw new Error(JSON.stringify(release));
const upload = release.upload_url.replace(/\{.*\}$/, '');
for (const file of files) {
  const data = readFileSync(file);
  const answer = await fetch(upload + '?name=' + encodeURIComponent(basename(file)), {
    method: 'POST',
    headers: { authorization: headers.authorization, 'content-type': 'application/octet-stream', 'content-length': String(data.length) },
    body: data,
  });
  if (!answer.ok) throw new Error('upload ' + answer.status);
}
const published = await fetch(api + '/repos/acme/app/releases/' + release.id, {
  method: 'PATCH', headers, body: JSON.stringify({ draft: false, make_latest: 'true' }),
});
if (!published.ok) throw new Error('publish ' + published.status);
const title = 'acme/app ' + tag + ' released';
const card = { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: title, wrap: true }] };
const posts = [
  [slack, { text: title, blocks: [{ type: 'header', text: { type: 'plain_text', text: title } }] }],
  [teams, { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }],
  [discord, { embeds: [{ title, description: 'notes' }] }],
];
for (const [url, payload] of posts) {
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  if (!answer.ok) throw new Error(url.slice(0, 30) + ' ' + answer.status);
}
const body = JSON.stringify({ event: 'release.published', version: tag });
const signed = await fetch(webhook, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-signature-256': 'sha256=' + createHmac('sha256', secret).update(body).digest('hex') },
  body,
});
if (!signed.ok) throw new Error('webhook ' + signed.status);
// Kept-alive connections would hold the process open for seconds; that is not the work measured.
process.exit(0);
`;

function summarise(samples) {
  const seconds = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const peaks = samples.map((s) => s.peakMiB).filter((v) => v !== undefined);
  return {
    meanSeconds: Number((seconds.reduce((a, b) => a + b, 0) / seconds.length).toFixed(3)),
    medianSeconds: Number(seconds[Math.floor(seconds.length / 2)].toFixed(3)),
    peakMiB: peaks.length ? Number(Math.max(...peaks).toFixed(1)) : undefined,
    apiCalls: samples[0].apiCalls,
  };
}

const work = mkdtempSync(join(tmpdir(), 'announce-bench-'));
const { child, urls } = await startServers();
try {
  mkdirSync(join(work, 'dist'));
  const files = Array.from({ length: ASSETS }, (_, i) => {
    const path = join(work, 'dist', `app-${i}.tar.gz`);
    writeFileSync(path, randomBytes(ASSET_BYTES));
    return path;
  });
  const peerFile = join(work, 'peer.mjs');
  writeFileSync(peerFile, PEER);

  const announceEnv = (tag) => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKSPACE: work,
    GITHUB_API_URL: urls.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0'.repeat(40),
    RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0',
    INPUT_TOKEN: 'test-token',
    INPUT_VERSION: tag.slice(1),
    INPUT_NOTES: 'notes',
    INPUT_TARGET: 'main',
    INPUT_ASSETS: 'dist/*.tar.gz',
    INPUT_COMMENT: 'false',
    'INPUT_SLACK-WEBHOOK-URL': urls.slack.webhookUrl,
    'INPUT_TEAMS-WEBHOOK-URL': urls.teams.webhookUrl,
    'INPUT_DISCORD-WEBHOOK-URL': urls.discord.webhookUrl,
    'INPUT_WEBHOOK-URL': urls.webhook.webhookUrl,
    'INPUT_WEBHOOK-SECRET': urls.webhook.secret,
  });

  async function measured(run) {
    const before = (await stats(urls)).apiCalls;
    const result = run();
    if (result.status !== 0)
      throw new Error(`run failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    return {
      seconds: result.seconds,
      peakMiB: result.peakMiB,
      apiCalls: (await stats(urls)).apiCalls - before,
    };
  }

  const announce = [];
  const rerun = [];
  const peer = [];
  // One warm-up of each, then alternate so both see the same machine load.
  for (let i = 0; i <= RUNS; i += 1) {
    const tag = `v1.0.${i}`;
    const a = await measured(() =>
      runMeasured(process.execPath, [bundle], { cwd: work, env: announceEnv(tag) }),
    );
    const again = await measured(() =>
      runMeasured(process.execPath, [bundle], { cwd: work, env: announceEnv(tag) }),
    );
    const p = await measured(() =>
      runMeasured(process.execPath, [
        peerFile,
        urls.apiUrl,
        `v2.0.${i}`,
        urls.webhook.secret,
        urls.slack.webhookUrl,
        urls.teams.webhookUrl,
        urls.discord.webhookUrl,
        urls.webhook.webhookUrl,
        ...files,
      ]),
    );
    if (i === 0) continue;
    announce.push(a);
    rerun.push(again);
    peer.push(p);
  }
  const final = await stats(urls);
  if (final.violations.length > 0)
    throw new Error(`servers saw bad requests:\n${final.violations.join('\n')}`);

  const ours = summarise(announce);
  const theirs = summarise(peer);
  writeResult('announce', {
    scenario: `release with ${ASSETS} assets of ${ASSET_BYTES / 1024 / 1024} MiB, announced on ${CHANNELS.length} channels (${CHANNELS.join(', ')})`,
    runs: RUNS,
    peer: { name: 'plain sequential fetch calls in one node script (no checks, no retries)', ...theirs },
    announce: ours,
    rerunOfFinishedRelease: summarise(rerun),
    ratioToPeer: Number((ours.meanSeconds / theirs.meanSeconds).toFixed(2)),
    extraApiCalls: ours.apiCalls - theirs.apiCalls,
    note: 'the 2 extra calls: announce lists the releases before creating (to find a draft left by a crashed run and decide make-latest) and after (so parallel jobs end with one release); the re-run makes no writes',
  });
} finally {
  child.kill('SIGTERM');
  await new Promise((done) => child.once('exit', done));
  rmSync(work, { recursive: true, force: true });
}
