// In-memory records of everything the emulator keeps besides git data. Tests read these
// directly (emulator.state) to assert what the code under test did.
import type { Permission } from './types.js';

export interface ReleaseAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  uploader: string;
  createdAt: string;
  updatedAt: string;
  downloadCount: number;
}

export interface Release {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  author: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  assets: ReleaseAsset[];
  /** When (ms since the epoch) the release starts to show in the releases list, which lags behind writes. */
  listedFrom?: number;
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  creator: string;
  createdAt: string;
  updatedAt: string;
  /** Oldest first. */
  statuses: DeploymentStatus[];
}

/** Issues and pull requests share one number sequence, as on GitHub: every pull has an issue. */
export interface Issue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  isPull: boolean;
}

export interface Pull {
  number: number;
  id: number;
  head: string;
  base: string;
  /** Fixed head commit; when absent the head branch's tip is used. */
  headSha?: string;
  /** Fixed commit list; when absent it is computed from git (base..head). */
  commits?: string[];
  mergeCommitSha: string | null;
  merged: boolean;
  mergedAt: string | null;
  draft: boolean;
  /** Who merged it (the user, or the app that enabled auto-merge). */
  mergedBy?: string;
  /** Auto-merge, once enabled: merged as soon as the branch's requirements are met. */
  autoMerge?: {
    method: 'merge' | 'squash' | 'rebase';
    enabledBy: { login: string; permission: Permission };
    enabledAt: string;
  };
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Environment {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: Array<{ type: 'User' | 'Team'; id: number }>;
  deploymentBranchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

export interface Review {
  id: number;
  pull: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  body: string;
  commitId: string | null;
  submittedAt: string;
}

export interface CheckRun {
  id: number;
  headSha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface CommitStatus {
  id: number;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

/** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Separate id ranges make an id of the wrong kind fail to resolve, as it would on GitHub.
const ID_BASES: Record<string, number> = {
  release: 100_000,
  asset: 200_000,
  deployment: 300_000,
  deploymentStatus: 400_000,
  issue: 500_000,
  pull: 600_000,
  comment: 700_000,
  label: 800_000,
  environment: 900_000,
  review: 1_000_000,
  checkRun: 1_100_000,
  status: 1_200_000,
};

export class EmulatorState {
  readonly releases: Release[] = [];
  readonly deployments: Deployment[] = [];
  readonly issues: Issue[] = [];
  readonly pulls: Pull[] = [];
  readonly comments: Comment[] = [];
  readonly labels: Label[] = [];
  readonly environments: Environment[] = [];
  readonly reviews: Review[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly statuses: CommitStatus[] = [];
  readonly permissions = new Map<string, Permission>();
  /** Set by make_latest=true; otherwise the newest published non-prerelease is the latest. */
  latestReleaseId: number | undefined;
  private readonly counters = new Map<string, number>();
  private lastNumber = 0;

  nextId(kind: keyof typeof ID_BASES): number {
    const next = (this.counters.get(kind) ?? ID_BASES[kind]!) + 1;
    this.counters.set(kind, next);
    return next;
  }

  /** The next issue or pull request number. */
  nextNumber(requested?: number): number {
    const number = requested ?? this.lastNumber + 1;
    if (this.issue(number)) throw new Error(`issue or pull request #${number} already exists`);
    this.lastNumber = Math.max(this.lastNumber, number);
    return number;
  }

  issue(number: number): Issue | undefined {
    return this.issues.find((i) => i.number === number);
  }

  pull(number: number): Pull | undefined {
    return this.pulls.find((p) => p.number === number);
  }

  release(id: number): Release | undefined {
    return this.releases.find((r) => r.id === id);
  }

  deployment(id: number): Deployment | undefined {
    return this.deployments.find((d) => d.id === id);
  }

  label(name: string): Label | undefined {
    return this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  environment(name: string): Environment | undefined {
    return this.environments.find((e) => e.name.toLowerCase() === name.toLowerCase());
  }

  /** Creates the label on first use, as GitHub does when labels are added to an issue. */
  ensureLabel(name: string): Label {
    const found = this.label(name);
    if (found) return found;
    const label: Label = { id: this.nextId('label'), name, color: 'ededed', description: null };
    this.labels.push(label);
    return label;
  }

  ensureEnvironment(name: string): Environment {
    const found = this.environment(name);
    if (found) return found;
    const now = timestamp();
    const environment: Environment = {
      id: this.nextId('environment'),
      name,
      createdAt: now,
      updatedAt: now,
      waitTimer: 0,
      preventSelfReview: false,
      reviewers: [],
      deploymentBranchPolicy: null,
    };
    this.environments.push(environment);
    return environment;
  }
}
