import { randomBytes } from 'node:crypto';
import { startReceiver, type ReceivedRequest, type Receiver } from './http-receiver.js';

/**
 * A Discord channel webhook: checks every embed limit Discord enforces and,
 * like Discord, refuses the whole message when one is exceeded. With
 * `?wait=true` it answers with the message (and its id), else 204.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  name: 256,
  value: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
};

function length(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export function validateDiscordMessage(payload: unknown): string[] {
  if (!isObject(payload)) return ['the body is not a JSON object'];
  const problems: string[] = [];
  if (length(payload['content']) > 2000) problems.push('content is over 2000 characters');
  const embeds = payload['embeds'];
  if (embeds === undefined && !payload['content']) problems.push('neither content nor embeds');
  if (embeds !== undefined && (!Array.isArray(embeds) || embeds.length > 10))
    problems.push('embeds must be at most 10');
  let total = 0;
  for (const [index, embed] of (Array.isArray(embeds) ? embeds : []).entries()) {
    const where = `embeds[${index}]`;
    if (!isObject(embed)) {
      problems.push(`${where} is not an object`);
      continue;
    }
    const check = (value: unknown, max: number, name: string) => {
      if (value !== undefined && typeof value !== 'string') problems.push(`${where}.${name} is not a string`);
      if (length(value) > max)
        problems.push(`${where}.${name} has ${length(value)} characters (limit ${max})`);
      total += length(value);
    };
    check(embed['title'], LIMITS.title, 'title');
    check(embed['description'], LIMITS.description, 'description');
    if (isObject(embed['footer'])) check(embed['footer']['text'], LIMITS.footer, 'footer.text');
    if (isObject(embed['author'])) check(embed['author']['name'], LIMITS.author, 'author.name');
    const fields = embed['fields'];
    if (fields !== undefined) {
      if (!Array.isArray(fields) || fields.length > LIMITS.fields)
        problems.push(`${where}.fields must be at most 25`);
      for (const [n, field] of (Array.isArray(fields) ? fields : []).entries()) {
        if (!isObject(field) || !length(field['name']) || !length(field['value'])) {
          problems.push(`${where}.fields[${n}] needs a non-empty name and value`);
          continue;
        }
        check(field['name'], LIMITS.name, `fields[${n}].name`);
        check(field['value'], LIMITS.value, `fields[${n}].value`);
      }
    }
    const color = embed['color'];
    if (
      color !== undefined &&
      (!Number.isInteger(color) || (color as number) < 0 || (color as number) > 0xffffff)
    ) {
      problems.push(`${where}.color is not an integer colour`);
    }
    if (embed['url'] !== undefined) {
      try {
        new URL(String(embed['url']));
      } catch {
        problems.push(`${where}.url is not a URL`);
      }
    }
  }
  if (total > LIMITS.total)
    problems.push(`the embeds have ${total} characters in all (limit ${LIMITS.total})`);
  return problems;
}

export interface DiscordReceiver extends Receiver {
  readonly webhookUrl: string;
  /** Valid messages received, in order. */
  messages(): Array<Record<string, unknown>>;
}

export async function startDiscordReceiver(): Promise<DiscordReceiver> {
  const id = String(1_000_000_000_000_000n + BigInt(randomBytes(4).readUInt32BE()));
  const token = randomBytes(24).toString('base64url');
  const path = `/api/webhooks/${id}/${token}`;
  let sequence = 0;
  const validate = (request: ReceivedRequest): string[] => {
    if (request.path !== path) return ['unknown webhook'];
    if (request.method !== 'POST') return [`method ${request.method}`];
    return validateDiscordMessage(request.json);
  };
  const receiver = await startReceiver({
    name: 'discord',
    validate,
    respond: (request) =>
      request.query.get('wait') === 'true'
        ? {
            status: 200,
            body: {
              id: `12${String(++sequence).padStart(16, '0')}`,
              channel_id: '99',
              ...(request.json as object),
            },
          }
        : { status: 204 },
    reject: (request) => ({
      status: 400,
      body: { code: 50035, message: 'Invalid Form Body', errors: request.problems },
    }),
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}${path}`,
    messages: () => receiver.accepted().map((request) => request.json as Record<string, unknown>),
  });
}
