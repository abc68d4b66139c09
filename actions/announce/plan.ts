import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import {
  InputError,
  inputProblem,
  mask,
  type Inputs,
  type RunContext,
} from '../../packages/kit/src/index.js';
import {
  CHANNEL_NAMES,
  DiscordWebhook,
  EmailChannel,
  JsonWebhook,
  SlackBot,
  SlackWebhook,
  TeamsWebhook,
  describeLocalAssets,
  duplicateNames,
  isPrerelease,
  readManifest,
  secretForms,
  type ChannelName,
  type ChannelPlan,
  type LocalAsset,
  type MessageKind,
} from '../../packages/notify/src/index.js';
import type { spec } from './inputs.js';

/**
 * Everything the run will do, checked as a whole before anything is sent or
 * created: every channel has what it needs, notes and assets exist. All the
 * problems are reported together, as one input error.
 */

export type AnnounceInputs = Inputs<typeof spec>;

export interface AnnouncePlan {
  kind: MessageKind;
  version: string;
  tag: string;
  tagPrefix: string;
  previousVersion?: string;
  notes?: string;
  githubRelease: boolean;
  comment: boolean;
  commentLabel?: string;
  prerelease: boolean;
  assets: LocalAsset[];
  channels: ChannelPlan[];
}

type Problems = string[];

/** A channel is configured when its destination is given. */
function configuredChannels(inputs: AnnounceInputs): ChannelName[] {
  const has: Record<ChannelName, boolean> = {
    slack: Boolean(inputs.slackWebhookUrl || inputs.slackToken),
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

function channelPlans(inputs: AnnounceInputs, problems: Problems): ChannelPlan[] {
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

async function readNotes(
  inputs: AnnounceInputs,
  workspace: string,
  problems: Problems,
): Promise<string | undefined> {
  if (inputs.notes && inputs.notesFile) {
    problems.push(
      inputProblem('notes-file', inputs.notesFile, 'to be empty when notes is given (one or the other)'),
    );
    return inputs.notes;
  }
  if (!inputs.notesFile) return inputs.notes;
  const path = resolve(workspace, inputs.notesFile);
  try {
    return await readFile(path, 'utf8');
  } catch {
    problems.push(
      inputProblem('notes-file', inputs.notesFile, 'a readable file of release notes (it does not exist)'),
    );
    return undefined;
  }
}

/** Each positive pattern must match at least one file; `!` patterns exclude from all of them. */
async function resolveAssets(patterns: string[], workspace: string, problems: Problems): Promise<string[]> {
  const { create } = await import('@actions/glob');
  const anchor = (pattern: string) => (isAbsolute(pattern) ? pattern : resolve(workspace, pattern));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${anchor(p.slice(1))}`);
  const files = new Set<string>();
  const empty: string[] = [];
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await create([anchor(pattern), ...excludes].join('\n'), {
      matchDirectories: false,
      implicitDescendants: false,
    });
    const matched = await globber.glob();
    if (matched.length === 0) empty.push(pattern);
    for (const file of matched) files.add(file);
  }
  if (empty.length > 0) {
    problems.push(
      inputProblem(
        'assets',
        patterns.join('\n'),
        `patterns that match files (nothing matches: ${empty.join(', ')})`,
      ),
    );
  }
  return [...files].sort();
}

async function localAssets(
  inputs: AnnounceInputs,
  workspace: string,
  problems: Problems,
): Promise<LocalAsset[]> {
  let manifest: Map<string, string> | undefined;
  if (inputs.manifest) {
    const path = resolve(workspace, inputs.manifest);
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
      manifest = await readManifest(path);
    } catch (thrown) {
      const why = existsSync(path)
        ? thrown instanceof Error
          ? thrown.message
          : String(thrown)
        : 'it does not exist';
      problems.push(inputProblem('manifest', inputs.manifest, `build-artifacts' artifacts.json (${why})`));
    }
  }
  if (!inputs.assets) return [];
  const assets = await describeLocalAssets(await resolveAssets(inputs.assets, workspace, problems), manifest);
  const duplicates = duplicateNames(assets);
  if (duplicates.length > 0) {
    problems.push(
      inputProblem(
        'assets',
        inputs.assets.join('\n'),
        `files with distinct names (more than one is named ${duplicates.join(', ')})`,
      ),
    );
  }
  return assets;
}

export async function planAnnouncement(inputs: AnnounceInputs, context: RunContext): Promise<AnnouncePlan> {
  const problems: Problems = [];
  const isRelease = inputs.kind === 'release';
  // Webhook URLs carry their credential in the path, which error pages like to repeat.
  for (const url of [
    inputs.slackWebhookUrl,
    inputs.teamsWebhookUrl,
    inputs.discordWebhookUrl,
    inputs.webhookUrl,
  ]) {
    if (url) for (const form of secretForms(url)) mask(form);
  }

  if (inputs.githubRelease && !isRelease) {
    problems.push(
      inputProblem(
        'github-release',
        'true',
        `false for kind "${inputs.kind}" (only a release makes a GitHub Release)`,
      ),
    );
  }
  if ((inputs.kind === 'deploy' || inputs.kind === 'rollback') && !inputs.environment) {
    problems.push(
      inputProblem('environment', '', `the environment name (required for kind "${inputs.kind}")`),
    );
  }
  const githubRelease = inputs.githubRelease ?? isRelease;
  const comment = (inputs.comment ?? isRelease) && isRelease && !inputs.draft;
  const notes = await readNotes(inputs, context.workspace, problems);
  const assets = await localAssets(inputs, context.workspace, problems);
  if (assets.length > 0 && !githubRelease) {
    problems.push(
      inputProblem('assets', inputs.assets!.join('\n'), 'no assets unless github-release is true'),
    );
  }
  const channels = channelPlans(inputs, problems);
  if (!githubRelease && !comment && channels.length === 0) {
    problems.push(
      inputProblem(
        'channels',
        '',
        `at least one channel to send to (none is configured: set e.g. slack-webhook-url)`,
      ),
    );
  }
  if (problems.length > 0) throw new InputError(problems);

  const version = inputs.version;
  const tag = inputs.tag || `${inputs.tagPrefix}${version}`;
  return {
    kind: inputs.kind,
    version,
    tag,
    tagPrefix: inputs.tagPrefix,
    previousVersion: inputs.previousVersion,
    notes,
    githubRelease,
    comment,
    commentLabel: ['false', 'none'].includes(inputs.commentLabel) ? undefined : inputs.commentLabel,
    prerelease: inputs.prerelease === 'auto' ? isPrerelease(version) : inputs.prerelease === 'true',
    assets,
    channels,
  };
}
