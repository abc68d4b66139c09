import type { PostOptions } from '../http.js';
import type { Message } from '../message.js';

export const CHANNEL_NAMES = ['slack', 'teams', 'discord', 'email', 'webhook'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** What a channel reports after a message went out. */
export interface Delivery {
  status: 'sent' | 'updated';
  /** The message's id where the service returns one (Slack `ts`, Discord id, email Message-ID). */
  id?: string;
  /** Slack: the channel id the message is in (chat.update needs the id, not the name). */
  channel?: string;
  /** Where it went, safe to show: a Slack channel id, recipient count. Never a URL. */
  detail?: string;
  attempts: number;
}

export interface Channel {
  readonly name: ChannelName;
  send(message: Message, options: PostOptions): Promise<Delivery>;
}
