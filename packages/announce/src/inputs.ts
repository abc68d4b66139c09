import validVersion from 'semver/functions/valid.js';
import { field, Invalid, splitList, type Inputs } from '../../kit/src/index.js';
import {
  CHANNEL_NAMES,
  type ChannelName,
  MESSAGE_KINDS,
  SMTP_SECURITY,
  templateProblem,
} from '../../notify/src/index.js';

/** announce's inputs, parsed once. Defaults that the config file may override live here, not in action.yml. */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A webhook URL: https, or http on this machine only (a local relay or a test receiver). */
function webhookUrl(service: string) {
  return field
    .custom(`an https URL of a ${service} webhook`, (raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Invalid();
      }
      const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
      if (url.protocol !== 'https:' && !local) throw new Invalid();
      if (url.username || url.password)
        throw new Invalid(`an https URL of a ${service} webhook, without user:password@`);
      return raw;
    })
    .secret();
}

const channelList = field.custom(`channel names from: ${CHANNEL_NAMES.join(', ')}`, (raw) => {
  const names = splitList(raw);
  const unknown = names.filter((name) => !(CHANNEL_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Invalid(`channel names from: ${CHANNEL_NAMES.join(', ')} (unknown: ${unknown.join(', ')})`);
  }
  return [...new Set(names)] as ChannelName[];
});

const version = field.custom('a semantic version such as 1.4.0 or v2.0.0-rc.1', (raw) => {
  const parsed = validVersion(raw.replace(/^v/, ''));
  if (!parsed) throw new Invalid();
  return parsed;
});

const template = (what: string) => field.text(what).check((text) => templateProblem(text));

const tristate = field.choice(['auto', 'true', 'false'] as const);

export const spec = {
  kind: field.choice(MESSAGE_KINDS).default('release'),
  version: version.required(),
  tag: field.ref('tag'),
  'tag-prefix': field.refPrefix().default('v'),
  'previous-version': version,
  environment: field.text(),
  url: field.url(),
  reason: field.text(),
  // Release notes can be long; the channels and the release body cut them to fit.
  notes: field.text().max(1_000_000),
  'notes-file': field.text(),
  'generate-notes': field.boolean().default(true),
  'github-release': field.boolean(),
  'release-name': field.text(),
  target: field.ref('ref', 'main or a commit SHA'),
  prerelease: tristate.default('auto'),
  'make-latest': field.choice(['auto', 'true', 'false', 'legacy'] as const).default('auto'),
  draft: field.boolean().default(false),
  assets: field.globs(),
  manifest: field.text(),
  'replace-assets': field.boolean().default(false),
  comment: field.boolean(),
  'comment-label': field.text().default('released'),
  commits: field.list(),
  channels: channelList,
  title: template('a title; placeholders as in template'),
  template: template('a message template'),
  'slack-webhook-url': webhookUrl('Slack incoming'),
  'slack-token': field.text('a Slack bot token (xoxb-…)').secret(),
  'slack-channel': field.text(),
  'slack-thread-ts': field.pattern(/^\d+\.\d+$/, 'a Slack message ts such as 1712345678.123456'),
  'slack-update-ts': field.pattern(/^\d+\.\d+$/, 'a Slack message ts such as 1712345678.123456'),
  'slack-api-url': field.url().default('https://slack.com/api'),
  'slack-fail-on-error': field.boolean().default(true),
  'teams-webhook-url': webhookUrl('Teams Workflows'),
  'teams-fail-on-error': field.boolean().default(true),
  'discord-webhook-url': webhookUrl('Discord'),
  'discord-fail-on-error': field.boolean().default(true),
  'smtp-host': field.pattern(/^[A-Za-z0-9.:[\]-]+$/, 'a host name or IP address'),
  'smtp-port': field.integer({ min: 1, max: 65535 }).default(587),
  'smtp-security': field.choice(SMTP_SECURITY).default('starttls'),
  'smtp-username': field.text(),
  'smtp-password': field.text().secret(),
  'smtp-ca': field.text(),
  'email-from': field.email({ named: true }),
  'email-to': field.emails(),
  'email-fail-on-error': field.boolean().default(true),
  'webhook-url': webhookUrl('JSON'),
  'webhook-secret': field.text().secret(),
  'webhook-fail-on-error': field.boolean().default(true),
  token: field.text('a GitHub token').secret(),
};

export type AnnounceInputs = Inputs<typeof spec>;
