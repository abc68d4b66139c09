import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { startReceiver, type ReceivedRequest, type Receiver } from './http-receiver.js';

/**
 * A generic JSON webhook consumer (a status page) that verifies the
 * `X-Signature-256: sha256=<hex>` header over the raw body, as a careful
 * consumer does: constant-time comparison, raw bytes, not re-serialised JSON.
 */

export function verifySignature(raw: Buffer, header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WebhookReceiver extends Receiver {
  readonly webhookUrl: string;
  /** Valid, verified payloads, in order. */
  payloads(): Array<Record<string, unknown>>;
}

export interface WebhookReceiverOptions {
  /** When set, every request must carry a valid signature made with it. */
  secret?: string;
}

export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const path = `/hooks/${randomBytes(12).toString('hex')}`;
  const validate = (request: ReceivedRequest): string[] => {
    if (request.path !== path) return ['unknown hook'];
    if (request.method !== 'POST') return [`method ${request.method}`];
    if (!String(request.headers['content-type']).startsWith('application/json'))
      return ['content-type is not JSON'];
    if (typeof request.json !== 'object' || request.json === null) return ['the body is not a JSON object'];
    if (options.secret && !verifySignature(request.raw, request.headers['x-signature-256'], options.secret)) {
      return ['X-Signature-256 is missing or does not match the body'];
    }
    return [];
  };
  const receiver = await startReceiver({
    name: 'webhook',
    validate,
    respond: () => ({ status: 200, body: { received: true } }),
    reject: (request) => ({
      status: request.problems[0]?.startsWith('X-Signature') ? 401 : 400,
      body: 'rejected',
    }),
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}${path}`,
    payloads: () => receiver.accepted().map((request) => request.json as Record<string, unknown>),
  });
}
