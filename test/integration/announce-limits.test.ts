/**
 * Long release notes in Japanese with emoji (three and four UTF-8 bytes a
 * character) through every channel, the bundle run as a process against
 * receivers that enforce each service's limit (Teams refuses messages over
 * about 28 KB with 413, Slack refuses long blocks, Discord long embeds, GitHub
 * a release body over 125,000 characters). Every message must arrive, within
 * the limit as bytes on the wire, cut with a link to the full notes.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../bench/emulator/index.js';
import {
  startDiscordReceiver,
  startSlackReceiver,
  startTeamsReceiver,
  startWebhookReceiver,
  TEAMS_MESSAGE_LIMIT,
  type Receiver,
} from '../bench/receivers/index.js';
import { runAction } from '../bench/runner.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
async function track<R extends Receiver>(starting: Promise<R>): Promise<R> {
  const receiver = await starting;
  cleanups.push(() => receiver.close());
  return receiver;
}

/** About `units` UTF-16 code units of Japanese notes with emoji, in Markdown lines. */
function japaneseNotes(units: number): string {
  const line = '- 検索機能を改善しました 🚀 パフォーマンスが向上し、エラー処理を修正 🎉✨\n';
  return `## 変更点\n\n${line.repeat(Math.ceil(units / line.length))}`;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('announce fits every channel to its limit, measured in bytes', () => {
  it('Japanese notes with emoji: 20,000 UTF-16 units reach Teams, Slack, Discord and a webhook, cut with a link', async () => {
    const teams = await track(startTeamsReceiver());
    const slack = await track(startSlackReceiver());
    const discord = await track(startDiscordReceiver());
    const hook = await track(startWebhookReceiver());
    const notes = japaneseNotes(20_000);
    expect(notes.length).toBeGreaterThanOrEqual(20_000);
    expect(bytes(notes)).toBeGreaterThan(TEAMS_MESSAGE_LIMIT);
    const releaseUrl = 'https://github.com/acme/app/releases/tag/v1.4.0';
    const run = await runAction('announce', {
      inputs: {
        version: '1.4.0',
        'github-release': 'false',
        comment: 'false',
        notes,
        url: releaseUrl,
        'teams-webhook-url': teams.webhookUrl,
        'slack-webhook-url': slack.webhookUrl,
        'discord-webhook-url': discord.webhookUrl,
        'webhook-url': hook.webhookUrl,
      },
      env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' },
    });
    expect(run.errors).toEqual([]);
    for (const receiver of [teams, slack, discord, hook]) {
      expect({
        name: receiver.name,
        rejected: receiver.requests.filter((r) => r.problems.length > 0),
      }).toEqual({
        name: receiver.name,
        rejected: [],
      });
    }
    const [teamsRequest] = teams.accepted();
    expect(teamsRequest!.raw.length).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT);
    expect(teamsRequest!.text).toContain(`[The full notes](${releaseUrl})`);
    expect(teamsRequest!.text).toContain('検索機能を改善しました 🚀');
    const [slackRequest] = slack.accepted();
    expect(slackRequest!.raw.length).toBeLessThanOrEqual(13_000);
    expect(slackRequest!.text).toContain(`<${releaseUrl}|The full notes>`);
    const [discordRequest] = discord.accepted();
    expect(discordRequest!.text).toContain(`[The full notes](${releaseUrl})`);
    // The webhook's room is large: these notes go whole.
    const [payload] = hook.payloads();
    expect(payload!['notes']).toBe(notes.trim());
  });

  it('a GitHub release body over 125,000 characters is cut to fit, linking to the notes file at the tag', async () => {
    const api = await startEmulator();
    cleanups.push(() => api.close());
    const sha = await api.seedCommit({ message: 'release', branch: 'main' });
    const workspace = await mkdtemp(join(tmpdir(), 'long-notes-'));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    const notes = japaneseNotes(130_000);
    await writeFile(join(workspace, 'RELEASE_NOTES.md'), notes);
    const run = await runAction('announce', {
      inputs: {
        version: '1.4.0',
        token: 'test-token',
        'notes-file': 'RELEASE_NOTES.md',
        comment: 'false',
      },
      apiUrl: api.url,
      workspace,
      sha,
      env: { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10' },
    });
    expect(run.errors).toEqual([]);
    const [release] = api.state.releases;
    expect(release!.draft).toBe(false);
    const body = release!.body ?? '';
    expect([...body].length).toBeLessThanOrEqual(125_000);
    expect(bytes(body)).toBeLessThanOrEqual(120_000);
    expect(body).toContain('[The full notes](https://github.com/acme/app/blob/v1.4.0/RELEASE_NOTES.md)');
    expect(body.startsWith('## 変更点')).toBe(true);
    // Nothing of the notes travels in a URL (a request's fields once leaked into list queries).
    expect(api.calls.filter((call) => JSON.stringify(call.query).includes('notes'))).toEqual([]);
  });
});
