import { jsonRequest, postWithRetry, type PostOptions } from '../http.js';
import { BYTE_BUDGETS, cutNotice, fitText, jsonBytes } from '../fit.js';
import { fullNotesUrl, type Message } from '../message.js';
import { headingsToBold, truncate } from '../text.js';
import type { Channel, Delivery } from './types.js';

/**
 * Microsoft Teams through a Workflows (Power Automate) webhook: the message is an
 * Adaptive Card 1.4 inside the `attachments` envelope the "post to a channel when
 * a webhook request is received" flow expects. The Office 365 connectors that took
 * MessageCards are retired; their URLs end in webhook.office.com.
 */

export const ADAPTIVE_CARD_VERSION = '1.4';
// Teams refuses messages over about 28 KB: the whole payload is kept within BYTE_BUDGETS.teams.
const MAX_TITLE = 400;

const ACCENT: Record<Message['kind'], string> = {
  release: 'Good',
  deploy: 'Accent',
  rollback: 'Warning',
  failure: 'Attention',
};

/** The card, with `text` (Markdown, already fitted) as its body text. */
export function adaptiveCard(
  message: Message,
  text = headingsToBold(message.text.trim()),
): Record<string, unknown> {
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
  if (text) body.push({ type: 'TextBlock', text, wrap: true });
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

function envelope(card: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  };
}

/** The message as sent: its UTF-8 JSON within BYTE_BUDGETS.teams, the notes cut to fit with a link to them. */
export function teamsPayload(message: Message): Record<string, unknown> {
  const build = (text: string) => envelope(adaptiveCard(message, text));
  const fitted = fitText(
    headingsToBold(message.text.trim()),
    BYTE_BUDGETS.teams,
    (text) => jsonBytes(build(text)),
    cutNotice(fullNotesUrl(message), 'markdown'),
  );
  return build(fitted.text);
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
