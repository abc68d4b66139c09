/**
 * The shapes shared by deploy-env and rollback: what to deploy, how, and the
 * small interfaces (log, verifier) the logic is given instead of touching the
 * runner itself.
 */
import type { AnalysisReport, CheckReport } from '../../checks/src/index.js';
import type { WatchOutcome, WatchProbe } from './live-check.js';

export const STRATEGIES = ['direct', 'rolling', 'blue-green', 'canary'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

/** The user's own shell commands, run with `bash -c`; context reaches them only through RELEASE_* variables. */
export interface ProviderCommands {
  deploy?: string;
  switch?: string;
  traffic?: string;
  remove?: string;
  status?: string;
  /** Migrates the database for RELEASE_VERSION; runs once per deployment, before traffic moves. */
  migrate?: string;
  /** Undoes what the migrate-command of the release being rolled back did. */
  migrateRollback?: string;
}

/**
 * expand: the previous version keeps working on the migrated schema (columns or
 * tables added); contract: it does not (columns dropped, renamed or made required).
 */
export const MIGRATION_KINDS = ['expand', 'contract'] as const;
export type MigrationKind = (typeof MIGRATION_KINDS)[number];

export interface MigrationSettings {
  kind: MigrationKind;
  /** Blue-green, canary and rolling: the user accepts the old version serving beside a contract migration. */
  allowContract: boolean;
}

export interface VerifySettings {
  /** URL templates that must answer 2xx/3xx; `{slot}`, `{target}`, `{version}`, `{environment}` are filled in. */
  urls: string[];
  /** A JSON path into the first URL's answer that must equal the version being deployed. */
  versionPath?: string;
  timeoutMs: number;
  /**
   * After traffic moved to a verified version: how long the environment URL is
   * watched, every failed answer ending the watch at once. Default 5 s.
   */
  liveCheckMs?: number;
}

export interface AnalysisSettings {
  /** URL template of what is analysed; defaults to the first verify URL for slot `canary`. */
  url?: string;
  baselineUrl?: string;
  durationMs: number;
  rate: number;
  maxErrorRate: number;
  maxP95Ms: number;
  minSamples: number;
  maxConsecutiveFailures: number;
  /** Wait after each weight change before the analysis starts. */
  pauseMs: number;
  /** Stop each analysis once its verdict is certain (the default), or judge the whole window. */
  mode?: 'sequential' | 'fixed';
  falseAlarmRate?: number;
  /** Judge the canary on the traffic it serves, from Prometheus, against the stable version's. */
  prometheus?: { url: string; requestsQuery: string; errorsQuery: string };
}

export interface ArtifactRef {
  /** A path relative to the workspace, or a reference such as `ghcr.io/acme/app@sha256:…`. */
  name: string;
  sha256?: string;
  /** Where the provider command finds it in this run (an absolute path), when it is a local file. */
  path?: string;
}

export interface DeploySettings {
  environment: string;
  version: string;
  /** The branch, tag or SHA the version came from (what `allowed-refs` judges). */
  ref: string;
  /** The commit the version was built from. */
  commit: string;
  strategy: StrategyName;
  environmentUrl?: string;
  commands: ProviderCommands;
  targets: string[];
  /** A count, or a share of the targets when `batchPercent` is set. */
  batchSize: number;
  batchPercent: boolean;
  slots: [string, string];
  canaryWeights: number[];
  verify: VerifySettings;
  analysis: AnalysisSettings;
  retries: number;
  retryDelayMs: number;
  autoRollback: boolean;
  production: boolean;
  workingDirectory: string;
  artifacts: ArtifactRef[];
  /** How the migrate-command's migration treats the previous version; expand when unset. */
  migration?: MigrationSettings;
}

/** What a deploy reached, so a rollback undoes exactly that. */
export interface Reached {
  /** The strategy's last phase: deploying, verifying, switching, canary, promoting, live. */
  phase: Phase;
  /** Targets (rolling) already on the new version. */
  targets: string[];
  /** Blue-green: traffic was switched to the new slot. */
  switched: boolean;
  /** Canary: the last weight set (0 when traffic never reached the canary). */
  canaryWeight: number;
}

export type Phase = 'deploying' | 'verifying' | 'switching' | 'canary' | 'promoting' | 'live';

/** Log lines and collapsible groups; deploy-env passes the runner's, tests a recorder. */
export interface DeployLog {
  info(message: string): void;
  warning(message: string): void;
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

export const silentLog: DeployLog = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, body) => body(),
};

export interface VerifyProbe {
  /** What is being verified, for the log and the summary ("slot green", "target web-2"). */
  label: string;
  urls: string[];
  version: string;
  versionPath?: string;
  timeoutMs: number;
  /** Aborted when the run is cancelled. */
  signal?: AbortSignal;
  /** Where a line goes every few seconds while a URL keeps failing. */
  progress?: (line: string) => void;
}

export interface VerifyOutcome {
  passed: boolean;
  reasons: string[];
  report?: CheckReport;
}

export interface AnalyseProbe {
  label: string;
  url: string;
  baselineUrl?: string;
  settings: AnalysisSettings;
  signal?: AbortSignal;
  /** The canary's version and the stable one's, for queries with {version}. */
  version?: string;
  stableVersion?: string;
}

/** Verification and analysis; the real one is the checks engine, tests may pass their own. */
export interface Verifier {
  verify(probe: VerifyProbe): Promise<VerifyOutcome>;
  analyse(probe: AnalyseProbe): Promise<AnalysisReport>;
  /** The live check after a switch; a verifier without one verifies the URL instead. */
  watch?(probe: WatchProbe): Promise<WatchOutcome>;
}

/** One row of the job summary's step table. */
export interface StepRecord {
  name: string;
  detail: string;
  startedAt: number;
  durationMs: number;
  ok: boolean;
  note?: string;
}

export interface AnalysisRecord {
  weight: number;
  label: string;
  report: AnalysisReport;
}

/** The run doing the work, as recorded in payloads and status links. */
export interface RunInfo {
  runId: string;
  runAttempt: string;
  runUrl: string;
  sha: string;
}
