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

/**
 * security: SARIF from any scanner and `npm audit --json`; no finding at or above
 * `severity-threshold` unless an allowlist entry that has not expired names it.
 */
export async function securityGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const threshold = `no ${settings.severityThreshold} or above`;
  const evidence: Evidence[] = [];
  const reasons: string[] = [];
  const findings: Finding[] = [];
  let reportCount = 0;
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
      reasons.push(missingReports(source.kind, source.patterns));
      evidence.push({ message: reasons[reasons.length - 1]! });
      continue;
    }
    const { parsed, broken } = await readAll(files, (file) => source.parse(file.path, file.display));
    reportCount += parsed.length;
    evidence.push(...broken);
    if (broken.length > 0)
      reasons.push(`${plural(broken.length, source.kind.replace(/s$/, ''))} could not be read`);
    for (const { value } of parsed) findings.push(...value);
  }
  const bar = severityRank(settings.severityThreshold);
  const blocking: Finding[] = [];
  const allowed: { finding: Finding; entry: AllowlistEntry }[] = [];
  const expired = new Map<string, AllowlistEntry>();
  for (const finding of findings) {
    if (severityRank(finding.severity) < bar) continue;
    const entry = allowedBy(finding, settings.allowlist);
    if (entry && allowlistActive(entry, context.now)) allowed.push({ finding, entry });
    else {
      if (entry) expired.set(entry.id, entry);
      blocking.push(finding);
    }
  }
  blocking.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const finding of blocking.slice(0, EVIDENCE_LIMIT)) {
    evidence.push({
      message: `${finding.severity}: ${finding.id}${finding.title ? ` (${finding.title})` : ''}${finding.file ? '' : ` in ${finding.report}`}`,
      file: finding.file ?? finding.report,
      line: finding.file ? finding.line : undefined,
      column: finding.file ? finding.column : undefined,
    });
  }
  for (const entry of expired.values()) {
    evidence.push({
      message: `allowlist entry ${entry.id} expired on ${entry.expires} and no longer applies`,
    });
  }
  if (blocking.length > 0) {
    const bySeverity = ['critical', 'high', 'medium', 'low']
      .map((severity) => [severity, blocking.filter((f) => f.severity === severity).length] as const)
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => `${count} ${severity}`);
    reasons.push(
      `${plural(blocking.length, 'finding')} at or above ${settings.severityThreshold}: ${bySeverity.join(', ')}`,
    );
  }
  const passed = reasons.length === 0;
  const value = `${blocking.length} blocking of ${plural(findings.length, 'finding')}${allowed.length ? `, ${allowed.length} allowlisted` : ''}`;
  return outcome(passed, {
    value,
    threshold,
    summary: passed
      ? `no ${settings.severityThreshold} or above findings in ${plural(reportCount, 'report')}${allowed.length ? ` (${allowed.length} allowlisted)` : ''}`
      : reasons.join('; '),
    evidence,
    data: {
      findings: findings.length,
      blocking: blocking.map((f) => ({
        id: f.id,
        severity: f.severity,
        report: f.report,
        file: f.file,
        line: f.line,
      })),
      allowlisted: allowed.map(({ finding, entry }) => ({
        id: finding.id,
        entry: entry.id,
        expires: entry.expires,
        reason: entry.reason,
      })),
      expiredAllowlist: [...expired.values()],
    },
  });
}
