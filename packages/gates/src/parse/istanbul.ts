import { ReportError } from './errors.js';
import { parseJsonFile } from './json-stream.js';
import { FileCollector, LineDetail, type Counter, type CoverageTotals } from './coverage-model.js';

function counter(value: unknown): Counter | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { total, covered } = value as { total?: unknown; covered?: unknown };
  return typeof total === 'number' && typeof covered === 'number' ? { total, covered } : undefined;
}

interface IstanbulFile {
  statementMap: Record<string, { start?: { line?: unknown } }>;
  s: Record<string, unknown>;
  b?: Record<string, unknown>;
}

function isIstanbulFile(value: Record<string, unknown>): boolean {
  return typeof value['statementMap'] === 'object' && typeof value['s'] === 'object';
}

/**
 * One file of Istanbul's `coverage-final.json`, reduced as Istanbul reduces it:
 * a line's count is the largest count of the statements that start on it; every
 * entry of `b` is one branch.
 */
function istanbulFileDetail(entry: IstanbulFile): LineDetail {
  const detail = new LineDetail();
  for (const [id, statement] of Object.entries(entry.statementMap ?? {})) {
    const line = statement?.start?.line;
    if (typeof line !== 'number') continue;
    detail.line(line, Number(entry.s[id] ?? 0) > 0);
  }
  for (const [id, counts] of Object.entries(entry.b ?? {})) {
    if (!Array.isArray(counts)) continue;
    counts.forEach((count, index) => detail.branch(`${id}:${index}`, Number(count) > 0 ? 1 : 0, 1));
  }
  return detail;
}

/** What one pass over the report gathers, for whichever of the three shapes it turns out to be. */
interface IstanbulRead {
  total?: { lines?: Counter; branches?: Counter };
  summaries: FileCollector;
  finals: FileCollector;
  percentages: Record<string, unknown>;
}

/** One top-level entry: a coverage-final file, the summary's total or one of its files, or a percentage. */
function readEntry(read: IstanbulRead, key: string, value: unknown): void {
  if (!value || typeof value !== 'object') {
    read.percentages[key] = value;
    return;
  }
  const entry = value as Record<string, unknown>;
  if (isIstanbulFile(entry)) {
    const detail = istanbulFileDetail(entry as unknown as IstanbulFile);
    const totals = detail.totals();
    read.finals.add(key, totals.lines, totals.branches);
    read.finals.detailOf(key)?.absorb(detail);
  } else if (key === 'total') {
    read.total = { lines: counter(entry['lines']), branches: counter(entry['branches']) };
  } else {
    const lines = counter(entry['lines']);
    if (lines) read.summaries.add(key, lines, counter(entry['branches']));
  }
}

function finalTotals(finals: FileCollector, display: string): CoverageTotals {
  const lines = { total: 0, covered: 0 };
  const branches = { total: 0, covered: 0 };
  for (const file of finals.files.values()) {
    lines.total += file.lines.total;
    lines.covered += file.lines.covered;
    branches.total += file.branches.total;
    branches.covered += file.branches.covered;
  }
  return {
    report: display,
    format: 'istanbul',
    lines,
    branches: branches.total > 0 ? branches : undefined,
    ...finals.fields(),
    hasLineDetail: true,
  };
}

function summaryTotals(read: IstanbulRead, lines: Counter, display: string): CoverageTotals {
  const branches = read.total?.branches;
  return {
    report: display,
    format: 'istanbul-summary',
    lines,
    branches: branches && branches.total > 0 ? branches : undefined,
    ...read.summaries.fields(),
    hasLineDetail: false,
  };
}

function percentageTotals(linesPct: number, branches: unknown, display: string): CoverageTotals {
  return {
    report: display,
    format: 'percentages',
    lines: { total: 0, covered: 0 },
    linesPct,
    branchesPct: typeof branches === 'number' ? branches : undefined,
    files: new Map(),
    repeated: new Set(),
    detail: new Map(),
    hasLineDetail: false,
  };
}

/**
 * Istanbul's JSON reports, read as a stream one file entry at a time:
 * `coverage-final.json` (per statement and branch, which merges line by line, as
 * `nyc merge` does), `coverage-summary.json` (`{ total: { lines, branches, … },
 * "<file>": … }`, totals only), and a plain baseline of percentages,
 * `{ "lines": 81.5, "branches": 70 }`.
 */
export async function parseJsonCoverage(
  path: string,
  display: string,
  wanted?: ReadonlySet<string>,
): Promise<CoverageTotals> {
  const read: IstanbulRead = {
    summaries: new FileCollector(),
    finals: new FileCollector(wanted),
    percentages: {},
  };
  await parseJsonFile(path, display, {
    capture: [{ path: ['*'], onValue: (value, at) => readEntry(read, String(at[0]), value) }],
  });
  if (read.finals.files.size > 0) return finalTotals(read.finals, display);
  if (read.total?.lines) return summaryTotals(read, read.total.lines, display);
  const linesPct = read.percentages['lines'];
  if (typeof linesPct === 'number') return percentageTotals(linesPct, read.percentages['branches'], display);
  throw new ReportError(
    'expected Istanbul coverage-final.json, coverage-summary.json ("total.lines.total/covered") or { "lines": <percent> }',
    {
      file: display,
      line: 1,
      column: 1,
    },
  );
}
