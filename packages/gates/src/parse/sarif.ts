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

type SarifTree = { version?: unknown; runs?: Run[] } | null;

/** A failing, unsuppressed, still-present result: what counts as a finding. */
function isOpenFailure(result: Record<string, unknown>): boolean {
  const kind = (result['kind'] as string | undefined) ?? 'fail';
  if (kind !== 'fail') return false;
  if (result['baselineState'] === 'absent') return false;
  const suppressions = result['suppressions'] as { status?: string }[] | undefined;
  return !suppressions?.some((s) => s.status === undefined || s.status === 'accepted');
}

/** The figures of one result kept while streaming; its rule is looked up once the runs are read. */
function pendingResult(result: Record<string, unknown>, run: number): PendingResult {
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
  return {
    run,
    ruleId: (result['ruleId'] as string | undefined) ?? rule?.id,
    ruleIndex: (result['ruleIndex'] as number | undefined) ?? rule?.index,
    extension: rule?.toolComponent?.index,
    level: result['level'] as string | undefined,
    score: score((result['properties'] as Record<string, unknown> | undefined)?.['security-severity']),
    message: (message?.text ?? message?.markdown ?? '').split('\n')[0]!.slice(0, 300),
    uri: location?.artifactLocation?.uri,
    line: location?.region?.startLine,
    column: location?.region?.startColumn,
  };
}

/** Reads the log, keeping each open failure and skipping the bulky parts no finding needs. */
async function readResults(
  path: string,
  display: string,
): Promise<{ tree: SarifTree; pending: PendingResult[] }> {
  const pending: PendingResult[] = [];
  const tree = (await parseJsonFile(path, display, {
    capture: [
      {
        path: ['runs', '*', 'results', '*'],
        onValue(value, at) {
          const result = value as Record<string, unknown>;
          if (isOpenFailure(result)) pending.push(pendingResult(result, at[1] as number));
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
  })) as SarifTree;
  return { tree, pending };
}

function checkLog(tree: SarifTree, display: string): Run[] {
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
  return tree.runs;
}

/** The result's rule: by index in the driver's or the named extension's rules, else by id. */
function ruleOf(result: PendingResult, run: Run): Rule | undefined {
  const rules =
    result.extension !== undefined
      ? run.tool?.extensions?.[result.extension]?.rules
      : run.tool?.driver?.rules;
  return (
    (result.ruleIndex !== undefined ? rules?.[result.ruleIndex] : undefined) ??
    rules?.find((candidate) => candidate.id === result.ruleId)
  );
}

function toFinding(result: PendingResult, run: Run, display: string, workspace: string): Finding {
  const rule = ruleOf(result, run);
  const level = result.level ?? rule?.defaultConfiguration?.level;
  const cvss = result.score ?? score(rule?.properties?.['security-severity']);
  const tags = Array.isArray(rule?.properties?.tags) ? (rule!.properties!.tags as unknown[]).map(String) : [];
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
  };
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
  const { tree, pending } = await readResults(path, display);
  const runs = checkLog(tree, display);
  return pending.map((result) => toFinding(result, runs[result.run] ?? {}, display, workspace));
}
