import { ReportError } from './errors.js';
import { parseJsonFile } from './json-stream.js';
import type { Finding, Severity } from './findings.js';

function severityOf(raw: unknown): Severity | 'none' {
  if (raw === 'critical' || raw === 'high' || raw === 'low') return raw;
  if (raw === 'moderate' || raw === 'medium') return 'medium';
  return 'none'; // "info"
}

function advisoryId(url: unknown, fallback: string): string {
  const match = typeof url === 'string' ? /(GHSA(-[0-9a-z]{4}){3})/i.exec(url) : null;
  return match ? match[1]! : fallback;
}

interface Via {
  source?: number;
  name?: string;
  dependency?: string;
  title?: string;
  url?: string;
  severity?: string;
  range?: string;
}

/**
 * `npm audit --json`: the v7+ report (`auditReportVersion: 2`, `vulnerabilities`
 * keyed by package, advisories in `via`) and the older v6 one (`advisories`).
 * One finding per advisory, named by its GHSA id; the packages that only pull
 * a vulnerable one in are listed in its title, not counted again.
 */
export async function parseNpmAudit(path: string, display: string): Promise<Finding[]> {
  const report = (await parseJsonFile(path, display)) as Record<string, unknown> | null;
  if (!report || typeof report !== 'object') {
    throw new ReportError('not an npm audit report: expected a JSON object', {
      file: display,
      line: 1,
      column: 1,
    });
  }
  if (typeof report['error'] === 'object' && report['error']) {
    const error = report['error'] as { code?: string; summary?: string };
    const reason = [error.code, error.summary, report['message']]
      .filter((part) => typeof part === 'string' && part)
      .join(': ');
    throw new ReportError(
      `npm audit itself failed${reason ? `: ${reason}` : ''} (the report holds no audit results)`,
      {
        file: display,
        line: 1,
        column: 1,
      },
    );
  }
  const findings = new Map<string, Finding>();
  if (report['vulnerabilities'] && typeof report['vulnerabilities'] === 'object') {
    for (const entry of Object.values(
      report['vulnerabilities'] as Record<string, { name?: string; via?: unknown[] }>,
    )) {
      for (const via of entry.via ?? []) {
        if (typeof via !== 'object' || via === null) continue;
        const advisory = via as Via;
        const id = advisoryId(
          advisory.url,
          advisory.source !== undefined ? String(advisory.source) : (advisory.title ?? '?'),
        );
        if (findings.has(id)) continue;
        findings.set(id, {
          id,
          aliases: [advisory.source !== undefined ? String(advisory.source) : '', advisory.url ?? ''].filter(
            Boolean,
          ),
          severity: severityOf(advisory.severity),
          title: `${advisory.name ?? entry.name ?? '?'}${advisory.range ? ` ${advisory.range}` : ''}: ${advisory.title ?? ''}`,
          report: display,
          package: advisory.name ?? entry.name,
        });
      }
    }
    return [...findings.values()];
  }
  if (report['advisories'] && typeof report['advisories'] === 'object') {
    for (const [key, raw] of Object.entries(
      report['advisories'] as Record<string, Record<string, unknown>>,
    )) {
      const id = (raw['github_advisory_id'] as string | undefined) ?? advisoryId(raw['url'], key);
      const cves = Array.isArray(raw['cves']) ? (raw['cves'] as unknown[]).map(String) : [];
      findings.set(id, {
        id,
        aliases: [key, ...cves, String(raw['url'] ?? '')].filter(Boolean),
        severity: severityOf(raw['severity']),
        title: `${String(raw['module_name'] ?? '?')}: ${String(raw['title'] ?? '')}`,
        report: display,
        package: raw['module_name'] as string | undefined,
      });
    }
    return [...findings.values()];
  }
  throw new ReportError(
    'not an npm audit report: expected "vulnerabilities" (npm 7+) or "advisories" (npm 6)',
    {
      file: display,
      line: 1,
      column: 1,
    },
  );
}
