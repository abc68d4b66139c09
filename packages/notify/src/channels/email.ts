import { DEFAULT_RETRY, DeliveryError, type PostOptions } from '../http.js';
import { BYTE_BUDGETS, cutNotice, fitText, utf8Bytes } from '../fit.js';
import { fullNotesUrl, type Message } from '../message.js';
import { escapeHtml } from '../text.js';
import type { Channel, Delivery } from './types.js';

/**
 * Email over SMTP with nodemailer. `starttls` (port 587) refuses to send when
 * the server does not offer STARTTLS, so credentials and content never travel
 * in clear; `tls` is implicit TLS (port 465). Certificates are always verified;
 * a private relay's own CA can be trusted with `ca`.
 */

export const SMTP_SECURITY = ['starttls', 'tls'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];

export interface EmailOptions {
  host: string;
  port: number;
  security: SmtpSecurity;
  username?: string;
  password?: string;
  /** PEM certificate(s) to trust besides the system's. */
  ca?: string;
  from: string;
  to: string[];
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * The subject, a plain-text body and a simple HTML body with the same content,
 * both bodies together within BYTE_BUDGETS.email, the notes cut to fit with a link.
 */
export function emailContent(message: Message): EmailContent {
  const build = (text: string) => emailBodies({ ...message, text });
  const fitted = fitText(
    message.text.trim(),
    BYTE_BUDGETS.email,
    (text) => {
      const content = build(text);
      return utf8Bytes(content.text) + utf8Bytes(content.html);
    },
    cutNotice(fullNotesUrl(message), 'plain'),
  );
  return build(fitted.text);
}

function emailBodies(message: Message): EmailContent {
  const facts = message.facts.map((fact) => `${fact.name}: ${fact.value}`);
  const links = message.links.map((link) => `${link.title}: ${link.url}`);
  const text = [message.text.trim(), facts.join('\n'), links.join('\n')].filter(Boolean).join('\n\n') + '\n';
  const html = [
    `<h2>${escapeHtml(message.title)}</h2>`,
    `<div style="white-space:pre-wrap">${linkify(escapeHtml(message.text.trim()))}</div>`,
    `<table>${message.facts
      .map(
        (fact) => `<tr><th align="left">${escapeHtml(fact.name)}</th><td>${escapeHtml(fact.value)}</td></tr>`,
      )
      .join('')}</table>`,
    `<p>${message.links.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.title)}</a>`).join(' · ')}</p>`,
  ].join('\n');
  // A subject is one line: folding is the mailer's job, new lines are not allowed.
  return { subject: message.title.replace(/\s*\r?\n\s*/g, ' '), text, html };
}

interface MailError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** SMTP 4xx replies and dropped connections are temporary; 5xx, auth and TLS problems are not. */
function isTransient(error: MailError): boolean {
  // A certificate that does not verify will not verify on the next attempt either.
  if (/certificate|CERT_/i.test(error.message ?? '')) return false;
  if (error.responseCode !== undefined) return error.responseCode >= 400 && error.responseCode < 500;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(error.code ?? '');
}

const EXPLAINED: Record<string, string> = {
  ETLS: 'STARTTLS failed (the server must offer it; nothing is sent in clear)',
  EAUTH: 'login refused',
  ECONNECTION: 'could not connect',
  ETIMEDOUT: 'timed out',
  EENVELOPE: 'sender or recipients refused',
  EMESSAGE: 'message refused',
};

function describe(error: MailError): string {
  const reply = error.response ?? error.message;
  const what = error.code
    ? EXPLAINED[error.code]
      ? `${EXPLAINED[error.code]} [${error.code}]`
      : error.code
    : 'error';
  return `SMTP ${what}${reply ? `: ${reply}` : ''}`;
}

export class EmailChannel implements Channel {
  readonly name = 'email' as const;
  constructor(private readonly options: EmailOptions) {}

  async send(message: Message, postOptions: PostOptions): Promise<Delivery> {
    const { createTransport } = (await import('nodemailer')).default;
    const o = this.options;
    const transport = createTransport({
      host: o.host,
      port: o.port,
      secure: o.security === 'tls',
      requireTLS: o.security === 'starttls',
      auth: o.username ? { user: o.username, pass: o.password ?? '' } : undefined,
      tls: { minVersion: 'TLSv1.2', ...(o.ca ? { ca: o.ca } : {}) },
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    const content = emailContent(message);
    const policy = { ...DEFAULT_RETRY, ...postOptions.policy };
    const sleep = postOptions.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const info = await transport.sendMail({ from: o.from, to: o.to, ...content });
          const rejected = (info.rejected ?? []).map(String);
          if (rejected.length > 0) {
            throw new DeliveryError(
              `SMTP server refused ${rejected.join(', ')}`,
              undefined,
              undefined,
              attempt,
            );
          }
          return {
            status: 'sent',
            id: info.messageId,
            detail: `${o.to.length} recipient${o.to.length === 1 ? '' : 's'}`,
            attempts: attempt,
          };
        } catch (thrown) {
          if (thrown instanceof DeliveryError) throw thrown;
          const error = thrown as MailError;
          if (!isTransient(error) || attempt > policy.retries) {
            throw new DeliveryError(describe(error), error.responseCode, error.response, attempt);
          }
          const wait = Math.min(policy.maxWaitMs, policy.baseMs * 2 ** (attempt - 1));
          postOptions.onRetry?.(attempt, wait, describe(error));
          await sleep(wait);
        }
      }
    } finally {
      transport.close();
    }
  }
}
