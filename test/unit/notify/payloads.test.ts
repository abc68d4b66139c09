import { describe, expect, it } from '@jest/globals';
import {
  validateAdaptiveCard,
  validateDiscordMessage,
  validateSlackMessage,
  validateTeamsMessage,
} from '../../bench/receivers/index.js';
import {
  DISCORD_LIMITS,
  composeMessage,
  discordPayload,
  embedSize,
  emailContent,
  fitEmbed,
  isLegacyTeamsConnector,
  signature,
  slackPayload,
  teamsPayload,
  webhookPayload,
  withWait,
  type Announcement,
} from '../../../packages/notify/src/index.js';

// Payload builders checked against the same validators the local receivers use.

const base: Announcement = {
  kind: 'deploy',
  repository: 'acme/app',
  version: '1.4.0',
  tag: 'v1.4.0',
  environment: 'production',
  url: 'https://app.example.com',
  runUrl: 'https://github.com/acme/app/actions/runs/1',
};

const huge = Array.from({ length: 400 }, (_, i) => `- item ${i}: ${'détails 🧪 '.repeat(8)}`).join('\n');

describe('Slack', () => {
  it('builds valid Block Kit for ordinary and huge messages', () => {
    for (const text of ['short', huge]) {
      const payload = slackPayload(composeMessage({ ...base, notes: text }, { template: '{{notes}}' }));
      expect(validateSlackMessage(payload)).toEqual([]);
    }
  });

  it('targets a thread or an update only with the bot API fields', () => {
    const message = composeMessage(base);
    expect(slackPayload(message, { channel: 'C1', threadTs: '1.2' })).toMatchObject({
      channel: 'C1',
      thread_ts: '1.2',
    });
    const update = slackPayload(message, { channel: 'C1', updateTs: '1.2', threadTs: '9.9' });
    expect(update).toMatchObject({ ts: '1.2' });
    expect(update).not.toHaveProperty('thread_ts');
  });
});

describe('Teams', () => {
  it('wraps an Adaptive Card 1.4 in the attachments envelope', () => {
    const payload = teamsPayload(composeMessage({ ...base, notes: huge }, { template: '{{notes}}' }));
    expect(validateTeamsMessage(payload)).toEqual([]);
    const card = (payload['attachments'] as Array<{ content: unknown }>)[0]!.content;
    expect(validateAdaptiveCard(card, '1.4')).toEqual([]);
  });

  it('recognises the retired Office 365 connector URLs', () => {
    expect(isLegacyTeamsConnector('https://acme.webhook.office.com/webhookb2/x')).toBe(true);
    expect(isLegacyTeamsConnector('https://prod-01.westus.logic.azure.com/workflows/x')).toBe(false);
  });
});

describe('Discord', () => {
  it('cuts every part to its limit and the whole to 6000 characters', () => {
    const fitted = fitEmbed({
      title: 'T'.repeat(300),
      description: 'D'.repeat(5000),
      color: 0x123456,
      fields: Array.from({ length: 30 }, (_, i) => ({
        name: `N${i}`.repeat(100),
        value: 'V'.repeat(2000),
        inline: true,
      })),
      footer: { text: 'F'.repeat(3000) },
    });
    expect(fitted.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(fitted.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    expect(fitted.fields.every((f) => f.name.length <= 256 && f.value.length <= 1024)).toBe(true);
    expect(embedSize(fitted)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
    expect(validateDiscordMessage({ embeds: [fitted] })).toEqual([]);
  });

  it('drops empty fields, which Discord refuses', () => {
    const fitted = fitEmbed({ title: 't', color: 0, fields: [{ name: 'a', value: ' ', inline: true }] });
    expect(fitted.fields).toEqual([]);
  });

  it('allows no mentions and asks for the message back', () => {
    const payload = discordPayload(composeMessage({ ...base, reason: '@everyone' }));
    expect(payload['allowed_mentions']).toEqual({ parse: [] });
    expect(validateDiscordMessage(payload)).toEqual([]);
    expect(withWait('https://discord.com/api/webhooks/1/abc?thread_id=5')).toBe(
      'https://discord.com/api/webhooks/1/abc?thread_id=5&wait=true',
    );
  });
});

describe('webhook and email', () => {
  it('signs the exact body with HMAC-SHA256', () => {
    // Known answer: HMAC-SHA256("It's a Secret to Everybody", "Hello, World!") from GitHub's webhook docs.
    expect(signature('Hello, World!', "It's a Secret to Everybody")).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });

  it('sends facts as fields, null when absent', () => {
    const payload = webhookPayload(composeMessage(base), new Date('2026-01-05T09:00:00Z'));
    expect(payload).toMatchObject({
      event: 'deployment.succeeded',
      environment: 'production',
      previous_version: null,
      url: 'https://app.example.com',
      sent_at: '2026-01-05T09:00:00.000Z',
    });
  });

  it('writes a one-line subject and escapes the HTML body', () => {
    const content = emailContent(
      composeMessage(base, { title: 'two\nlines', template: '<b>"x"</b> https://a.dev/?q=1' }),
    );
    expect(content.subject).toBe('two lines');
    expect(content.html).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt; <a href="https://a.dev/?q=1">');
    expect(content.text).toContain('<b>"x"</b> https://a.dev/?q=1');
  });
});
