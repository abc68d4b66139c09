import { jsonRequest, postWithRetry, type PostOptions } from '../http.js';
import type { Message } from '../message.js';
import { headingsToBold, truncate } from '../text.js';
import type { Channel, Delivery } from './types.js';

/**
 * Microsoft Teams through a Workflows (Power Automate) webhook: the message is an
 * Adaptive Card 1.4 inside the `attachments` envelope the "post to a channel when
 * a webhook request is received" flow expects. The Office 365 connectors that took
 * MessageCards are retired; their URLs end in webhook.office.com.
 */

export const ADAPTIVE_CARD_VERSION = '1.4';
// Teams refuses cards over about 28 KB; the text gets most of that room.
const MAX_TEXT = 20_000;
const MAX_TITLE = 400;

const ACCENT: Record<Message['kind'], string> = {
  release: 'Good',
  deploy: 'Accent',
  rollback: 'Warning',
  failure: 'Attention',
};

export function adaptiveCard(message: Message): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: truncate(message.title, MAX_TITLE),
      style: 'heading',
      size: 'Large',
      weight: 'Bolder',
      color: ACCENT[message.kind],
      wrap: true,
    },
  ];
  const text = headingsToBold(message.text.trim());
  if (text) body.push({ type: 'TextBlock', text: truncate(text, MAX_TEXT), wrap: true });
  if (message.facts.length > 0) {
    body.push({
      type: 'FactSet',
      facts: message.facts.map((fact) => ({ title: fact.name, value: fact.value })),
    });
  }
  const card: Record<string, unknown> = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: ADAPTIVE_CARD_VERSION,
    body,
    msteams: { width: 'Full' },
  };
  if (message.links.length > 0) {
    card['actions'] = message.links.map((link) => ({
      type: 'Action.OpenUrl',
      title: link.title,
      url: link.url,
    }));
  }
  return card;
}

export function teamsPayload(message: Message): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: adaptiveCard(message),
      },
    ],
  };
}

/** True for the retired Office 365 connector URLs, so the action can warn. */
export function isLegacyTeamsConnector(url: string): boolean {
  try {
    return /(^|\.)webhook\.office\.com$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export class TeamsWebhook implements Channel {
  readonly name = 'teams' as const;
  constructor(private readonly webhookUrl: string) {}

  async send(message: Message, options: PostOptions): Promise<Delivery> {
    const answer = await postWithRetry(jsonRequest(this.webhookUrl, teamsPayload(message)), options);
    // Workflows answer 202 Accepted with no body and no message id.
    return { status: 'sent', detail: 'Workflows webhook', attempts: answer.attempts };
  }
}
