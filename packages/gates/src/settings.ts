import type { AllowlistEntry } from './settings/allowlist.js';
import type { Budget } from './settings/budgets.js';
import type { CustomCommand } from './settings/custom-commands.js';
import type { FreezeWindow } from './settings/freeze-windows.js';
import type { Severity } from './parse/findings.js';
import type { GateName } from './types.js';
import type { GitHubReader } from './github.js';

/** Every gate's settings, already parsed and checked (inputs over the config file). */
export interface GateSettings {
  gates: GateName[];
  mode: 'enforce' | 'warn';

  junitReports: string[];
  minTests: number;

  coverageReports: string[];
  coverageThreshold: number;
  branchCoverageThreshold?: number;
  coverageBaseline?: string;
  coverageMaxDrop: number;

  sarifReports: string[];
  npmAuditReports: string[];
  severityThreshold: Severity;
  allowlist: AllowlistEntry[];

  benchmarkResults?: string;
  performanceBudgets: Budget[];
  performanceBaseline?: string;
  regressionLimit?: number;
  higherIsBetter: string[];

  requiredApprovals: number;
  requiredChecks: string[];
  ignoreChecks: string[];

  releaseKind: 'release' | 'hotfix';
  releaseBranches: string[];
  hotfixBranches: string[];
  branch?: string;
  version?: string;
  tag?: string;
  tagPrefix: string;

  changelog: string;
  docsFiles: string[];
  migrationGuide: string[];

  /** Globs of the database migration files the migrations gate watches. */
  migrationFiles: string[];
  /** Whether the environment has a migrate-command (input, or the config file's environment section). */
  migrateCommandSet: boolean;
  /** The team's own check for changed migrations, instead of a migrate-command. */
  migrationsCheck?: string;

  flagsFile?: string;

  freezeWindows: FreezeWindow[];
  environment: string;
  freezeEnvironments: string[];
  overrideReason?: string;

  customCommands: CustomCommand[];
  customTimeoutMs: number;
}

/** The run around the gates: where, when, which commit, and GitHub when there is a token. */
export interface GateContext {
  workspace: string;
  now: Date;
  sha: string;
  /** GITHUB_REF, e.g. refs/heads/main or refs/tags/v1.2.0. */
  ref: string;
  /** On pull_request events, the branch the pull request merges into (GITHUB_BASE_REF): what would be released. */
  pullBaseRef?: string;
  /** The pull request number when the event carries one. */
  pullNumber?: number;
  actor: string;
  runId: string;
  github?: GitHubReader;
  /** The API the reader talks to, for messages. */
  apiUrl?: string;
  /** Where custom commands write their output as it comes, so long commands are visible live. */
  log?: (line: string) => void;
}
