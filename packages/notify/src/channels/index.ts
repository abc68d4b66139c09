import { DeliveryError, type PostOptions } from '../http.js';
import type { Message } from '../message.js';
import { scrub } from '../scrub.js';
import type { Channel, ChannelName } from './types.js';

export * from './types.js';
export * from './slack.js';
export * from './teams.js';
export * from './discord.js';
export * from './email.js';
export * from './webhook.js';

export interface ChannelPlan {
  channel: Channel;
  /** A failure of this channel fails the step (after every other channel had its turn). */
  failOnError: boolean;
}

export interface ChannelOutcome {
  channel: ChannelName;
  status: 'sent' | 'updated' | 'failed';
  id?: string;
  /** Slack: the channel id, for chat.update in a later step. */
  channelId?: string;
  detail?: string;
  /** Status and response body of the failure, scrubbed of every secret. */
  error?: string;
  attempts: number;
  failOnError: boolean;
}

export interface BroadcastOptions extends PostOptions {
  /** Values to remove from any error text (tokens, webhook URLs, passwords). */
  secrets: readonly string[];
  onRetry?: (attempt: number, waitMs: number, reason: string, channel?: ChannelName) => void;
}

/** Sends to every channel at once; one channel failing never stops the others. */
export async function broadcast(
  message: Message,
  plans: readonly ChannelPlan[],
  options: BroadcastOptions,
): Promise<ChannelOutcome[]> {
  return Promise.all(
    plans.map(async ({ channel, failOnError }): Promise<ChannelOutcome> => {
      const onRetry = (attempt: number, waitMs: number, reason: string) =>
        options.onRetry?.(attempt, waitMs, scrub(reason, options.secrets), channel.name);
      try {
        const delivery = await channel.send(message, { ...options, onRetry });
        return {
          channel: channel.name,
          status: delivery.status,
          id: delivery.id,
          channelId: delivery.channel,
          detail: delivery.detail,
          attempts: delivery.attempts,
          failOnError,
        };
      } catch (thrown) {
        const text =
          thrown instanceof DeliveryError
            ? thrown.message
            : thrown instanceof Error
              ? thrown.message
              : String(thrown);
        return {
          channel: channel.name,
          status: 'failed',
          error: scrub(text, options.secrets),
          attempts: thrown instanceof DeliveryError ? thrown.attempts : 1,
          failOnError,
        };
      }
    }),
  );
}
