/** What every gate produces, and what a gate needs from the run around it. */

export const GATE_NAMES = [
  'tests',
  'coverage',
  'security',
  'performance',
  'reviews',
  'checks',
  'branch',
  'changelog',
  'docs',
  'migrations',
  'flags',
  'freeze',
  'custom',
] as const;

export type GateName = (typeof GATE_NAMES)[number];

/** `overridden` counts as passing; the reason is kept in the report. */
export type GateStatus = 'passed' | 'failed' | 'overridden';

/** One fact behind a gate's verdict, with the place in a file it comes from when there is one. */
export interface Evidence {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface GateResult {
  gate: GateName;
  status: GateStatus;
  /** The measured value, as people read it: `83.4% lines`, `2 failed of 412`. */
  value: string;
  /** What it was held against: `≥ 80%`, `0 failures`. */
  threshold: string;
  /** One sentence: why it passed or failed. */
  summary: string;
  evidence: Evidence[];
  /** The same facts for machines (counts, percentages, ids). */
  data?: Record<string, unknown>;
  override?: { reason: string; actor: string };
  durationMs?: number;
}

/** A gate's verdict before timing is added. */
export type GateOutcome = Omit<GateResult, 'gate' | 'durationMs'>;

export function outcome(passed: boolean, fields: Omit<GateOutcome, 'status'>): GateOutcome {
  return { status: passed ? 'passed' : 'failed', ...fields };
}

/** How many evidence items a gate keeps: enough to act on, bounded for huge reports. */
export const EVIDENCE_LIMIT = 25;
