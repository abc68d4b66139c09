import { randomBytes } from 'node:crypto';
import { startReceiver, type ReceivedRequest, type Receiver } from './http-receiver.js';

/**
 * A Teams Workflows webhook ("when a webhook request is received"): it takes a
 * message whose attachments hold Adaptive Cards and answers 202 Accepted.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ELEMENTS = ['TextBlock', 'FactSet', 'Container', 'ColumnSet', 'Image', 'ActionSet', 'RichTextBlock'];
const ACTIONS = [
  'Action.OpenUrl',
  'Action.Submit',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute',
];

function validateElement(element: unknown, where: string): string[] {
  if (!isObject(element)) return [`${where} is not an object`];
  const type = String(element['type']);
  if (!ELEMENTS.includes(type)) return [`${where}.type ${type} is not an Adaptive Card element`];
  if (type === 'TextBlock' && (typeof element['text'] !== 'string' || element['text'] === '')) {
    return [`${where}.text is empty or not a string`];
  }
  if (type === 'FactSet') {
    const facts = element['facts'];
    if (!Array.isArray(facts) || facts.length === 0) return [`${where}.facts is empty`];
    return facts.flatMap((fact, n) =>
      isObject(fact) && typeof fact['title'] === 'string' && typeof fact['value'] === 'string'
        ? []
        : [`${where}.facts[${n}] needs string title and value`],
    );
  }
  return [];
}

/** An Adaptive Card of version 1.4 or later, as Teams renders it. */
export function validateAdaptiveCard(card: unknown, minimumVersion = '1.4'): string[] {
  if (!isObject(card)) return ['the card is not an object'];
  const problems: string[] = [];
  if (card['type'] !== 'AdaptiveCard')
    problems.push(`type is ${String(card['type'])}, expected AdaptiveCard`);
  const version = String(card['version'] ?? '');
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [minMajor = 1, minMinor = 4] = minimumVersion.split('.').map(Number);
  if (!/^\d+\.\d+$/.test(version) || major < minMajor || (major === minMajor && minor < minMinor)) {
    problems.push(`version is "${version}", expected ${minimumVersion} or later`);
  }
  const body = card['body'];
  if (!Array.isArray(body) || body.length === 0) problems.push('body is empty');
  else body.forEach((element, n) => problems.push(...validateElement(element, `body[${n}]`)));
  const actions = card['actions'];
  if (actions !== undefined) {
    if (!Array.isArray(actions)) problems.push('actions is not an array');
    else {
      actions.forEach((action, n) => {
        if (!isObject(action) || !ACTIONS.includes(String(action['type']))) {
          problems.push(`actions[${n}] is not an Adaptive Card action`);
        } else if (action['type'] === 'Action.OpenUrl') {
          try {
            new URL(String(action['url']));
          } catch {
            problems.push(`actions[${n}].url is not a URL`);
          }
        }
      });
    }
  }
  if (JSON.stringify(card).length > 28_000) problems.push('the card is over 28 KB, which Teams refuses');
  return problems;
}

/** The envelope the Workflows trigger expects: `{ type: 'message', attachments: [{ contentType, content }] }`. */
export function validateTeamsMessage(payload: unknown): string[] {
  if (!isObject(payload)) return ['the body is not a JSON object'];
  if (payload['type'] !== 'message') return [`type is ${String(payload['type'])}, expected message`];
  const attachments = payload['attachments'];
  if (!Array.isArray(attachments) || attachments.length === 0) return ['attachments is empty'];
  return attachments.flatMap((attachment, n) => {
    if (!isObject(attachment)) return [`attachments[${n}] is not an object`];
    if (attachment['contentType'] !== 'application/vnd.microsoft.card.adaptive') {
      return [`attachments[${n}].contentType is ${String(attachment['contentType'])}`];
    }
    return validateAdaptiveCard(attachment['content']).map(
      (problem) => `attachments[${n}].content: ${problem}`,
    );
  });
}

/** 28 KB, counted as 28,000 bytes: the smaller reading of Microsoft's "about 28 KB". */
export const TEAMS_MESSAGE_LIMIT = 28_000;
const TOO_LARGE = 'Request Entity Too Large';

export interface TeamsReceiver extends Receiver {
  readonly webhookUrl: string;
  /** The cards received, in order. */
  cards(): Array<Record<string, unknown>>;
}

export async function startTeamsReceiver(): Promise<TeamsReceiver> {
  const signature = randomBytes(16).toString('hex');
  const flow = randomBytes(8).toString('hex');
  const path = `/workflows/${flow}/triggers/manual/paths/invoke`;
  const validate = (request: ReceivedRequest): string[] => {
    if (request.path !== path || request.query.get('sig') !== signature)
      return ['unknown workflow or signature'];
    if (request.method !== 'POST') return [`method ${request.method}`];
    // "When posting a message, the message size limit is about 28 KB" (Teams connector, known limitations).
    if (request.raw.length > TEAMS_MESSAGE_LIMIT)
      return [`${TOO_LARGE}: the message is ${request.raw.length} bytes, over about 28 KB`];
    return validateTeamsMessage(request.json);
  };
  const reject = (request: ReceivedRequest) =>
    request.problems.some((problem) => problem.startsWith(TOO_LARGE))
      ? { status: 413, body: { error: { code: 'MessageSizeTooBig', message: request.problems[0] } } }
      : { status: 400, body: { error: 'invalid_payload', problems: request.problems } };
  const receiver = await startReceiver({ name: 'teams', validate, reject, respond: () => ({ status: 202 }) });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}${path}?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${signature}`,
    cards: () =>
      receiver.accepted().map((request) => {
        const message = request.json as { attachments: Array<{ content: Record<string, unknown> }> };
        return message.attachments[0]!.content;
      }),
  });
}
