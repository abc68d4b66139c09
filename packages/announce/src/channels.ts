import { inputProblem } from '../../kit/src/index.js';
import {
  CHANNEL_NAMES,
  DiscordWebhook,
  EmailChannel,
  JsonWebhook,
  SlackBot,
  SlackWebhook,
  TeamsWebhook,
  type ChannelName,
  type ChannelPlan,
} from '../../notify/src/index.js';
import type { AnnounceInputs } from './inputs.js';

/**
 * The channels to send to, each built from its inputs. A channel named in
 * `channels` without what it needs is a problem reported with the others.
 */

type Problems = string[];

/**
 * A channel is configured when its destination is given, or its settings are (a Slack channel
 * name in the config file): then a missing secret is an error, never a channel silently skipped.
 */
function configuredChannels(inputs: AnnounceInputs): ChannelName[] {
  const has: Record<ChannelName, boolean> = {
    slack: Boolean(inputs.slackWebhookUrl || inputs.slackToken || inputs.slackChannel),
    teams: Boolean(inputs.teamsWebhookUrl),
    discord: Boolean(inputs.discordWebhookUrl),
    email: Boolean(inputs.smtpHost || inputs.emailTo),
    webhook: Boolean(inputs.webhookUrl),
  };
  return CHANNEL_NAMES.filter((name) => has[name]);
}

function slackChannel(inputs: AnnounceInputs, problems: Problems): ChannelPlan['channel'] | undefined {
  const failOn = '(the slack channel is selected)';
  if (inputs.slackToken) {
    if (!inputs.slackChannel) {
      problems.push(
        inputProblem('slack-channel', '', `a Slack channel id or name to post to with slack-token ${failOn}`),
      );
      return undefined;
    }
    return new SlackBot(inputs.slackToken, inputs.slackApiUrl, {
      channel: inputs.slackChannel,
      threadTs: inputs.slackThreadTs,
      updateTs: inputs.slackUpdateTs,
    });
  }
  if (!inputs.slackWebhookUrl && inputs.slackChannel) {
    problems.push(
      inputProblem('slack-token', '', `a Slack bot token to post to ${inputs.slackChannel} ${failOn}`),
    );
    return undefined;
  }
  if (!inputs.slackWebhookUrl) {
    problems.push(
      inputProblem('slack-webhook-url', '', `a Slack incoming webhook URL, or slack-token ${failOn}`),
    );
    return undefined;
  }
  for (const [name, value] of [
    ['slack-thread-ts', inputs.slackThreadTs],
    ['slack-update-ts', inputs.slackUpdateTs],
  ] as const) {
    if (value)
      problems.push(
        inputProblem(name, value, 'to be used with slack-token (an incoming webhook cannot reply or update)'),
      );
  }
  return new SlackWebhook(inputs.slackWebhookUrl);
}

function emailChannel(inputs: AnnounceInputs, problems: Problems): ChannelPlan['channel'] | undefined {
  const failOn = '(the email channel is selected)';
  const missing: Array<[string, string]> = [];
  if (!inputs.smtpHost) missing.push(['smtp-host', 'the SMTP server host']);
  if (!inputs.emailFrom) missing.push(['email-from', 'the sender address']);
  if (!inputs.emailTo) missing.push(['email-to', 'at least one recipient address']);
  if (inputs.smtpUsername && !inputs.smtpPassword)
    missing.push(['smtp-password', 'the password for smtp-username']);
  for (const [name, expected] of missing) problems.push(inputProblem(name, '', `${expected} ${failOn}`));
  if (missing.length > 0) return undefined;
  return new EmailChannel({
    host: inputs.smtpHost!,
    port: inputs.smtpPort,
    security: inputs.smtpSecurity,
    username: inputs.smtpUsername,
    password: inputs.smtpPassword,
    ca: inputs.smtpCa,
    from: inputs.emailFrom!,
    to: inputs.emailTo!,
  });
}

export function channelPlans(inputs: AnnounceInputs, problems: Problems): ChannelPlan[] {
  const names = inputs.channels ?? configuredChannels(inputs);
  const plans: ChannelPlan[] = [];
  for (const name of names) {
    let channel: ChannelPlan['channel'] | undefined;
    let failOnError = true;
    switch (name) {
      case 'slack':
        channel = slackChannel(inputs, problems);
        failOnError = inputs.slackFailOnError;
        break;
      case 'teams':
        if (inputs.teamsWebhookUrl) channel = new TeamsWebhook(inputs.teamsWebhookUrl);
        else
          problems.push(
            inputProblem(
              'teams-webhook-url',
              '',
              'a Teams Workflows webhook URL (the teams channel is selected)',
            ),
          );
        failOnError = inputs.teamsFailOnError;
        break;
      case 'discord':
        if (inputs.discordWebhookUrl) channel = new DiscordWebhook(inputs.discordWebhookUrl);
        else
          problems.push(
            inputProblem(
              'discord-webhook-url',
              '',
              'a Discord webhook URL (the discord channel is selected)',
            ),
          );
        failOnError = inputs.discordFailOnError;
        break;
      case 'email':
        channel = emailChannel(inputs, problems);
        failOnError = inputs.emailFailOnError;
        break;
      case 'webhook':
        if (inputs.webhookUrl) channel = new JsonWebhook(inputs.webhookUrl, inputs.webhookSecret);
        else
          problems.push(inputProblem('webhook-url', '', 'a webhook URL (the webhook channel is selected)'));
        failOnError = inputs.webhookFailOnError;
        break;
    }
    if (channel) plans.push({ channel, failOnError });
  }
  return plans;
}
