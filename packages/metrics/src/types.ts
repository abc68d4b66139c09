/** The facts the figures are computed from, as read from GitHub's records. */

export interface StatusFact {
  state: string;
  description: string;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface DeploymentFact {
  id: number;
  environment: string;
  task: string;
  ref: string;
  sha: string;
  createdAt: number;
  /** From our payload, or the `[version]` that starts a status description. */
  version?: string;
  /** The branch or tag the version came from, as our payload records it. */
  payloadRef?: string;
  /** Set on a rollback deployment: the deployment it undid, and why. */
  /** What was live when it was made, as our payload records it. */
  previousVersion?: string;
  rollbackOf?: number;
  reason?: string;
  runUrl?: string;
  /** Oldest first. */
  statuses: StatusFact[];
}

export interface ReleaseLink {
  tag: string;
  url: string;
  name?: string;
}

/** The oldest commit a release brought, from comparing its tag with the previous release's. */
export interface FirstCommit {
  at: number;
  sha: string;
  commits: number;
  base: string;
}

export interface History {
  deployments: DeploymentFact[];
  /** Release tags by version. */
  tags: Map<string, string>;
  releases: Map<string, ReleaseLink>;
  firstCommits: Map<string, FirstCommit>;
}

export interface Period {
  since: number;
  until: number;
}

export interface Spread {
  count: number;
  median?: number;
  p90?: number;
}
