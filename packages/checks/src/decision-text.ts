/** The evidence behind an analysis verdict, in words and table rows, for job summaries. */
import { formatShare as share } from './format.js';
import type { AnalysisDecision } from './types.js';

/** One sentence: how the verdict was reached and after how many requests. */
export function decisionSentence(decision: AnalysisDecision): string {
  const when = `after ${decision.afterSamples} requests (${(decision.afterMs / 1000).toFixed(1)} s)`;
  if (decision.mode === 'fixed') return `Fixed window: judged ${when}.`;
  const verdict =
    decision.by === 'bad'
      ? `Stopped early, bad, ${when}`
      : decision.by === 'healthy'
        ? `Stopped early, healthy, ${when}`
        : `Judged on the whole window, ${when}`;
  return `Sequential analysis at a false-alarm rate of ${share(decision.falseAlarmRate ?? 0)}: ${verdict}: ${decision.reason}.`;
}

export const EVIDENCE_HEADERS = [
  'Evidence of',
  'Seen',
  'Healthy / bad rate',
  'Log-likelihood ratio',
  'Healthy ≤ · bad ≥',
] as const;

/** One row per test: what it counted, the hypotheses, and where the evidence stood. */
export function evidenceRows(decision: AnalysisDecision): string[][] {
  return decision.evidence.map((stream) => [
    stream.name,
    `${stream.failures} of ${stream.observations}`,
    `${share(stream.p0)} / ${share(stream.p1)}`,
    `${stream.logRatio}${stream.verdict ? ` (${stream.verdict})` : ''}`,
    `${stream.acceptAt} · ${stream.rejectAt}`,
  ]);
}
