import { createHmac, randomUUID } from 'node:crypto';
import { jsonRequest, postWithRetry, type PostOptions } from '../http.js';
import { BYTE_BUDGETS, cutNotice, fitText, jsonBytes } from '../fit.js';
import { fullNotesUrl, type Message } from '../message.js';
import type { Channel, Delivery } from './types.js';

/**
 * A generic JSON webhook (status pages, internal tools). With a secret, the raw
 * body is signed with HMAC-SHA256 and sent as `X-Signature-256: sha256=<hex>`,
 * the scheme GitHub's own webhooks use, so receivers can reuse their verifier.
 */

export const SIGNATURE_HEADER = 'x-signature-256';

export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * The JSON body, within BYTE_BUDGETS.webhook: over it, `notes` and `text` are cut
 * (each to half the room), `truncated` is true and `release_url`/`run_url` lead to the rest.
 */
export function webhookPayload(message: Message, now = new Date()): Record<string, unknown> {
  const whole = webhookBody(message, message.text, message.announcement.notes ?? null, now);
  if (jsonBytes(whole) <= BYTE_BUDGETS.webhook) return whole;
  const notice = cutNotice(fullNotesUrl(message), 'markdown');
  const empty = jsonBytes(webhookBody(message, '', '', now)) + 64;
  const half = Math.max(0, Math.floor((BYTE_BUDGETS.webhook - empty) / 2));
  const size = (text: string) => jsonBytes(text);
  const text = fitText(message.text, half, size, notice).text;
  const notes = message.announcement.notes
    ? fitText(message.announcement.notes, half, size, notice).text
    : null;
  return { ...webhookBody(message, text, notes, now), truncated: true };
}

function webhookBody(
  message: Message,
  text: string,
  notes: string | null,
  now: Date,
): Record<string, unknown> {
  const a = message.announcement;
  return {
    event: message.event,
    kind: message.kind,
    repository: a.repository,
    version: a.version,
    tag: a.tag,
    environment: a.environment ?? null,
    previous_version: a.previousVersion ?? null,
    reason: a.reason ?? null,
    url: message.url ?? null,
    release_url: a.releaseUrl ?? null,
    run_url: a.runUrl ?? null,
    title: message.title,
    text,
    notes,
    sent_at: now.toISOString(),
  };
}

export class JsonWebhook implements Channel {
  readonly name = 'webhook' as const;
  constructor(
    private readonly url: string,
    private readonly secret?: string,
  ) {}

  async send(message: Message, options: PostOptions): Promise<Delivery> {
    const delivery = randomUUID();
    const request = jsonRequest(this.url, webhookPayload(message), {
      'user-agent': 'release-actions-announce',
      'x-release-event': message.event,
      'x-release-delivery': delivery,
    });
    // The signature covers the exact bytes that are sent.
    if (this.secret) request.headers[SIGNATURE_HEADER] = signature(request.body, this.secret);
    const answer = await postWithRetry(request, options);
    return {
      status: 'sent',
      id: delivery,
      detail: this.secret ? 'signed' : 'unsigned',
      attempts: answer.attempts,
    };
  }
}
