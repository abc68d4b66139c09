import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { globFiles, InputError, inputProblem, mask, type RunContext } from '../../kit/src/index.js';
import {
  describeLocalAssets,
  duplicateNames,
  isPrerelease,
  readManifest,
  secretForms,
  type ChannelPlan,
  type LocalAsset,
  type MessageKind,
} from '../../notify/src/index.js';
import { channelPlans } from './channels.js';
import type { AnnounceInputs } from './inputs.js';

/**
 * Everything the run will do, checked as a whole before anything is sent or
 * created: every channel has what it needs, notes and assets exist. All the
 * problems are reported together, as one input error.
 */

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
  const anchor = (pattern: string) => (isAbsolute(pattern) ? pattern : resolve(workspace, pattern));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${anchor(p.slice(1))}`);
  const files = new Set<string>();
  const empty: string[] = [];
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const matched = await globFiles([anchor(pattern), ...excludes].join('\n'), {
      matchDirectories: false,
      implicitDescendants: false,
    });
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
