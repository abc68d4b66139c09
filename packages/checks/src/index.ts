/**
 * The checks engine: health checks (HTTP, TCP, command, Prometheus), wait-until-ready and
 * load analysis. Free of runner I/O; smoke-test, deploy-env and rollback call it directly.
 */
export type {
  StatusMatcher,
  HttpCheck,
  TcpCheck,
  CommandCheck,
  PrometheusCheck,
  ComparisonOperator,
  CheckDefinition,
  LatencyPercentiles,
  CheckResult,
  CheckReport,
  AttemptEvent,
  WaitOptions,
  RunOnceOptions,
  AnalysisThresholds,
  BaselineFigures,
  AnalysisOptions,
  BaselineReport,
  AnalysisReport,
  AnalysisMode,
  AnalysisDecision,
  SequentialEvidence,
} from './types.js';
export { BernoulliSprt, DEFAULT_FALSE_ALARM_RATE, errorRateHypotheses } from './sequential.js';
export { waitUntilHealthy, runChecksOnce, DEFAULT_WAIT } from './wait.js';
export { analyse, DEFAULT_THRESHOLDS, DEFAULT_MAX_DEGRADATION_PCT, BASELINE_FLOOR } from './analysis.js';
export {
  validateCheck,
  validateAnalysisOptions,
  CheckDefinitionError,
  regexProblem,
  urlProblem,
} from './validate.js';
export { LIMITS, plannedRequests } from './limits.js';
export { parseStatusMatcher, statusMatches } from './status.js';
export { parseThreshold } from './compare.js';
export { jsonPathProblem } from './jsonpath.js';
export { percentiles } from './percentiles.js';
export { checkName, displayUrl, isSecretHeader, secretHeaderValues, secretUrlParts } from './names.js';
export { decisionSentence, evidenceRows, EVIDENCE_HEADERS } from './decision-text.js';
export { analyseTraffic, type TrafficAnalysisOptions } from './traffic-analysis.js';
export { queryTotal } from './prometheus-check.js';
export { formatMs, formatShare } from './format.js';
