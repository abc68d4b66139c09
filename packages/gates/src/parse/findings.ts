/** Security findings as every scanner format reduces to them. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** The advisory or rule id people allowlist: GHSA-…, CVE-…, a rule id. */
  id: string;
  /** Other ids the same finding is known by (CVE for a GHSA, npm's advisory number). */
  aliases: string[];
  severity: Severity | 'none';
  title: string;
  /** The report it came from. */
  report: string;
  /** Where in the code (SARIF) or which package (npm audit). */
  file?: string;
  line?: number;
  column?: number;
  package?: string;
}

export function severityRank(severity: Severity | 'none'): number {
  return severity === 'none' ? -1 : SEVERITIES.indexOf(severity);
}

/** GitHub's reading of a CVSS score (`security-severity`): 9+ critical, 7+ high, 4+ medium, above 0 low. */
export function severityFromScore(score: number): Severity | 'none' {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'none';
}
