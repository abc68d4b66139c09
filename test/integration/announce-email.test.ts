import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../bench/runner.js';
import { generateCertificate, startSmtpServer, type Certificate } from '../bench/receivers/index.js';

// The announce bundle sending mail to a real SMTP server (smtp-server) on 127.0.0.1,
// with STARTTLS on a certificate made for the test and a login.

let certificate: Certificate;
beforeAll(async () => {
  certificate = await generateCertificate();
});

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function smtp(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const server = await startSmtpServer({ certificate, ...options });
  servers.push(server);
  return server;
}

const login = { username: 'releases@example.com', password: 'smtp-pa55-Word!' };

describe('announce: email over SMTP', () => {
  it('sends over STARTTLS with a login, to every recipient, subject and body intact', async () => {
    const server = await smtp({ auth: login });
    const notes = '## Features\n\n- Faster "builds" 🚀\n- Ünïcödé & <tags>\n\nSee https://example.com/notes';
    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'production',
        template: 'Live now.\n\n{{notes}}',
        notes,
        'smtp-host': server.host,
        'smtp-port': server.port,
        'smtp-username': login.username,
        'smtp-password': login.password,
        'smtp-ca': server.cert,
        'email-from': 'Releases <releases@example.com>',
        'email-to': 'team@example.com, Support <support@example.com>\nops@example.org',
      },
      env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(server.messages).toHaveLength(1);
    const [mail] = server.messages;
    expect(mail!.secure).toBe(true);
    expect(mail!.user).toBe(login.username);
    expect(mail!.envelopeFrom).toBe('releases@example.com');
    expect(mail!.envelopeTo.sort()).toEqual(['ops@example.org', 'support@example.com', 'team@example.com']);
    expect(mail!.parsed.subject).toBe('📦 acme/app 1.4.0 deployed to production');
    expect(mail!.parsed.text).toContain(`Live now.\n\n${notes}\n`);
    expect(mail!.parsed.text).toContain('Environment: production');
    expect(mail!.parsed.html).toContain('Faster &quot;builds&quot; 🚀');
    expect(mail!.parsed.html).toContain('Ünïcödé &amp; &lt;tags&gt;');
    expect(mail!.parsed.html).toContain('<a href="https://example.com/notes">');

    const messages = JSON.parse(run.outputs['messages']!) as Record<string, { status: string; id: string }>;
    expect(messages['email']!.status).toBe('sent');
    expect(messages['email']!.id).toMatch(/^<.+@.+>$/);
    expect(run.summary).toContain('3 recipients');
    const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(stdout.join('\n')).not.toContain(login.password);
    expect(run.summary).not.toContain(login.password);
  });

  it('retries a temporary SMTP failure (451) and delivers once', async () => {
    const server = await smtp();
    server.failNext({ code: 451, message: 'Try again later' });
    const run = await runAction('announce', {
      inputs: {
        kind: 'failure',
        version: '1.4.0',
        reason: 'smoke test failed',
        'smtp-host': server.host,
        'smtp-port': server.port,
        'smtp-ca': server.cert,
        'email-from': 'ci@example.com',
        'email-to': 'oncall@example.com',
      },
      env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' },
    });
    expect(run.errors).toEqual([]);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]!.parsed.subject).toBe('❌ acme/app 1.4.0 release failed');
    expect(server.messages[0]!.parsed.text).toContain('**Reason:** smoke test failed');
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.includes('451'))).toBe(true);
  });

  it('refuses to send when the server does not offer STARTTLS, and says why', async () => {
    const server = await smtp({ noStartTls: true });
    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'staging',
        'smtp-host': server.host,
        'smtp-port': server.port,
        'smtp-password': 'never-sent-in-clear',
        'smtp-username': 'ci',
        'smtp-ca': server.cert,
        'email-from': 'ci@example.com',
        'email-to': 'team@example.com',
      },
      env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' },
    });
    expect(run.exitCode).toBe(1);
    expect(server.messages).toHaveLength(0);
    expect(run.errors[0]).toContain(
      'email: SMTP STARTTLS failed (the server must offer it; nothing is sent in clear) [ETLS]',
    );
  });

  it('does not trust a certificate it was not given', async () => {
    const server = await smtp();
    const run = await runAction('announce', {
      inputs: {
        kind: 'deploy',
        version: '1.4.0',
        environment: 'staging',
        'smtp-host': server.host,
        'smtp-port': server.port,
        'email-from': 'ci@example.com',
        'email-to': 'team@example.com',
      },
      env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' },
    });
    expect(run.exitCode).toBe(1);
    expect(server.messages).toHaveLength(0);
    expect(run.errors[0]).toMatch(/self[- ]signed certificate/i);
  });
});
