import { describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebhookReceiver } from '../bench/receivers/index.js';
import { runAction } from '../bench/runner.js';

/**
 * A channel the team configured (a Slack channel name in .github/release-actions.yml) whose secret
 * did not arrive (no SLACK_TOKEN repository secret, or one under a name `secrets: inherit` cannot
 * pass) fails the step and says which secret is missing; it is never skipped in silence.
 */
describe('announce with a configured channel and no secret', () => {
  it('fails before sending anything, naming the missing input', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'announce-missing-secret-'));
    const hook = await startWebhookReceiver();
    try {
      await mkdir(join(workspace, '.github'));
      await writeFile(
        join(workspace, '.github/release-actions.yml'),
        'announce:\n  slack-channel: "#releases"\n',
      );
      const run = await runAction('announce', {
        workspace,
        inputs: {
          kind: 'deploy',
          version: '1.4.0',
          environment: 'production',
          // What ${{ secrets.SLACK_TOKEN }} gives when the repository has no such secret.
          'slack-token': '',
          'webhook-url': hook.webhookUrl,
        },
        env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' },
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors.join('\n')).toMatch(/slack-token.*a Slack bot token to post to #releases/);
      // Nothing half-announced: the other channel got nothing either.
      expect(hook.requests).toHaveLength(0);
    } finally {
      await hook.close();
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
