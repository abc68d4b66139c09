import { fileURLToPath } from 'node:url';
import { isAbsolute } from 'node:path';
import { ReportError } from './errors.js';
import { displayPath } from './files.js';
import { parseJsonFile } from './json-stream.js';
import { severityFromScore, type Finding, type Severity } from './findings.js';

interface Rule {
  id?: string;
  name?: string;
  shortDescription?: { text?: string };
  defaultConfiguration?: { level?: string };
  properties?: { 'security-severity'?: unknown; tags?: unknown };
}

interface Run {
  tool?: { driver?: { name?: string; rules?: Rule[] }; extensions?: { rules?: Rule[] }[] };
}

interface PendingResult {
  run: number;
  ruleId?: string;
  ruleIndex?: number;
  extension?: number;
  level?: string;
  score?: number;
  message: string;
  uri?: string;
  line?: number;
  column?: number;
}

function levelSeverity(level: string | undefined): Severity | 'none' {
  if (level === 'error') return 'high';
  if (level === 'note') return 'low';
  if (level === 'none') return 'none';
  return 'medium'; // SARIF's default level is "warning"
}

function score(raw: unknown): number | undefined {
  const value = typeof raw === 'string' ? Number(raw) : raw;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Turns a result's artifact URI into a workspace-relative path for annotations.
 * A relative URI is already relative to the scanned root (whatever `uriBaseId`
 * it names, usually the checkout on the machine that ran the scan); an absolute
 * `file:` URI is made relative to this workspace.
 */
function locate(uri: string | undefined, workspace: string): string | undefined {
  if (!uri) return undefined;
  if (uri.startsWith('file:')) {
    try {
      return displayPath(workspace, fileURLToPath(uri));
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return undefined;
  let decoded = uri;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    // keep the URI as written
  }
  decoded = decoded.replace(/^\.\//, '');
  return isAbsolute(decoded) ? displayPath(workspace, decoded) : decoded;
}

/**
 * SARIF 2.1.0 from any scanner, read as a stream: results are taken one at a
 * time (code flows and artifacts dropped unread), so a run with 100,000
 * results does not build one huge tree. Severity is the rule's or result's
 * `security-severity` (a CVSS score, as GitHub reads it), else the SARIF level
 * (error → high, warning → medium, note → low). Suppressed, absent (fixed) and
 * non-failing kinds (`pass`, `informational`, …) are not findings.
 */
export async function parseSarif(path: string, display: string, workspace: string): Promise<Finding[]> {
  const pending: PendingResult[] = [];
  const tree = (await parseJsonFile(path, display, {
    capture: [
      {
        path: ['runs', '*', 'results', '*'],
        onValue(value, at) {
          const result = value as Record<string, unknown>;
          const kind = (result['kind'] as string | undefined) ?? 'fail';
          if (kind !== 'fail') return;
          if (result['baselineState'] === 'absent') return;
          const suppressions = result['suppressions'] as { status?: string }[] | undefined;
          if (suppressions?.some((s) => s.status === undefined || s.status === 'accepted')) return;
          const rule = result['rule'] as
            { id?: string; index?: number; toolComponent?: { index?: number } } | undefined;
          const location = (result['locations'] as Record<string, unknown>[] | undefined)?.[0]?.[
            'physicalLocation'
          ] as
            | {
                artifactLocation?: { uri?: string; uriBaseId?: string };
                region?: { startLine?: number; startColumn?: number };
              }
            | undefined;
          const message = result['message'] as { text?: string; markdown?: string } | undefined;
          pending.push({
            run: at[1] as number,
            ruleId: (result['ruleId'] as string | undefined) ?? rule?.id,
            ruleIndex: (result['ruleIndex'] as number | undefined) ?? rule?.index,
            extension: rule?.toolComponent?.index,
            level: result['level'] as string | undefined,
            score: score(
              (result['properties'] as Record<string, unknown> | undefined)?.['security-severity'],
            ),
            message: (message?.text ?? message?.markdown ?? '').split('\n')[0]!.slice(0, 300),
            uri: location?.artifactLocation?.uri,
            line: location?.region?.startLine,
            column: location?.region?.startColumn,
          });
        },
      },
    ],
    skip: [
      ['runs', '*', 'artifacts'],
      ['runs', '*', 'threadFlowLocations'],
      ['runs', '*', 'graphs'],
      ['runs', '*', 'logicalLocations'],
      ['runs', '*', 'results', '*', 'codeFlows'],
      ['runs', '*', 'results', '*', 'relatedLocations'],
      ['runs', '*', 'results', '*', 'stacks'],
      ['runs', '*', 'results', '*', 'graphTraversals'],
    ],
  })) as { version?: unknown; runs?: Run[] } | null;
  if (!tree || typeof tree !== 'object' || !Array.isArray(tree.runs)) {
    throw new ReportError('not a SARIF log: expected a top-level "runs" array', {
      file: display,
      line: 1,
      column: 1,
    });
  }
  if (tree.version !== undefined && tree.version !== '2.1.0') {
    throw new ReportError(`SARIF version "${String(tree.version)}" is not supported (expected 2.1.0)`, {
      file: display,
      line: 1,
      column: 1,
    });
  }
  const runs = tree.runs;
  return pending.map((result) => {
    const run = runs[result.run] ?? {};
    const rules =
      result.extension !== undefined
        ? run.tool?.extensions?.[result.extension]?.rules
        : run.tool?.driver?.rules;
    const rule =
      (result.ruleIndex !== undefined ? rules?.[result.ruleIndex] : undefined) ??
      rules?.find((candidate) => candidate.id === result.ruleId);
    const ruleScore = score(rule?.properties?.['security-severity']);
    const level = result.level ?? rule?.defaultConfiguration?.level;
    const cvss = result.score ?? ruleScore;
    const tags = Array.isArray(rule?.properties?.tags)
      ? (rule!.properties!.tags as unknown[]).map(String)
      : [];
    const aliases = [rule?.name, ...tags.filter((tag) => /^(CVE|GHSA|CWE)-/i.test(tag))].filter(
      (alias): alias is string => typeof alias === 'string' && alias.length > 0,
    );
    const tool = run.tool?.driver?.name;
    return {
      id: result.ruleId ?? rule?.id ?? '(no rule id)',
      aliases,
      severity: cvss !== undefined ? severityFromScore(cvss) : levelSeverity(level),
      title: `${tool ? `${tool}: ` : ''}${result.message || rule?.shortDescription?.text || ''}`,
      report: display,
      file: locate(result.uri, workspace),
      line: result.line,
      column: result.column,
    } satisfies Finding;
  });
}
