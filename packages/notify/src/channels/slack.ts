import { DeliveryError, jsonRequest, postWithRetry, type PostOptions } from '../http.js';
import { BYTE_BUDGETS, cutNotice, fitText, jsonBytes } from '../fit.js';
import { fullNotesUrl, type Message } from '../message.js';
import { chunk, escapeSlack, markdownToSlack, truncate } from '../text.js';
import type { Channel, Delivery } from './types.js';

/**
 * Slack through an incoming webhook, or through the Web API with a bot token
 * (`chat.postMessage`, which returns the message `ts` so later steps can reply
 * in its thread or update it with `chat.update`).
 */

// Block Kit limits: https://api.slack.com/reference/block-kit/blocks
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  fallbackText: 4000,
  textSections: 20,
} as const;

export interface SlackTarget {
  /** Required with a bot token: a channel id or name. chat.update needs the id. */
  channel?: string;
  threadTs?: string;
  updateTs?: string;
}

type Block = Record<string, unknown>;

/** The blocks, with `body` (mrkdwn, already fitted) as the text sections. */
export function slackBlocks(message: Message, body = markdownToSlack(message.text.trim())): Block[] {
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(message.title, SLACK_LIMITS.headerText), emoji: true },
    },
  ];
  if (body) {
    const sections = chunk(body, SLACK_LIMITS.sectionText);
    const kept = sections.slice(0, SLACK_LIMITS.textSections);
    if (sections.length > kept.length) {
      kept[kept.length - 1] = truncate(kept[kept.length - 1]! + '\n…', SLACK_LIMITS.sectionText);
    }
    for (const text of kept) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  if (message.facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: message.facts.slice(0, SLACK_LIMITS.sectionFields).map((fact) => ({
        type: 'mrkdwn',
        text: truncate(`*${escapeSlack(fact.name)}*\n${escapeSlack(fact.value)}`, SLACK_LIMITS.fieldText),
      })),
    });
  }
  if (message.links.length > 0) {
    const text = message.links.map((link) => `<${link.url}|${escapeSlack(link.title)}>`).join('  ·  ');
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText) }],
    });
  }
  return blocks;
}

// The notification text is a preview: the blocks carry the message.
const FALLBACK_PREVIEW = 300;

/**
 * The whole payload: blocks plus the plain `text` Slack shows in notifications,
 * its UTF-8 JSON within BYTE_BUDGETS.slack, the notes cut to fit with a link to them.
 */
export function slackPayload(message: Message, target: SlackTarget = {}): Record<string, unknown> {
  const build = (body: string): Record<string, unknown> => {
    const fallback = truncate(`${message.title}\n${message.text}`, FALLBACK_PREVIEW);
    const payload: Record<string, unknown> = {
      text: escapeSlack(fallback),
      blocks: slackBlocks(message, body),
      unfurl_links: false,
      unfurl_media: false,
    };
    if (target.channel) payload['channel'] = target.channel;
    if (target.updateTs) payload['ts'] = target.updateTs;
    else if (target.threadTs) payload['thread_ts'] = target.threadTs;
    return payload;
  };
  const fitted = fitText(
    markdownToSlack(message.text.trim()),
    BYTE_BUDGETS.slack,
    (body) => jsonBytes(build(body)),
    cutNotice(fullNotesUrl(message), 'slack'),
  );
  return build(fitted.text);
}

export class SlackWebhook implements Channel {
  readonly name = 'slack' as const;
  constructor(private readonly webhookUrl: string) {}

  async send(message: Message, options: PostOptions): Promise<Delivery> {
    const answer = await postWithRetry(jsonRequest(this.webhookUrl, slackPayload(message)), options);
    return { status: 'sent', detail: 'incoming webhook', attempts: answer.attempts };
  }
}

interface SlackApiAnswer {
  ok?: boolean;
  error?: string;
  ts?: string;
  channel?: string;
  warning?: string;
}

export class SlackBot implements Channel {
  readonly name = 'slack' as const;
  constructor(
    private readonly token: string,
    private readonly apiUrl: string,
    private readonly target: SlackTarget,
  ) {}

  async send(message: Message, options: PostOptions): Promise<Delivery> {
    const method = this.target.updateTs ? 'chat.update' : 'chat.postMessage';
    const answer = await postWithRetry(
      jsonRequest(`${this.apiUrl.replace(/\/+$/, '')}/${method}`, slackPayload(message, this.target), {
        authorization: `Bearer ${this.token}`,
      }),
      options,
    );
    let parsed: SlackApiAnswer;
    try {
      parsed = JSON.parse(answer.body) as SlackApiAnswer;
    } catch {
      throw new DeliveryError(
        `Slack ${method} answered with something other than JSON`,
        answer.status,
        answer.body,
      );
    }
    // The Web API answers 200 with ok:false for errors such as channel_not_found.
    if (!parsed.ok) {
      throw new DeliveryError(
        `Slack ${method} failed: ${parsed.error ?? 'unknown error'}`,
        answer.status,
        answer.body,
        answer.attempts,
      );
    }
    return {
      status: this.target.updateTs ? 'updated' : 'sent',
      id: parsed.ts,
      channel: parsed.channel,
      detail: parsed.channel ? `channel ${parsed.channel}` : undefined,
      attempts: answer.attempts,
    };
  }
}
