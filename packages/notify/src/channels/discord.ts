import { jsonRequest, postWithRetry, type PostOptions } from '../http.js';
import { cutNotice, fitText } from '../fit.js';
import { fullNotesUrl, type Message } from '../message.js';
import { truncate } from '../text.js';
import type { Channel, Delivery } from './types.js';

/**
 * Discord through a channel webhook, as one embed. Discord rejects a whole
 * message when any embed limit is exceeded, so every part is cut to fit first.
 */

// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

export interface DiscordEmbed {
  title: string;
  description?: string;
  url?: string;
  color: number;
  fields: Array<{ name: string; value: string; inline: boolean }>;
  footer?: { text: string };
  timestamp?: string;
}

/** The characters Discord counts against the 6000 total of an embed. */
export function embedSize(embed: DiscordEmbed): number {
  return (
    embed.title.length +
    (embed.description?.length ?? 0) +
    embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (embed.footer?.text.length ?? 0)
  );
}

/** Cuts every part to its limit, then the description until the whole fits in the total. */
export function fitEmbed(embed: DiscordEmbed): DiscordEmbed {
  const fields = embed.fields
    .filter((field) => field.name.trim() && field.value.trim())
    .slice(0, DISCORD_LIMITS.fields)
    .map((field) => ({
      ...field,
      name: truncate(field.name, DISCORD_LIMITS.fieldName),
      value: truncate(field.value, DISCORD_LIMITS.fieldValue),
    }));
  const fitted: DiscordEmbed = {
    ...embed,
    title: truncate(embed.title, DISCORD_LIMITS.title),
    fields,
    footer: embed.footer ? { text: truncate(embed.footer.text, DISCORD_LIMITS.footer) } : undefined,
  };
  if (embed.description) fitted.description = truncate(embed.description, DISCORD_LIMITS.description);
  let excess = embedSize(fitted) - DISCORD_LIMITS.total;
  if (excess > 0 && fitted.description) {
    const room = fitted.description.length - excess;
    if (room > 1) fitted.description = truncate(fitted.description, room);
    else delete fitted.description;
    excess = embedSize(fitted) - DISCORD_LIMITS.total;
  }
  while (excess > 0 && fitted.fields.length > 0) {
    fitted.fields.pop();
    excess = embedSize(fitted) - DISCORD_LIMITS.total;
  }
  return fitted;
}

/** Room for the description: its own limit, and what the rest of the embed leaves of the total. */
function descriptionRoom(message: Message): number {
  const rest = fitEmbed({
    title: message.title,
    color: message.color,
    fields: message.facts.map((fact) => ({ name: fact.name, value: fact.value, inline: true })),
    footer: { text: message.announcement.repository },
  });
  return Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - embedSize(rest));
}

export function discordPayload(message: Message, now = new Date()): Record<string, unknown> {
  // Discord counts characters; UTF-16 units are never fewer, so a text within them is within Discord's.
  const description = fitText(
    message.text.trim(),
    Math.max(0, descriptionRoom(message)),
    (text) => text.length,
    cutNotice(fullNotesUrl(message), 'markdown'),
  ).text;
  const embed = fitEmbed({
    title: message.title,
    description: description || undefined,
    url: message.url,
    color: message.color,
    fields: message.facts.map((fact) => ({ name: fact.name, value: fact.value, inline: true })),
    footer: { text: message.announcement.repository },
    timestamp: now.toISOString(),
  });
  if (!embed.url) delete embed.url;
  if (!embed.description) delete embed.description;
  // Nobody is pinged by text that happens to contain @everyone or a role mention.
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}

/** `?wait=true` makes Discord answer with the message (and its id) instead of 204. */
export function withWait(webhookUrl: string): string {
  const url = new URL(webhookUrl);
  url.searchParams.set('wait', 'true');
  return url.toString();
}

export class DiscordWebhook implements Channel {
  readonly name = 'discord' as const;
  constructor(private readonly webhookUrl: string) {}

  async send(message: Message, options: PostOptions): Promise<Delivery> {
    const answer = await postWithRetry(
      jsonRequest(withWait(this.webhookUrl), discordPayload(message)),
      options,
    );
    let id: string | undefined;
    try {
      id = (JSON.parse(answer.body) as { id?: string }).id;
    } catch {
      id = undefined;
    }
    return { status: 'sent', id, detail: 'channel webhook', attempts: answer.attempts };
  }
}
