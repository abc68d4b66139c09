/**
 * Public types of the checks engine. deploy-env and rollback import these directly, so names
 * and shapes here are a contract: add fields, never rename or remove them.
 */

/** Accepted HTTP statuses: "200", "200,204", "200-299", "2xx", or any comma-separated mix. */
export type StatusMatcher = string;

export interface HttpCheck {
  kind: 'http';
  name?: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Default "200-399". */
  expectStatus?: StatusMatcher;
  bodyContains?: string;
  bodyRegex?: string;
  /** A JSONPath (e.g. `$.version`) evaluated on the response body parsed as JSON. */
  jsonPath?: string;
  /** The value at `jsonPath` must equal this (compared as text; objects as JSON). */
  jsonEquals?: string;
  /** A response slower than this fails the attempt. */
  latencyBudgetMs?: number;
  /** Per request; default 10 000 ms. */
  timeoutMs?: number;
  /** Header names whose values are secret (Authorization, Cookie and token-like names always are). */
  secretHeaders?: string[];
}

export interface TcpCheck {
  kind: 'tcp';
  name?: string;
  host: string;
  port: number;
  timeoutMs?: number;
}

export interface CommandCheck {
  kind: 'command';
  name?: string;
  /** Run through the shell (`sh -c` / `cmd /c`): the user wrote it as a shell command. */
  command: string;
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** Receives the command's output as it arrives (the action groups it in the log). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export interface PrometheusCheck {
  kind: 'prometheus';
  name?: string;
  /** Base URL of the Prometheus server (the HTTP API lives under `/api/v1/`). */
  url: string;
  query: string;
  operator: ComparisonOperator;
  threshold: number;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export type CheckDefinition = HttpCheck | TcpCheck | CommandCheck | PrometheusCheck;

export interface LatencyPercentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface CheckResult {
  name: string;
  kind: CheckDefinition['kind'];
  passed: boolean;
  attempts: number;
  /** Why the last attempt failed, in plain words. */
  reason?: string;
  durationMs: number;
  latencyMs?: LatencyPercentiles;
  /** The metric value (prometheus) or the exit code (command). */
  value?: number;
}

export interface CheckReport {
  passed: boolean;
  checks: CheckResult[];
  startedAt: string;
  durationMs: number;
}

export interface AttemptEvent {
  check: string;
  attempt: number;
  passed: boolean;
  reason?: string;
}

export interface WaitOptions {
  timeoutMs: number;
  /** First pause between attempts; default 250 ms. */
  initialIntervalMs?: number;
  /** Longest pause between attempts; default 1000 ms, so health is noticed within about a second. */
  maxIntervalMs?: number;
  /** How many checks run at the same time; default 8. */
  concurrency?: number;
  signal?: AbortSignal;
  onAttempt?: (event: AttemptEvent) => void;
}

export interface RunOnceOptions {
  concurrency?: number;
  signal?: AbortSignal;
  onAttempt?: (event: AttemptEvent) => void;
}

export interface AnalysisThresholds {
  /** Default 0.05. */
  maxErrorRate: number;
  /** Default 2000. */
  maxP95Ms: number;
  /** Fewest answered requests for a verdict. Default 10, or every planned request when fewer are planned. */
  minSamples: number;
  /** Default 5. */
  maxConsecutiveFailures: number;
}

export interface BaselineFigures {
  errorRate: number;
  p95Ms: number;
}

export interface AnalysisOptions extends Partial<AnalysisThresholds> {
  target: HttpCheck;
  durationMs: number;
  /** Requests per second. */
  rate: number;
  /** Most requests in flight at once; default derived from rate (at least 4, at most 256). */
  concurrency?: number;
  baseline?: { url?: string; figures?: BaselineFigures; maxDegradationPct?: number /* default 20 */ };
  metrics?: PrometheusCheck[];
  /**
   * `fixed` (the default) sends every planned request and judges the whole window;
   * `sequential` stops as soon as the evidence is conclusive either way.
   */
  mode?: AnalysisMode;
  /** Sequential mode: the highest share of healthy versions judged bad (α); default 0.01. */
  falseAlarmRate?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { sent: number; failed: number; elapsedMs: number }) => void;
}

export type AnalysisMode = 'sequential' | 'fixed';

/** One stream of a sequential test: failed requests, or answers slower than the maximum p95. */
export interface SequentialEvidence {
  name: string;
  p0: number;
  p1: number;
  observations: number;
  failures: number;
  logRatio: number;
  rejectAt: number;
  acceptAt: number;
  verdict?: 'bad' | 'healthy';
}

/** How and when an analysis reached its verdict. */
export interface AnalysisDecision {
  mode: AnalysisMode;
  /** `bad` or `healthy` when a sequential test decided early; `window` when the whole window was judged. */
  by: 'bad' | 'healthy' | 'window';
  /** Finished requests when the verdict was reached, and the time since the analysis started. */
  afterSamples: number;
  afterMs: number;
  reason: string;
  falseAlarmRate?: number;
  evidence: SequentialEvidence[];
}

export interface BaselineReport {
  samples: number;
  errorRate: number;
  p95Ms: number;
  /** The worse of the latency and error-rate degradations, in percent (0 when better). */
  degradationPct: number;
  passed: boolean;
  /** Measured against the baseline URL during the run, or taken from stored figures. */
  source?: 'url' | 'figures';
  latencyDegradationPct?: number;
  errorRateDegradationPct?: number;
  maxDegradationPct?: number;
}

export interface AnalysisReport {
  passed: boolean;
  reasons: string[];
  samples: number;
  failures: number;
  errorRate: number;
  consecutiveFailuresMax: number;
  latencyMs: LatencyPercentiles;
  durationMs: number;
  thresholds: AnalysisThresholds;
  baseline?: BaselineReport;
  metrics?: CheckResult[];
  /** Failure reasons seen during the run and how often (e.g. "status 503 (expected 200)": 12). */
  failureReasons?: Record<string, number>;
  /** Requests actually sent per second. */
  achievedRate?: number;
  /** The name of the target check (its URL without query string or credentials). */
  target?: string;
  rate?: number;
  concurrency?: number;
  /** Requests planned (rate × duration), sent, answered, and never sent (the service could not keep up). */
  planned?: number;
  sent?: number;
  responses?: number;
  unsent?: number;
  decision?: AnalysisDecision;
  /** When the first request failed (ms since the epoch). */
  firstFailureAt?: number;
}
