import type {
  AnalysisOptions,
  CheckDefinition,
  CommandCheck,
  HttpCheck,
  PrometheusCheck,
} from '../../checks/src/index.js';
import type { SmokeInputs } from './inputs.js';

/** What the inputs ask for, as engine definitions: the checks to wait for, then the analysis. */
export interface SmokePlan {
  http?: HttpCheck;
  tcp: CheckDefinition[];
  command?: CommandCheck;
  prometheus?: PrometheusCheck;
  /** Every check of the wait phase (Prometheus joins the analysis when there is one). */
  checks: CheckDefinition[];
  analysis?: Omit<AnalysisOptions, 'signal' | 'onProgress'>;
}

export function buildPlan(
  inputs: SmokeInputs,
  workspace: string,
  onCommandOutput: (chunk: string) => void,
): SmokePlan {
  const http: HttpCheck | undefined = inputs.url
    ? {
        kind: 'http',
        url: inputs.url,
        method: inputs.method.toUpperCase(),
        headers: inputs.headers,
        body: inputs.body,
        expectStatus: inputs.expectStatus,
        bodyContains: inputs.bodyContains,
        bodyRegex: inputs.bodyRegex,
        jsonPath: inputs.jsonPath,
        jsonEquals: inputs.jsonEquals,
        latencyBudgetMs: inputs.latencyBudget,
        timeoutMs: inputs.requestTimeout,
        secretHeaders: inputs.secretHeaders,
      }
    : undefined;
  const tcp: CheckDefinition[] = (inputs.tcp ?? []).map((target) => ({
    kind: 'tcp',
    host: target.host,
    port: target.port,
    timeoutMs: inputs.requestTimeout,
  }));
  const command: CommandCheck | undefined = inputs.command
    ? {
        kind: 'command',
        command: inputs.command,
        cwd: workspace,
        timeoutMs: inputs.commandTimeout,
        onOutput: onCommandOutput,
      }
    : undefined;
  const prometheus: PrometheusCheck | undefined =
    inputs.prometheusUrl && inputs.prometheusQuery && inputs.prometheusThreshold
      ? {
          kind: 'prometheus',
          url: inputs.prometheusUrl,
          query: inputs.prometheusQuery,
          operator: inputs.prometheusThreshold.operator,
          threshold: inputs.prometheusThreshold.threshold,
          timeoutMs: inputs.requestTimeout,
          headers: inputs.prometheusToken ? { authorization: `Bearer ${inputs.prometheusToken}` } : undefined,
        }
      : undefined;

  const analysis: SmokePlan['analysis'] =
    http && inputs.duration > 0
      ? {
          target: http,
          durationMs: inputs.duration,
          rate: inputs.rate,
          maxErrorRate: inputs.maxErrorRate,
          maxP95Ms: inputs.maxP95Ms,
          minSamples: inputs.minSamples,
          maxConsecutiveFailures: inputs.maxConsecutiveFailures,
          mode: inputs.analysisMode,
          falseAlarmRate: inputs.falseAlarmRate,
          baseline: inputs.baselineUrl
            ? { url: inputs.baselineUrl, maxDegradationPct: inputs.maxDegradation }
            : inputs.baseline
              ? { figures: inputs.baseline, maxDegradationPct: inputs.maxDegradation }
              : undefined,
          metrics: prometheus ? [prometheus] : undefined,
        }
      : undefined;

  const checks: CheckDefinition[] = [
    ...(http ? [http] : []),
    ...tcp,
    ...(command ? [command] : []),
    ...(prometheus && !analysis ? [prometheus] : []),
  ];
  return { http, tcp, command, prometheus, checks, analysis };
}
