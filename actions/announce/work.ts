import {
  createGitHubClient,
  formatDuration,
  group,
  info,
  maskedValues,
  pacing,
  ReleaseError,
  requireRepository,
  setOutputs,
  warning,
  writeSummary,
  type GitHubClient,
  type RunContext,
} from '../../packages/kit/src/index.js';
import {
  broadcast,
  commentOnShipped,
  commitsInRange,
  composeMessage,
  DEFAULT_RETRY,
  ensureRelease,
  isLegacyTeamsConnector,
  shippedItems,
  type Announcement,
  type ChannelOutcome,
  type CommentOutcome,
  type Log,
  type ReleaseOutcome,
  type RetryPolicy,
} from '../../packages/notify/src/index.js';
import {
  planAnnouncement,
  type AnnounceInputs,
  type AnnouncePlan,
} from '../../packages/announce/src/index.js';
import { renderSummary } from './summary.js';

const log: Log = { info, warning };

/** Back-off for chat and email; the variables exist for local servers and tests, like the API client's. */
function retryPolicy(): RetryPolicy {
  return {
    ...DEFAULT_RETRY,
    baseMs: pacing().notifyRetryBaseMs ?? DEFAULT_RETRY.baseMs,
    maxWaitMs: pacing().notifyMaxWaitMs ?? DEFAULT_RETRY.maxWaitMs,
  };
}

/** The `messages` output: channel → { status, id }, plus Slack's channel id for a later chat.update. */
function messagesOutput(outcomes: ChannelOutcome[]): Record<string, Record<string, string>> {
  const output: Record<string, Record<string, string>> = {};
  for (const outcome of outcomes) {
    const entry: Record<string, string> = { status: outcome.status };
    if (outcome.id) entry['id'] = outcome.id;
    if (outcome.channelId) entry['channel'] = outcome.channelId;
    if (outcome.error) entry['error'] = outcome.error;
    output[outcome.channel] = entry;
  }
  return output;
}

/** Where the whole notes live when a release body cannot hold them: the notes file at the tag, else the tag's history. */
function notesUrl(context: RunContext, tag: string, notesFile: string | undefined): string {
  const base = `${context.serverUrl}/${context.repository}`;
  const path = notesFile?.replace(/^\.\//, '');
  return path
    ? `${base}/blob/${encodeURIComponent(tag)}/${path.split('/').map(encodeURIComponent).join('/')}`
    : `${base}/commits/${encodeURIComponent(tag)}`;
}

function validSha(sha: string): string | undefined {
  return /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : undefined;
}

async function postComments(
  octokit: GitHubClient,
  plan: AnnouncePlan,
  repo: { owner: string; repo: string },
  commits: string[] | undefined,
  previousTag: string | undefined,
  releaseUrl: string,
): Promise<CommentOutcome> {
  // Without an earlier tag this is the first release: its whole history would be a great many reads.
  const limit = previousTag ? 1000 : 250;
  const shas = commits ?? (await commitsInRange(octokit, repo, { base: previousTag, head: plan.tag }, limit));
  if (!commits && shas.length >= limit)
    warning(`Only the first ${limit} commits of the release are looked at`);
  info(`${shas.length} commit(s) in ${previousTag ? `${previousTag}...${plan.tag}` : plan.tag}`);
  const items = await shippedItems(octokit, repo, shas, log);
  info(`${items.length} pull request(s) and issue(s) shipped`);
  return commentOnShipped(octokit, repo, items, { tag: plan.tag, releaseUrl, label: plan.commentLabel }, log);
}

/** What the run has done so far: the summary shows it however the run ends. */
interface Progress {
  release?: ReleaseOutcome;
  channels: ChannelOutcome[];
  comments?: CommentOutcome;
  /** Failures that fail the step once everything else has been tried. */
  failures: string[];
}

interface Api {
  octokit: GitHubClient;
  repo: { owner: string; repo: string };
}

function releaseRequest(
  plan: AnnouncePlan,
  inputs: AnnounceInputs,
  context: RunContext,
  api: Api,
  previousTag?: string,
) {
  return {
    ...api.repo,
    tag: plan.tag,
    version: plan.version,
    tagPrefix: plan.tagPrefix,
    name: inputs.releaseName || plan.tag,
    notes: plan.notes,
    notesUrl: notesUrl(context, plan.tag, inputs.notesFile),
    generateNotes: inputs.generateNotes,
    previousTag,
    target: inputs.target || validSha(context.sha),
    prerelease: plan.prerelease,
    makeLatest: inputs.makeLatest,
    keepDraft: inputs.draft,
    assets: plan.assets,
    replaceAssets: inputs.replaceAssets,
  };
}

async function publishRelease(
  plan: AnnouncePlan,
  inputs: AnnounceInputs,
  context: RunContext,
  api: Api,
  previousTag: string | undefined,
): Promise<ReleaseOutcome> {
  const request = releaseRequest(plan, inputs, context, api, previousTag);
  const created = await group(`GitHub Release ${plan.tag}`, () => ensureRelease(api.octokit, request, log));
  setOutputs({ 'release-url': created.url, 'release-id': String(created.id) });
  info(`Release ${plan.tag}: ${created.url} (${created.action})`);
  return created;
}

/** What the channels say: the release's notes and previous version when the release found them. */
function announcementOf(
  plan: AnnouncePlan,
  inputs: AnnounceInputs,
  context: RunContext,
  release: ReleaseOutcome | undefined,
  releaseUrl: string,
): Announcement {
  const previousVersion =
    plan.previousVersion ??
    (release?.previousTag?.startsWith(plan.tagPrefix)
      ? release.previousTag.slice(plan.tagPrefix.length)
      : undefined);
  return {
    kind: plan.kind,
    repository: context.repository,
    version: plan.version,
    tag: plan.tag,
    environment: inputs.environment,
    url: inputs.url,
    releaseUrl: plan.kind === 'release' ? releaseUrl : undefined,
    runUrl: context.runUrl || undefined,
    notes: release?.notes ?? plan.notes,
    previousVersion,
    reason: inputs.reason,
  };
}

/** Sends to every channel; a channel that must not fail adds a failure, any other only warns. */
async function sendToChannels(
  message: ReturnType<typeof composeMessage>,
  plan: AnnouncePlan,
  progress: Progress,
) {
  if (plan.channels.length > 0) {
    progress.channels = await group('Channels', () =>
      broadcast(message, plan.channels, {
        secrets: maskedValues(),
        policy: retryPolicy(),
        onRetry: (attempt, waitMs, reason, channel) =>
          warning(`${channel}: ${reason}; attempt ${attempt + 1} in ${formatDuration(waitMs)}`),
      }),
    );
    for (const outcome of progress.channels) {
      if (outcome.status !== 'failed')
        info(`${outcome.channel}: ${outcome.status}${outcome.id ? ` (${outcome.id})` : ''}`);
      else if (outcome.failOnError) progress.failures.push(`${outcome.channel}: ${outcome.error}`);
      else warning(`${outcome.channel} failed (fail-on-error is false): ${outcome.error}`);
    }
  }
  const slack = progress.channels.find((outcome) => outcome.channel === 'slack' && outcome.id);
  setOutputs({ messages: messagesOutput(progress.channels), 'slack-ts': slack?.id });
}

/** A comment on each pull request and issue that shipped; a known failure is reported, not thrown. */
async function commentOnWhatShipped(
  api: Api,
  plan: AnnouncePlan,
  inputs: AnnounceInputs,
  previousTag: string | undefined,
  releaseUrl: string,
  progress: Progress,
): Promise<void> {
  try {
    progress.comments = await group('Comments on what shipped', () =>
      postComments(api.octokit, plan, api.repo, inputs.commits, previousTag, releaseUrl),
    );
  } catch (thrown) {
    if (!(thrown instanceof ReleaseError)) throw thrown;
    progress.failures.push(thrown.hint ? `${thrown.message}\nHint: ${thrown.hint}` : thrown.message);
  }
}

/** The release, then the channels, then the comments, each as far as the plan asks. */
async function announceSteps(
  plan: AnnouncePlan,
  inputs: AnnounceInputs,
  context: RunContext,
  progress: Progress,
) {
  const needsApi = plan.githubRelease || plan.comment;
  const api = needsApi
    ? { repo: requireRepository(context), octokit: await createGitHubClient({ token: inputs.token ?? '' }) }
    : undefined;
  const previousTag = plan.previousVersion ? `${plan.tagPrefix}${plan.previousVersion}` : undefined;
  if (plan.githubRelease && api)
    progress.release = await publishRelease(plan, inputs, context, api, previousTag);
  const release = progress.release;
  const releaseUrl = release?.url ?? `${context.serverUrl}/${context.repository}/releases/tag/${plan.tag}`;
  const announcement = announcementOf(plan, inputs, context, release, releaseUrl);
  const message = composeMessage(announcement, { template: inputs.template, title: inputs.title });
  await sendToChannels(message, plan, progress);
  if (plan.comment && api) {
    await commentOnWhatShipped(api, plan, inputs, release?.previousTag ?? previousTag, releaseUrl, progress);
  }
}

export async function announce(inputs: AnnounceInputs, context: RunContext): Promise<void> {
  const plan = await planAnnouncement(inputs, context);
  if (inputs.teamsWebhookUrl && isLegacyTeamsConnector(inputs.teamsWebhookUrl)) {
    warning(
      'teams-webhook-url is an Office 365 connector URL; those are retired. Create a Workflows webhook instead.',
    );
  }
  const progress: Progress = { channels: [], failures: [] };
  const title = `${plan.kind === 'release' ? '🚀' : '📣'} announce: ${context.repository} ${plan.tag}`;
  try {
    await announceSteps(plan, inputs, context, progress);
  } finally {
    await writeSummary(
      renderSummary({
        title,
        release: progress.release,
        channels: progress.channels,
        comments: progress.comments,
        commentsSkipped:
          inputs.draft && plan.kind === 'release' ? 'Skipped: the release is kept as a draft.' : undefined,
      }),
    );
  }
  if (progress.failures.length > 0) {
    throw new ReleaseError('EANNOUNCE', `Not everything was announced:\n${progress.failures.join('\n')}`, {
      hint: 'What succeeded is not repeated for the GitHub Release and comments when the job is re-run.',
    });
  }
}
