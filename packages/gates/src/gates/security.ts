import { findFiles, missingReports } from '../parse/files.js';
import { severityRank, type Finding } from '../parse/findings.js';
import { parseNpmAudit } from '../parse/npm-audit.js';
import { parseSarif } from '../parse/sarif.js';
import { allowlistActive, type AllowlistEntry } from '../settings/allowlist.js';
import { EVIDENCE_LIMIT, outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { plural, readAll } from './reports.js';

function allowedBy(finding: Finding, allowlist: AllowlistEntry[]): AllowlistEntry | undefined {
  const ids = [finding.id, ...finding.aliases].map((id) => id.toLowerCase());
  return allowlist.find((entry) => ids.includes(entry.id.toLowerCase()));
}

interface Collected {
  findings: Finding[];
  reportCount: number;
  reasons: string[];
  evidence: Evidence[];
}

interface Sorted {
  blocking: Finding[];
  allowed: { finding: Finding; entry: AllowlistEntry }[];
  expired: Map<string, AllowlistEntry>;
}

/** Every finding of every SARIF and npm audit report; a missing or unreadable report is a reason to fail. */
async function collectFindings(settings: GateSettings, context: GateContext): Promise<Collected> {
  const collected: Collected = { findings: [], reportCount: 0, reasons: [], evidence: [] };
  const sources: {
    patterns: string[];
    kind: string;
    parse: (path: string, display: string) => Promise<Finding[]>;
  }[] = [
    {
      patterns: settings.sarifReports,
      kind: 'SARIF reports',
      parse: (p, d) => parseSarif(p, d, context.workspace),
    },
    { patterns: settings.npmAuditReports, kind: 'npm audit reports', parse: parseNpmAudit },
  ];
  for (const source of sources) {
    if (source.patterns.length === 0) continue;
    const files = await findFiles(context.workspace, source.patterns);
    if (files.length === 0) {
      collected.reasons.push(missingReports(source.kind, source.patterns));
      collected.evidence.push({ message: collected.reasons[collected.reasons.length - 1]! });
      continue;
    }
    const { parsed, broken } = await readAll(files, (file) => source.parse(file.path, file.display));
    collected.reportCount += parsed.length;
    collected.evidence.push(...broken);
    if (broken.length > 0)
      collected.reasons.push(`${plural(broken.length, source.kind.replace(/s$/, ''))} could not be read`);
    for (const { value } of parsed) collected.findings.push(...value);
  }
  return collected;
}

/** Findings at or above the bar: allowed by a live allowlist entry, or blocking (worst first). */
function sortFindings(findings: Finding[], settings: GateSettings, now: Date): Sorted {
  const bar = severityRank(settings.severityThreshold);
  const sorted: Sorted = { blocking: [], allowed: [], expired: new Map() };
  for (const finding of findings) {
    if (severityRank(finding.severity) < bar) continue;
    const entry = allowedBy(finding, settings.allowlist);
    if (entry && allowlistActive(entry, now)) sorted.allowed.push({ finding, entry });
    else {
      if (entry) sorted.expired.set(entry.id, entry);
      sorted.blocking.push(finding);
    }
  }
  sorted.blocking.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return sorted;
}

function blockingEvidence(sorted: Sorted): Evidence[] {
  const evidence: Evidence[] = sorted.blocking.slice(0, EVIDENCE_LIMIT).map((finding) => ({
    message: `${finding.severity}: ${finding.id}${finding.title ? ` (${finding.title})` : ''}${finding.file ? '' : ` in ${finding.report}`}`,
    file: finding.file ?? finding.report,
    line: finding.file ? finding.line : undefined,
    column: finding.file ? finding.column : undefined,
  }));
  for (const entry of sorted.expired.values()) {
    evidence.push({
      message: `allowlist entry ${entry.id} expired on ${entry.expires} and no longer applies`,
    });
  }
  return evidence;
}

/** `3 findings at or above high: 1 critical, 2 high`. */
function blockingReason(blocking: Finding[], threshold: string): string {
  const bySeverity = ['critical', 'high', 'medium', 'low']
    .map((severity) => [severity, blocking.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  return `${plural(blocking.length, 'finding')} at or above ${threshold}: ${bySeverity.join(', ')}`;
}

function securityData(findings: Finding[], sorted: Sorted): Record<string, unknown> {
  return {
    findings: findings.length,
    blocking: sorted.blocking.map((f) => ({
      id: f.id,
      severity: f.severity,
      report: f.report,
      file: f.file,
      line: f.line,
    })),
    allowlisted: sorted.allowed.map(({ finding, entry }) => ({
      id: finding.id,
      entry: entry.id,
      expires: entry.expires,
      reason: entry.reason,
    })),
    expiredAllowlist: [...sorted.expired.values()],
  };
}

/**
 * security: SARIF from any scanner and `npm audit --json`; no finding at or above
 * `severity-threshold` unless an allowlist entry that has not expired names it.
 */
export async function securityGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const threshold = `no ${settings.severityThreshold} or above`;
  const { findings, reportCount, reasons, evidence } = await collectFindings(settings, context);
  const sorted = sortFindings(findings, settings, context.now);
  const { blocking, allowed } = sorted;
  evidence.push(...blockingEvidence(sorted));
  if (blocking.length > 0) reasons.push(blockingReason(blocking, settings.severityThreshold));
  const passed = reasons.length === 0;
  const value = `${blocking.length} blocking of ${plural(findings.length, 'finding')}${allowed.length ? `, ${allowed.length} allowlisted` : ''}`;
  return outcome(passed, {
    value,
    threshold,
    summary: passed
      ? `no ${settings.severityThreshold} or above findings in ${plural(reportCount, 'report')}${allowed.length ? ` (${allowed.length} allowlisted)` : ''}`
      : reasons.join('; '),
    evidence,
    data: securityData(findings, sorted),
  });
}
