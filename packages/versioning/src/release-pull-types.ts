import type { ComponentSet } from './components.js';
import type { Plan } from './plan.js';
import type { ReleaseSettings, WrittenNotes } from './settings.js';

/** The shapes of the pull-request mode: what it needs from GitHub, what it is told and what it reports. */

export interface ReleasePull {
  number: number;
  url: string;
  title: string;
  body: string;
  open: boolean;
  merged: boolean;
  mergeCommitSha?: string;
  labels: string[];
}

/** What the release pull request needs from GitHub; the action implements it with its API client. */
export interface ReleasePullApi {
  /** The open pull request from `head` into `base`, if any. */
  findOpen(head: string, base: string): Promise<ReleasePull | undefined>;
  /** Closed pull requests from `head` into `base`, newest first (a page is enough). */
  listClosed(head: string, base: string): Promise<ReleasePull[]>;
  /** Undefined when GitHub says one already exists for the head (a concurrent run made it). */
  create(input: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<ReleasePull | undefined>;
  update(number: number, input: { title?: string; body?: string; state?: 'closed' }): Promise<ReleasePull>;
  setLabels(number: number, add: string[], remove: string[]): Promise<void>;
  comment(number: number, body: string): Promise<void>;
}

export interface PullModeSettings extends ReleaseSettings {
  api: ReleasePullApi;
  /** The branch the release pull request comes from (ours, force-pushed on every update). Default releasePullBranch(target). */
  pullBranch?: string;
  /**
   * The branch the release pull request merges into, when it is not the branch planned from: a hotfix
   * is planned from its hotfix branch and reaches a protected main through the pull request.
   */
  pullBase?: string;
  /** A monorepo's components: one pull request carries every component that has something to release. */
  components?: ComponentSet;
}

/** A component tagged from a merged release pull request. */
export interface ReleasedComponent {
  /** Absent for the whole repository. */
  name?: string;
  path: string;
  tag: string;
  version: string;
  commitSha: string;
  notes: WrittenNotes;
  previous?: string;
}

/** What the release pull request proposes for one component. */
export interface ProposedComponent {
  name?: string;
  path: string;
  plan: Plan;
}

export type PullAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none' | 'superseded' | 'tagged';

export interface PullModeOutcome {
  action: PullAction;
  pull?: ReleasePull;
  /** The plan behind the pull request (what it proposes; the first component's with several), when there is one. */
  plan?: Plan;
  /** Every component planned, releasing or not. */
  proposed?: ProposedComponent[];
  /** Set when this run tagged a merged release pull request (or re-ran the run that did): its first component. */
  released?: ReleasedComponent;
  /** Every component this run tagged (or re-ran the run that did). */
  releasedComponents?: ReleasedComponent[];
  reason?: string;
  warnings: string[];
}

export type ResolvedPullSettings = PullModeSettings & { pullBranch: string; pullBase: string };
