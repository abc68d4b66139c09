import { renderTemplate, type TemplateValues } from './template.js';

/** What happened: each kind has its own title, colour and default text. */
export const MESSAGE_KINDS = ['release', 'deploy', 'rollback', 'failure'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The facts of one announcement, as the action knows them. */
export interface Announcement {
  kind: MessageKind;
  /** owner/name */
  repository: string;
  version: string;
  tag: string;
  environment?: string;
  /** The main link: an environment URL, or the release page. */
  url?: string;
  releaseUrl?: string;
  runUrl?: string;
  notes?: string;
  previousVersion?: string;
  reason?: string;
}

export interface Fact {
  name: string;
  value: string;
}

export interface Link {
  title: string;
  url: string;
}

/** A message every channel renders in its own format. `text` is Markdown. */
export interface Message {
  kind: MessageKind;
  /** A machine-readable event name for webhooks, e.g. `release.published`. */
  event: string;
  title: string;
  text: string;
  facts: Fact[];
  links: Link[];
  /** The accent colour, as 0xRRGGBB. */
  color: number;
  /** The link a title should point to, when there is one. */
  url?: string;
  announcement: Announcement;
}

const STYLE: Record<MessageKind, { event: string; color: number; emoji: string }> = {
  release: { event: 'release.published', color: 0x2da44e, emoji: '🚀' },
  deploy: { event: 'deployment.succeeded', color: 0x0969da, emoji: '📦' },
  rollback: { event: 'deployment.rolled_back', color: 0xbf8700, emoji: '↩️' },
  failure: { event: 'release.failed', color: 0xcf222e, emoji: '❌' },
};

/** The values a template can use, from the announcement. */
export function templateValues(announcement: Announcement): TemplateValues {
  return {
    version: announcement.version,
    tag: announcement.tag,
    environment: announcement.environment,
    url: mainUrl(announcement),
    notes: announcement.notes,
    'previous-version': announcement.previousVersion,
    reason: announcement.reason,
    repository: announcement.repository,
    'run-url': announcement.runUrl,
    kind: announcement.kind,
  };
}

function mainUrl(announcement: Announcement): string | undefined {
  return announcement.url || announcement.releaseUrl || announcement.runUrl || undefined;
}

function defaultTitle(a: Announcement): string {
  const where = a.environment ?? 'production';
  switch (a.kind) {
    case 'release':
      return `${a.repository} ${a.tag} released`;
    case 'deploy':
      return `${a.repository} ${a.version} deployed to ${where}`;
    case 'rollback':
      return a.previousVersion
        ? `${a.repository} ${where} rolled back from ${a.version} to ${a.previousVersion}`
        : `${a.repository} ${a.version} rolled back in ${where}`;
    case 'failure':
      return a.environment
        ? `${a.repository} ${a.version} failed in ${a.environment}`
        : `${a.repository} ${a.version} release failed`;
  }
}

function defaultText(a: Announcement): string {
  const reason = a.reason ? `**Reason:** ${a.reason}` : '';
  switch (a.kind) {
    case 'release':
      return a.notes?.trim() || `Version ${a.version} is out.`;
    case 'deploy':
      return `Version ${a.version} is live in **${a.environment ?? 'production'}**.`;
    case 'rollback':
      return [
        a.previousVersion
          ? `**${a.environment ?? 'production'}** is back on ${a.previousVersion}.`
          : `Version ${a.version} was rolled back.`,
        reason,
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'failure':
      return [`The release of ${a.version} did not complete.`, reason].filter(Boolean).join('\n\n');
  }
}

function facts(a: Announcement): Fact[] {
  const list: Fact[] = [{ name: 'Version', value: a.version }];
  if (a.environment) list.push({ name: 'Environment', value: a.environment });
  if (a.previousVersion)
    list.push({ name: a.kind === 'rollback' ? 'Now running' : 'Previous', value: a.previousVersion });
  list.push({ name: 'Repository', value: a.repository });
  return list;
}

function links(a: Announcement): Link[] {
  const list: Link[] = [];
  if (a.releaseUrl) list.push({ title: 'Release notes', url: a.releaseUrl });
  if (a.url && a.url !== a.releaseUrl)
    list.push({ title: a.environment ? `Open ${a.environment}` : 'Open', url: a.url });
  if (a.runUrl) list.push({ title: 'Workflow run', url: a.runUrl });
  return list;
}

/** Where the whole of the notes can be read when a channel has to shorten them. */
export function fullNotesUrl(message: Message): string | undefined {
  const a = message.announcement;
  return a.releaseUrl || message.url || a.runUrl || undefined;
}

export interface ComposeOptions {
  /** Replaces the default text; placeholders are filled from the announcement. */
  template?: string;
  /** Replaces the default title; placeholders are filled the same way. */
  title?: string;
}

export function composeMessage(announcement: Announcement, options: ComposeOptions = {}): Message {
  const style = STYLE[announcement.kind];
  const values = templateValues(announcement);
  const title = options.title
    ? renderTemplate(options.title, values)
    : `${style.emoji} ${defaultTitle(announcement)}`;
  const text = options.template ? renderTemplate(options.template, values) : defaultText(announcement);
  return {
    kind: announcement.kind,
    event: style.event,
    title: title.trim() || defaultTitle(announcement),
    text,
    facts: facts(announcement),
    links: links(announcement),
    color: style.color,
    url: mainUrl(announcement),
    announcement,
  };
}
