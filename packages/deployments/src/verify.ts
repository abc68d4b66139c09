/**
 * Verification and canary analysis through the checks engine (the same one
 * smoke-test uses), plus the small helpers that fill URL templates and read
 * which version a URL reports.
 */
import { JSONPath } from 'jsonpath-plus';
import { analyse, analyseTraffic, waitUntilHealthy, type HttpCheck } from '../../checks/src/index.js';
import { watchLive } from './live-check.js';
import { answerOf, progressReporter } from './verify-report.js';
import type { AnalyseProbe, Verifier, VerifyOutcome, VerifyProbe } from './types.js';

export interface TemplateValues {
  slot?: string;
  target?: string;
  version?: string;
  environment?: string;
}

/**
 * Fills `{slot}`, `{target}`, `{version}` and `{environment}`; values are
 * URL-encoded, and a placeholder with no value here (no target outside a
 * rolling deploy) becomes empty rather than staying in the URL.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(slot|target|version|environment)\}/g, (_whole, key: keyof TemplateValues) =>
    encodeURIComponent(values[key] ?? ''),
  );
}

export function templateKeys(template: string): string[] {
  return [...template.matchAll(/\{(slot|target|version|environment)\}/g)].map((match) => match[1]!);
}

export function verifyChecks(probe: VerifyProbe): HttpCheck[] {
  return probe.urls.map((url, index) => {
    const check: HttpCheck = { kind: 'http', name: `${probe.label}: ${url}`, url };
    if (index === 0 && probe.versionPath) {
      check.jsonPath = probe.versionPath;
      check.jsonEquals = probe.version;
    }
    return check;
  });
}

export const checksVerifier: Verifier = {
  watch: watchLive,
  async verify(probe: VerifyProbe): Promise<VerifyOutcome> {
    const checks = verifyChecks(probe);
    const report = await waitUntilHealthy(checks, {
      timeoutMs: probe.timeoutMs,
      signal: probe.signal,
      ...(probe.progress ? { onAttempt: progressReporter(checks, probe.timeoutMs, probe.progress) } : {}),
    });
    // The URL names the check: the label is already in the sentence the caller builds around these.
    const failed = report.checks.flatMap((check, index) =>
      check.passed ? [] : [{ url: checks[index]?.url ?? check.name, reason: check.reason ?? 'failed' }],
    );
    const reasons = await Promise.all(
      failed.map(async ({ url, reason }) => {
        const answer = probe.signal?.aborted ? undefined : await answerOf(url);
        return `${url}: ${reason}${answer ? ` (its answer now: ${answer})` : ''}`;
      }),
    );
    return { passed: report.passed, reasons, report };
  },
  async analyse(probe: AnalyseProbe) {
    const { settings } = probe;
    if (settings.prometheus && probe.version && probe.stableVersion) {
      return analyseTraffic({
        prometheusUrl: settings.prometheus.url,
        requestsQuery: settings.prometheus.requestsQuery,
        errorsQuery: settings.prometheus.errorsQuery,
        canaryVersion: probe.version,
        stableVersion: probe.stableVersion,
        durationMs: settings.durationMs,
        thresholds: {
          maxErrorRate: settings.maxErrorRate,
          maxP95Ms: settings.maxP95Ms,
          minSamples: settings.minSamples,
          maxConsecutiveFailures: settings.maxConsecutiveFailures,
        },
        mode: settings.mode ?? 'sequential',
        falseAlarmRate: settings.falseAlarmRate,
        signal: probe.signal,
      });
    }
    return analyse({
      target: { kind: 'http', name: probe.label, url: probe.url },
      durationMs: settings.durationMs,
      rate: settings.rate,
      maxErrorRate: settings.maxErrorRate,
      maxP95Ms: settings.maxP95Ms,
      minSamples: settings.minSamples,
      maxConsecutiveFailures: settings.maxConsecutiveFailures,
      mode: settings.mode ?? 'sequential',
      falseAlarmRate: settings.falseAlarmRate,
      signal: probe.signal,
      ...(probe.baselineUrl ? { baseline: { url: probe.baselineUrl } } : {}),
    });
  },
};

/** The version a URL reports at a JSON path, or undefined when it does not answer with one. */
export async function readVersionAt(
  url: string,
  versionPath: string,
  timeoutMs = 5000,
): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { connection: 'close' },
    });
    if (!response.ok) return undefined;
    const json = (await response.json()) as object;
    const value: unknown = JSONPath({ path: versionPath, json, wrap: false });
    return value === undefined || value === null || typeof value === 'object' ? undefined : String(value);
  } catch {
    return undefined;
  }
}
