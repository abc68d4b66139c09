import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { startSlackReceiver, startWebhookReceiver, type Receiver } from '../bench/receivers/index.js';
import { runAction } from '../bench/runner.js';

// Bad input is refused before anything is sent or created: no API call, no request to any channel.

let emulator: Emulator | undefined;
const receivers: Receiver[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function setup() {
  emulator = await startEmulator();
  const slack = await startSlackReceiver();
  const hook = await startWebhookReceiver();
  receivers.push(slack, hook);
  const workspace = await mkdtemp(join(tmpdir(), 'announce-inputs-'));
  dirs.push(workspace);
  return { api: emulator, slack, hook, workspace };
}

describe('announce: bad input', () => {
  it('reports a malformed webhook URL, an unknown channel and an unknown template variable together', async () => {
    const { api, slack, hook, workspace } = await setup();
    const run = await runAction('announce', {
      inputs: {
        version: '1.4.0',
        token: 'test-token',
        channels: 'slack, webhook, pager',
        template: 'Released {{version}} to {{enviroment}}',
        'slack-webhook-url': slack.webhookUrl,
        'webhook-url': 'hooks.example.com/not-a-url-secret-part',
      },
      apiUrl: api.url,
      workspace,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const [error] = run.errors;
    expect(error).toContain(
      'Input "channels": got "slack, webhook, pager", expected channel names from: slack, teams, discord, email, webhook (unknown: pager)',
    );
    expect(error).toContain(
      'Input "template": got "Released {{version}} to {{enviroment}}", expected a template using only',
    );
    expect(error).toContain('(unknown: {{enviroment}})');
    // The value of a secret input is never echoed, even when it is malformed.
    expect(error).toContain('Input "webhook-url": got "***", expected an https URL of a JSON webhook');
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('not-a-url-secret-part');
    expect(api.calls).toHaveLength(0);
    expect(slack.requests).toHaveLength(0);
    expect(hook.requests).toHaveLength(0);
    expect(run.outputs).toEqual({});
  });

  it('refuses assets that do not exist and a missing notes file before creating anything', async () => {
    const { api, slack, workspace } = await setup();
    await mkdir(join(workspace, 'dist'));
    await writeFile(join(workspace, 'dist/app.tar.gz'), 'x');
    const run = await runAction('announce', {
      inputs: {
        version: '1.4.0',
        token: 'test-token',
        assets: 'dist/*.tar.gz\ndist/*.zip\nbuild/SHA256SUMS',
        'notes-file': 'CHANGES.md',
        'slack-webhook-url': slack.webhookUrl,
      },
      apiUrl: api.url,
      workspace,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain(
      'Input "notes-file": got "CHANGES.md", expected a readable file of release notes',
    );
    expect(run.errors[0]).toContain(
      'expected patterns that match files (nothing matches: dist/*.zip, build/SHA256SUMS)',
    );
    expect(api.calls).toHaveLength(0);
    expect(slack.requests).toHaveLength(0);
  });

  it('names what a selected channel is missing, and what a kind needs', async () => {
    const { api, workspace } = await setup();
    const run = await runAction('announce', {
      inputs: {
        kind: 'rollback',
        version: 'one point four',
        channels: 'email,slack',
        'slack-token': 'xoxb-secret-token-value',
        'email-to': 'team@example.com, not an address',
      },
      apiUrl: api.url,
      workspace,
    });
    expect(run.exitCode).toBe(1);
    const [error] = run.errors;
    expect(error).toContain('Input "version": got "one point four", expected a semantic version');
    expect(error).toContain('not valid: not an address');
    const second = await runAction('announce', {
      inputs: {
        kind: 'rollback',
        version: '1.4.0',
        channels: 'email,slack',
        'slack-token': 'xoxb-secret-token-value',
      },
      apiUrl: api.url,
      workspace,
    });
    expect(second.errors[0]).toContain(
      'Input "environment": got "", expected the environment name (required for kind "rollback")',
    );
    expect(second.errors[0]).toContain('Input "slack-channel": got "", expected a Slack channel id or name');
    expect(second.errors[0]).toContain('Input "smtp-host": got ""');
    expect(second.errors[0]).toContain('Input "email-to": got ""');
    expect(second.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('xoxb-secret-token-value');
    expect(api.calls).toHaveLength(0);
  });

  it('takes channel settings from .github/release-actions.yml and points at a bad value there', async () => {
    const { api, hook, workspace } = await setup();
    await mkdir(join(workspace, '.github'));
    await writeFile(
      join(workspace, '.github/release-actions.yml'),
      ['announce:', '  channels: [webhook]', '  title: "{{kind}}: {{version}} on {{environment}}"', ''].join(
        '\n',
      ),
    );
    const run = await runAction('announce', {
      inputs: { kind: 'deploy', version: '1.4.0', environment: 'qa', 'webhook-url': hook.webhookUrl },
      workspace,
    });
    expect(run.errors).toEqual([]);
    expect(hook.payloads()[0]).toMatchObject({ title: 'deploy: 1.4.0 on qa' });

    await writeFile(
      join(workspace, '.github/release-actions.yml'),
      'announce:\n  channels: [webhook, fax]\n',
    );
    const bad = await runAction('announce', {
      inputs: { kind: 'deploy', version: '1.4.0', environment: 'qa', 'webhook-url': hook.webhookUrl },
      workspace,
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.errors[0]).toContain('release-actions.yml');
    expect(hook.requests).toHaveLength(1);
    expect(api.calls).toHaveLength(0);
  });
});
