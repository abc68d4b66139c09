import { ReportError } from './errors.js';
import { parseJsonFile } from './json-stream.js';
import { WorstFiles, type Counter, type CoverageTotals } from './coverage-model.js';

function counter(value: unknown): Counter | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { total, covered } = value as { total?: unknown; covered?: unknown };
  return typeof total === 'number' && typeof covered === 'number' ? { total, covered } : undefined;
}

/**
 * Istanbul's `coverage-summary.json` (`{ total: { lines, branches, … }, "<file>": … }`),
 * read as a stream one file entry at a time. Also accepts a plain baseline of
 * percentages, `{ "lines": 81.5, "branches": 70 }`.
 */
export async function parseJsonCoverage(path: string, display: string): Promise<CoverageTotals> {
  let total: { lines?: Counter; branches?: Counter } | undefined;
  const worst = new WorstFiles();
  const percentages: Record<string, unknown> = {};
  await parseJsonFile(path, display, {
    capture: [
      {
        path: ['*'],
        onValue(value, at) {
          const key = String(at[0]);
          if (value && typeof value === 'object') {
            const entry = value as Record<string, unknown>;
            if (key === 'total')
              total = { lines: counter(entry['lines']), branches: counter(entry['branches']) };
            else {
              const lines = counter(entry['lines']);
              if (lines) worst.add(key, lines);
            }
          } else percentages[key] = value;
        },
      },
    ],
  });
  if (total?.lines) {
    return {
      report: display,
      format: 'istanbul-summary',
      lines: total.lines,
      branches: total.branches && total.branches.total > 0 ? total.branches : undefined,
      worst: worst.files,
    };
  }
  if (typeof percentages['lines'] === 'number') {
    const branches = percentages['branches'];
    return {
      report: display,
      format: 'percentages',
      lines: { total: 0, covered: 0 },
      linesPct: percentages['lines'],
      branchesPct: typeof branches === 'number' ? branches : undefined,
      worst: [],
    };
  }
  throw new ReportError(
    'expected an Istanbul coverage-summary.json ("total.lines.total/covered") or { "lines": <percent> }',
    {
      file: display,
      line: 1,
      column: 1,
    },
  );
}
