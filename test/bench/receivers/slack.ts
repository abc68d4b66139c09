import { randomBytes } from 'node:crypto';
import { startReceiver, type ReceivedRequest, type Receiver } from './http-receiver.js';

/**
 * Slack, as far as a poster sees it: incoming webhooks under /services/…, and the
 * Web API's chat.postMessage and chat.update under /api/ with a bearer token.
 * Payloads are checked against Block Kit's rules and limits.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function textObject(value: unknown, where: string, max: number, types = ['plain_text', 'mrkdwn']): string[] {
  if (!isObject(value)) return [`${where} is not a text object`];
  const problems: string[] = [];
  if (!types.includes(String(value['type'])))
    problems.push(`${where}.type is ${String(value['type'])}, expected ${types.join(' or ')}`);
  const text = value['text'];
  if (typeof text !== 'string' || text.length === 0) problems.push(`${where}.text is empty or not a string`);
  else if (text.length > max)
    problems.push(`${where}.text has ${text.length} characters, the limit is ${max}`);
  return problems;
}

/** Block Kit rules for the blocks a message may carry (https://api.slack.com/reference/block-kit/blocks). */
export function validateSlackMessage(payload: unknown): string[] {
  if (!isObject(payload)) return ['the body is not a JSON object'];
  const problems: string[] = [];
  const { text, blocks } = payload;
  if (text !== undefined && typeof text !== 'string') problems.push('text is not a string');
  if (typeof text === 'string' && text.length > 40_000)
    problems.push(`text has ${text.length} characters (limit 40000)`);
  if (blocks === undefined) {
    if (!text) problems.push('neither text nor blocks');
    return problems;
  }
  if (!Array.isArray(blocks)) return [...problems, 'blocks is not an array'];
  if (!text) problems.push('text (the notification fallback) is missing');
  if (blocks.length === 0 || blocks.length > 50) problems.push(`${blocks.length} blocks (1 to 50 allowed)`);
  // Slack answers msg_blocks_too_long from about 13,000 characters of blocks, below any single block's limit.
  const blockText = JSON.stringify(blocks).length;
  if (blockText > 13_000) problems.push(`msg_blocks_too_long: ${blockText} characters of blocks`);
  blocks.forEach((block: unknown, index) => {
    const where = `blocks[${index}]`;
    if (!isObject(block)) {
      problems.push(`${where} is not an object`);
      return;
    }
    switch (block['type']) {
      case 'header':
        problems.push(...textObject(block['text'], `${where}.text`, 150, ['plain_text']));
        break;
      case 'section': {
        const fields = block['fields'];
        if (block['text'] === undefined && fields === undefined)
          problems.push(`${where} has neither text nor fields`);
        if (block['text'] !== undefined) problems.push(...textObject(block['text'], `${where}.text`, 3000));
        if (fields !== undefined) {
          if (!Array.isArray(fields) || fields.length === 0 || fields.length > 10) {
            problems.push(`${where}.fields must be 1 to 10 text objects`);
          } else {
            fields.forEach((field, n) => problems.push(...textObject(field, `${where}.fields[${n}]`, 2000)));
          }
        }
        break;
      }
      case 'context': {
        const elements = block['elements'];
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10) {
          problems.push(`${where}.elements must be 1 to 10 elements`);
        } else {
          elements.forEach((element, n) =>
            problems.push(...textObject(element, `${where}.elements[${n}]`, 3000)),
          );
        }
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}.type ${String(block['type'])} is not a block this receiver knows`);
    }
  });
  return problems;
}

export interface SlackReceiver extends Receiver {
  /** An incoming webhook URL; its path is the secret. */
  readonly webhookUrl: string;
  /** Base of the Web API, for `slack-api-url`. */
  readonly apiUrl: string;
  readonly token: string;
  /** Valid messages received, by way of webhook or API, in order. */
  messages(): Array<Record<string, unknown>>;
}

export interface SlackReceiverOptions {
  /** The bot token the Web API accepts. Default a random xoxb- token. */
  token?: string;
  /** The channel id the Web API answers with. Default C0RELEASES. */
  channelId?: string;
}

export async function startSlackReceiver(options: SlackReceiverOptions = {}): Promise<SlackReceiver> {
  const secret = randomBytes(12).toString('hex');
  const hookPath = `/services/T0ACME/B0HOOK/${secret}`;
  const token = options.token ?? `xoxb-0000-${randomBytes(10).toString('hex')}`;
  const channelId = options.channelId ?? 'C0RELEASES';
  let sequence = 0;

  const validate = (request: ReceivedRequest): string[] => {
    if (request.method !== 'POST') return [`method ${request.method}, expected POST`];
    if (!String(request.headers['content-type']).startsWith('application/json'))
      return ['content-type is not JSON'];
    const problems = validateSlackMessage(request.json);
    if (request.path === hookPath) return problems;
    if (request.path === '/api/chat.postMessage' || request.path === '/api/chat.update') {
      const body = (request.json ?? {}) as Record<string, unknown>;
      if (!body['channel']) problems.push('channel is missing');
      if (request.path === '/api/chat.update' && !body['ts']) problems.push('ts is missing for chat.update');
      return problems;
    }
    return [`no such endpoint ${request.path}`];
  };

  const receiver = await startReceiver({
    name: 'slack',
    validate,
    respond: (request) => {
      if (request.path === hookPath) return { status: 200, body: 'ok' };
      // The Web API answers 200 even for errors, with ok:false.
      if (request.headers['authorization'] !== `Bearer ${token}`) {
        return { status: 200, body: { ok: false, error: 'invalid_auth' } };
      }
      const body = request.json as Record<string, unknown>;
      const ts =
        request.path === '/api/chat.update'
          ? String(body['ts'])
          : `1712345678.${String(++sequence).padStart(6, '0')}`;
      return { status: 200, body: { ok: true, channel: channelId, ts, message: { text: body['text'] } } };
    },
    reject: (request) =>
      request.path === hookPath
        ? { status: 400, body: 'invalid_blocks' }
        : { status: 200, body: { ok: false, error: 'invalid_blocks', problems: request.problems } },
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}${hookPath}`,
    apiUrl: `${receiver.url}/api`,
    token,
    messages: () => receiver.accepted().map((request) => request.json as Record<string, unknown>),
  });
}
