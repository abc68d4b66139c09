import { describe, expect, it } from '@jest/globals';
import {
  BYTE_BUDGETS,
  composeMessage,
  discordPayload,
  embedSize,
  emailContent,
  fitText,
  jsonBytes,
  slackPayload,
  teamsPayload,
  utf8Bytes,
  webhookPayload,
  type DiscordEmbed,
} from '../../../packages/notify/src/index.js';

const base = {
  kind: 'release' as const,
  repository: 'acme/app',
  version: '1.4.0',
  tag: 'v1.4.0',
  releaseUrl: 'https://github.com/acme/app/releases/tag/v1.4.0',
};

function japanese(units: number): string {
  const line = '- 検索機能を改善しました 🚀 パフォーマンスが向上 🎉\n';
  return line.repeat(Math.ceil(units / line.length));
}

const message = (notes: string) => composeMessage({ ...base, notes });

describe('fitText', () => {
  it('keeps text that fits, and cuts what does not at a line, never inside an emoji, adding the notice', () => {
    expect(fitText('short', 100, utf8Bytes)).toEqual({ text: 'short', cut: false });
    const text = japanese(5_000);
    const fitted = fitText(text, 2_000, utf8Bytes, '\n\n[more](https://x)');
    expect(fitted.cut).toBe(true);
    expect(utf8Bytes(fitted.text)).toBeLessThanOrEqual(2_000);
    expect(utf8Bytes(fitted.text)).toBeGreaterThan(1_800);
    expect(fitted.text.endsWith('…\n\n[more](https://x)')).toBe(true);
    expect(fitted.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('every channel measures its payload in UTF-8 bytes', () => {
  it.each([10_000, 20_000, 60_000])(
    'Teams: %d UTF-16 units of Japanese with emoji fit in the 28 KB budget',
    (units) => {
      const payload = teamsPayload(message(japanese(units)));
      expect(jsonBytes(payload)).toBeLessThanOrEqual(BYTE_BUDGETS.teams);
      expect(JSON.stringify(payload)).toContain(`[The full notes](${base.releaseUrl})`);
    },
  );

  it('Teams: 20,000 UTF-16 units used to be sent whole, over 28 KB; now the card is cut', () => {
    const notes = japanese(20_000).slice(0, 20_000);
    expect(utf8Bytes(notes)).toBeGreaterThan(28_000);
    expect(jsonBytes(teamsPayload(message(notes)))).toBeLessThanOrEqual(25_000);
  });

  it('Slack: the whole payload within its budget, linking to the full notes', () => {
    const payload = slackPayload(message(japanese(20_000)));
    expect(jsonBytes(payload)).toBeLessThanOrEqual(BYTE_BUDGETS.slack);
    expect(JSON.stringify(payload)).toContain(`<${base.releaseUrl}|The full notes>`);
  });

  it('Discord: the embed within 6,000 characters and the description within 4,096, with the link', () => {
    const payload = discordPayload(message(japanese(20_000))) as { embeds: DiscordEmbed[] };
    const [embed] = payload.embeds;
    expect(embedSize(embed!)).toBeLessThanOrEqual(6_000);
    expect(embed!.description!.length).toBeLessThanOrEqual(4_096);
    expect(embed!.description).toContain(`[The full notes](${base.releaseUrl})`);
  });

  it('E-mail: text and HTML bodies together within the budget, with the link', () => {
    const content = emailContent(message(japanese(600_000)));
    expect(utf8Bytes(content.text) + utf8Bytes(content.html)).toBeLessThanOrEqual(BYTE_BUDGETS.email);
    expect(content.text).toContain(`The full notes are longer than a message allows: ${base.releaseUrl}`);
  });

  it('Webhook: the body within the budget, marked truncated, with the release link', () => {
    const payload = webhookPayload(message(japanese(400_000)));
    expect(jsonBytes(payload)).toBeLessThanOrEqual(BYTE_BUDGETS.webhook);
    expect(payload['truncated']).toBe(true);
    expect(payload['release_url']).toBe(base.releaseUrl);
    expect(String(payload['notes'])).toContain('[The full notes]');
  });

  it('short notes go whole everywhere', () => {
    const notes = '## 変更点\n\n- 検索 🚀';
    const m = message(notes);
    expect(JSON.stringify(teamsPayload(m))).not.toContain('full notes');
    expect(JSON.stringify(slackPayload(m))).not.toContain('full notes');
    expect(webhookPayload(m)['notes']).toBe(notes);
    expect(webhookPayload(m)['truncated']).toBeUndefined();
  });
});
