import type { PlanSettings } from './plan.js';
import type { FindPulls, LookupReport } from './pull-requests.js';
import type { Plan } from './plan.js';
import type { Identity } from './repository.js';
import type { VersionFileSpec } from './version-files/index.js';

/** Everything a release is told, and everything it reports back. */

export interface ReleaseLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ReleaseSettings extends Omit<PlanSettings, 'root'> {
  workspace: string;
  /** undefined: look for the known files in the component folder; []: none. */
  versionFiles?: VersionFileSpec[];
  /** Relative to the repository root; undefined for no changelog file. */
  changelogFile?: string;
  /** `{version}` and `{tag}` are filled in. */
  commitMessage: string;
  tagMessage: string;
  identity: Identity;
  releaseBranch: boolean;
  releaseBranchFrom: string;
  /** The branch to push to when HEAD is detached. */
  ref?: string;
  push: boolean;
  dryRun: boolean;
  remote: string;
  /** https://github.com/owner/repo, for links in the notes. */
  repositoryUrl?: string;
  /** Recorded in the tag, so a re-run of the same workflow run recognises its own tag. */
  runUrl?: string;
  findPulls?: FindPulls;
  pullLookupLimit: number;
  /** Where the notes file is written (RUNNER_TEMP in a workflow). */
  notesDir: string;
  /** How much of the notes the outcome carries (outputs and the summary); the file has them whole. */
  previewLimit: number;
  /** Plans (after the branch moved on) and pushes (after a network error) at most. */
  pushAttempts: number;
  retryDelayMs: number;
  now: () => Date;
  log: ReleaseLog;
}

/** A release's notes as written: the file, its first part for outputs and the summary. */
export interface WrittenNotes {
  file: string;
  /** The notes, or their first `previewLimit` characters. */
  preview: string;
  truncated: boolean;
  /** Bytes of the `###` sections at the start of the file (the changelog takes these). */
  bodyBytes: number;
}

export interface ReleaseOutcome {
  released: boolean;
  /** Why nothing was released, when nothing was. */
  reason?: string;
  plan: Plan;
  /** Undefined when nothing is released. */
  notes?: WrittenNotes;
  /** YYYY-MM-DD of the release. */
  date?: string;
  /** The commit the tag points at (in a dry run, the commit it would be cut from). */
  commitSha?: string;
  /** The tag (or release branch) already marked this release, as on a re-run: nothing was written. */
  reused: boolean;
  /** Files the release changes (or would, in a dry run). */
  files: string[];
  pushed: boolean;
  /** Plans made: more than one when the branch moved on during the push. */
  attempts: number;
  releaseBranch?: string;
  lookup?: LookupReport;
  warnings: string[];
}

export function fillTemplate(template: string, values: { version: string; tag: string }): string {
  return template.replace(/\{version\}/g, values.version).replace(/\{tag\}/g, values.tag);
}

/** The first line of the release commit message: how a release commit is recognised. */
export function releaseSubject(settings: ReleaseSettings, plan: Plan): string {
  return fillTemplate(settings.commitMessage, { version: plan.version!, tag: plan.tag! }).split('\n')[0]!;
}
