/**
 * The GitHub API emulator and every local receiver in one process, for benchmarks,
 * demos and manual runs, where the caller blocks on child processes and cannot
 * host servers itself:
 *
 *   node --import tsx test/bench/receivers/standalone.ts [--git <bare repo>] [--smtp]
 *
 * The first line on stdout is JSON with every URL (and the Slack token and webhook
 * secret). `GET <control>/stats` answers the API calls and requests received so far.
 * SIGTERM or SIGINT stops everything; the exit code is 1 if any server saw a request
 * that broke its rules (listed on stderr).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../emulator/index.js';
import { startDiscordReceiver } from './discord.js';
import { startSlackReceiver } from './slack.js';
import { startSmtpServer, type SmtpServerHandle } from './smtp.js';
import { startTeamsReceiver } from './teams.js';
import { startWebhookReceiver } from './webhook.js';

const args = process.argv.slice(2);
const gitIndex = args.indexOf('--git');
const gitDir = gitIndex >= 0 ? args[gitIndex + 1] : undefined;

const emulator = await startEmulator({ gitDir });
const webhookSecret = randomBytes(16).toString('hex');
const slack = await startSlackReceiver();
const teams = await startTeamsReceiver();
const discord = await startDiscordReceiver();
const webhook = await startWebhookReceiver({ secret: webhookSecret });
const smtp: SmtpServerHandle | undefined = args.includes('--smtp') ? await startSmtpServer() : undefined;
const receivers = { slack, teams, discord, webhook };

function stats() {
  const byOperation: Record<string, number> = {};
  for (const call of emulator.calls) {
    const key = call.operationId ?? `${call.method} ${call.path}`;
    byOperation[key] = (byOperation[key] ?? 0) + 1;
  }
  return {
    apiCalls: emulator.calls.length,
    apiCallsByOperation: byOperation,
    received: Object.fromEntries(Object.entries(receivers).map(([name, r]) => [name, r.requests.length])),
    mails: smtp?.messages.length ?? 0,
    violations: [
      ...emulator.violations.map((v) => `api: ${v.message}`),
      ...Object.values(receivers).flatMap((r) => r.violations),
    ],
  };
}

const control = createServer((request, response) => {
  response.writeHead(request.url === '/stats' ? 200 : 404, { 'content-type': 'application/json' });
  response.end(request.url === '/stats' ? JSON.stringify(stats()) : '{}');
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', () => resolve()));

process.stdout.write(
  JSON.stringify({
    apiUrl: emulator.url,
    control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    slack: { webhookUrl: slack.webhookUrl, apiUrl: slack.apiUrl, token: slack.token },
    teams: { webhookUrl: teams.webhookUrl },
    discord: { webhookUrl: discord.webhookUrl },
    webhook: { webhookUrl: webhook.webhookUrl, secret: webhookSecret },
    smtp: smtp ? { host: smtp.host, port: smtp.port, ca: smtp.cert } : undefined,
  }) + '\n',
);

async function stop(): Promise<void> {
  control.close();
  const results = await Promise.allSettled([
    emulator.close(),
    ...Object.values(receivers).map((receiver) => receiver.close()),
    smtp?.close(),
  ]);
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  for (const failure of failures) process.stderr.write(`${String(failure.reason)}\n`);
  process.exit(failures.length > 0 ? 1 : 0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
