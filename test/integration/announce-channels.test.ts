import { afterEach, describe, expect, it } from '@jest/globals';
import { runAction, type RunResult } from '../bench/runner.js';
import {
  startDiscordReceiver,
  startSlackReceiver,
  startTeamsReceiver,
  startWebhookReceiver,
  verifySignature,
  type Receiver,
} from '../bench/receivers/index.js';

// The announce bundle against real HTTP receivers on 127.0.0.1 that check every payload's shape.

const open: Receiver[] = [];
afterEach(async () => {
  // close() rejects when a receiver saw a payload that breaks the service's rules.
  await Promise.all(open.splice(0).map((receiver) => receiver.close()));
});

async function track<R extends Receiver>(receiver: Promise<R>): Promise<R> {
  const started = await receiver;
  open.push(started);
  return started;
}

const FAST = { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' };

// Everything that breaks hand-written payloads: new lines, quotes, backslashes, emoji, Markdown, mentions.
const AWKWARD = [
  'Line one with "double" and \'single\' quotes, a back\\slash and a tab\there.',
  '',
  '## Highlights 🚀',
  '- **Faster** start-up & <less> memory',
  '- [Docs](https://example.com/docs?a=1&b=2) — 日本語 ✅',
  '@everyone <!channel> `code` ${{ secrets.X }}',
].join('\n');

function expectNoLeak(run: RunResult, secrets: string[]): void {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of secrets) {
    for (const place of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(place.includes(secret)).toBe(false);
    }
  }
}

describe('announce: chat channels and webhooks', () => {
  it('sends one deploy notice to Slack, Teams, Discord and a signed webhook, text intact', async () => {
    const slack = await track(startSlackReceiver());
    const teams = await track(startTeamsReceiver());
    const discord = await track(startDiscordReceiver());
    const secret = 'hmac-secret-Z8q1';
    const hook = await track(startWebhookReceiver({ secret }));

    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'production',
        url: 'https://app.example.com',
        template: 'Deployed {{version}} to {{environment}}.\n\n{{reason}}',
        reason: AWKWARD,
        'slack-webhook-url': slack.webhookUrl,
        'teams-webhook-url': teams.webhookUrl,
        'discord-webhook-url': discord.webhookUrl,
        'webhook-url': hook.webhookUrl,
        'webhook-secret': secret,
      },
      env: FAST,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);

    const expectedText = `Deployed 1.4.0 to production.\n\n${AWKWARD}`;
    // Slack: Block Kit with the text escaped for mrkdwn, so <!channel> pings nobody.
    const [slackMessage] = slack.messages();
    const blocks = slackMessage!['blocks'] as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '📦 acme/app 1.4.0 deployed to production', emoji: true },
    });
    const slackText = blocks[1]!.text!.text;
    expect(slackText).toContain(
      'Line one with "double" and \'single\' quotes, a back\\slash and a tab\there.',
    );
    expect(slackText).toContain('*Highlights 🚀*');
    expect(slackText).toContain('• *Faster* start-up &amp; &lt;less&gt; memory');
    expect(slackText).toContain('<https://example.com/docs?a=1&b=2|Docs> — 日本語 ✅');
    expect(slackText).toContain('&lt;!channel&gt;');

    // Teams: an Adaptive Card in the attachments envelope, the text as written.
    const [card] = teams.cards();
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const body = card!['body'] as Array<{ type: string; text?: string; facts?: unknown[] }>;
    expect(body[1]!.text).toBe(expectedText.replace('## Highlights 🚀', '**Highlights 🚀**'));
    expect(body[2]).toMatchObject({
      type: 'FactSet',
      facts: expect.arrayContaining([{ title: 'Environment', value: 'production' }]),
    });

    // Discord: one embed, no mentions allowed, the text exactly as written.
    const [discordMessage] = discord.messages();
    expect(discordMessage).toMatchObject({ allowed_mentions: { parse: [] } });
    const embed = (discordMessage!['embeds'] as Array<Record<string, unknown>>)[0]!;
    expect(embed['description']).toBe(expectedText);
    expect(embed['url']).toBe('https://app.example.com');

    // Webhook: the receiver verified the HMAC of the raw body; fields are data, not text.
    const [payload] = hook.payloads();
    expect(payload).toMatchObject({
      event: 'deployment.succeeded',
      version: '1.4.0',
      environment: 'production',
      reason: AWKWARD,
      text: expectedText,
    });
    const request = hook.requests[0]!;
    expect(verifySignature(request.raw, request.headers['x-signature-256'], secret)).toBe(true);

    const messages = JSON.parse(run.outputs['messages']!) as Record<string, { status: string; id?: string }>;
    expect(Object.keys(messages).sort()).toEqual(['discord', 'slack', 'teams', 'webhook']);
    expect(Object.values(messages).every((m) => m.status === 'sent')).toBe(true);
    expect(messages['discord']!.id).toMatch(/^\d+$/);
    expect(run.summary).toContain('| slack | ✅ sent');
    expectNoLeak(run, [slack.webhookUrl, teams.webhookUrl, discord.webhookUrl, hook.webhookUrl, secret]);
  });

  it('retries 429 and 5xx answers, honouring Retry-After in seconds and as an HTTP date', async () => {
    const slack = await track(startSlackReceiver());
    const discord = await track(startDiscordReceiver());
    const teams = await track(startTeamsReceiver());
    const hook = await track(startWebhookReceiver());
    slack.enqueue({ status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' });
    discord.enqueue({ status: 500, body: 'oops' }, { status: 502, body: 'bad gateway' });
    teams.enqueue({ status: 503 });
    hook.enqueue({ status: 429, headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() } });

    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'staging',
        'slack-webhook-url': slack.webhookUrl,
        'discord-webhook-url': discord.webhookUrl,
        'teams-webhook-url': teams.webhookUrl,
        'webhook-url': hook.webhookUrl,
      },
      env: FAST,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(slack.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(discord.requests.map((r) => r.status)).toEqual([500, 502, 200]);
    expect(teams.requests.map((r) => r.status)).toEqual([503, 202]);
    expect(hook.requests.map((r) => r.status)).toEqual([429, 200]);
    // Retry-After: 1 is waited for as asked, not the 10 ms back-off base.
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toContain('slack: HTTP 429: rate_limited; attempt 2 in 1s');
    expect(warnings).toContain('discord: HTTP 500: oops; attempt 2 in 10ms');
    expect(run.summary).toMatch(/\| discord \| ✅ sent \(3 attempts\)/);
  });

  it('a failed channel shows status and body, never its URL, and the others are still sent', async () => {
    const slack = await track(startSlackReceiver());
    const hook = await track(startWebhookReceiver());
    // An error page that repeats the request line, as many frameworks' 404 pages do.
    hook.enqueue({ status: 404, echoRequest: true });

    const run = await runAction('announce', {
      inputs: {
        kind: 'failure',
        version: '1.4.0',
        reason: 'smoke test failed',
        'slack-webhook-url': slack.webhookUrl,
        'webhook-url': hook.webhookUrl,
      },
      env: FAST,
    });
    expect(run.exitCode).toBe(1);
    expect(slack.messages()).toHaveLength(1);
    expect(run.errors).toHaveLength(1);
    const [error] = run.errors;
    expect(error).toContain(
      'webhook: HTTP 404: <!DOCTYPE html><html><body><pre>Cannot POST ***</pre></body></html>',
    );
    const path = new URL(hook.webhookUrl).pathname;
    expectNoLeak(run, [hook.webhookUrl, path, slack.webhookUrl, new URL(slack.webhookUrl).pathname]);
    const messages = JSON.parse(run.outputs['messages']!) as Record<
      string,
      { status: string; error?: string }
    >;
    expect(messages['slack']).toEqual({ status: 'sent' });
    expect(messages['webhook']!.status).toBe('failed');
    expect(run.summary).toContain('| webhook | ❌ failed');
  });

  it('with webhook-fail-on-error false, a failing webhook is a warning and the step succeeds', async () => {
    const hook = await track(startWebhookReceiver());
    const discord = await track(startDiscordReceiver());
    hook.enqueue({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const run = await runAction('announce', {
      inputs: {
        kind: 'rollback',
        version: '1.4.0',
        'previous-version': '1.3.2',
        environment: 'production',
        reason: 'p99 latency doubled',
        'webhook-url': hook.webhookUrl,
        'webhook-fail-on-error': 'false',
        'discord-webhook-url': discord.webhookUrl,
      },
      env: FAST,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(hook.requests).toHaveLength(4);
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.startsWith('webhook failed'))).toBe(
      true,
    );
    const embed = (discord.messages()[0]!['embeds'] as Array<Record<string, unknown>>)[0]!;
    expect(embed['title']).toBe('↩️ acme/app production rolled back from 1.4.0 to 1.3.2');
    expect(embed['description']).toContain('**Reason:** p99 latency doubled');
  });

  it('cuts a huge message to fit Discord and Slack limits cleanly', async () => {
    const discord = await track(startDiscordReceiver());
    const slack = await track(startSlackReceiver());
    const paragraph = 'Fixed a thing in the parser so that it handles 🧪 emoji and long lines. '.repeat(12);
    const notes = Array.from({ length: 80 }, (_, i) => `- ${i}: ${paragraph}`).join('\n');
    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'production',
        title: `${'Very long title '.repeat(30)}{{version}}`,
        template: '{{notes}}',
        notes,
        'github-release': 'false',
        'discord-webhook-url': discord.webhookUrl,
        'slack-webhook-url': slack.webhookUrl,
      },
      env: FAST,
    });
    expect(run.errors).toEqual([]);
    const embed = (discord.messages()[0]!['embeds'] as Array<Record<string, string>>)[0]!;
    expect(embed['title']!.length).toBeLessThanOrEqual(256);
    expect(embed['title']!.endsWith('…')).toBe(true);
    expect(embed['description']!.length).toBeLessThanOrEqual(4096);
    // Cut at a word with an ellipsis, then a link to the whole (here the workflow run).
    expect(embed['description']).toMatch(
      /…\n\n\[The full notes\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/4242\) are longer than a message allows\.$/,
    );
    // No emoji cut in half: the text is still valid UTF-16.
    expect(embed['description']).toBe(Buffer.from(embed['description']!, 'utf8').toString('utf8'));
    const blocks = slack.messages()[0]!['blocks'] as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('posts with a Slack bot token, then updates the message and replies in its thread', async () => {
    const slack = await track(startSlackReceiver());
    const common = {
      kind: 'deploy',
      version: '1.4.0',
      environment: 'production',
      'slack-token': slack.token,
      'slack-channel': '#releases',
      'slack-api-url': slack.apiUrl,
    };
    const first = await runAction('announce', { inputs: common, env: FAST });
    expect(first.errors).toEqual([]);
    const ts = first.outputs['slack-ts']!;
    expect(ts).toMatch(/^\d+\.\d+$/);
    const messages = JSON.parse(first.outputs['messages']!) as Record<string, Record<string, string>>;
    expect(messages['slack']).toEqual({ status: 'sent', id: ts, channel: 'C0RELEASES' });

    const update = await runAction('announce', {
      inputs: {
        ...common,
        'slack-channel': 'C0RELEASES',
        'slack-update-ts': ts,
        template: 'Done: {{version}} ✅',
      },
      env: FAST,
    });
    expect(update.errors).toEqual([]);
    expect(JSON.parse(update.outputs['messages']!)['slack']).toMatchObject({ status: 'updated', id: ts });

    const reply = await runAction('announce', {
      inputs: { ...common, kind: 'rollback', reason: 'errors', 'slack-thread-ts': ts },
      env: FAST,
    });
    expect(reply.errors).toEqual([]);

    expect(slack.requests.map((r) => r.path)).toEqual([
      '/api/chat.postMessage',
      '/api/chat.update',
      '/api/chat.postMessage',
    ]);
    expect(slack.requests[0]!.headers['authorization']).toBe(`Bearer ${slack.token}`);
    expect(slack.messages()[1]).toMatchObject({ channel: 'C0RELEASES', ts });
    expect(slack.messages()[2]).toMatchObject({ channel: '#releases', thread_ts: ts });
    for (const run of [first, update, reply]) expectNoLeak(run, [slack.token]);
  });

  it('reports a Slack Web API error (ok: false) as a failure without the token', async () => {
    const slack = await track(startSlackReceiver());
    const token = 'xoxb-wrong-token-1234567890';
    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'qa',
        'slack-token': token,
        'slack-channel': 'C1',
        'slack-api-url': slack.apiUrl,
      },
      env: FAST,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('slack: Slack chat.postMessage failed: invalid_auth');
    expectNoLeak(run, [token]);
  });
});
