/** Coverage totals as every format reduces to them: covered of total, for lines and branches. */
export interface Counter {
  total: number;
  covered: number;
}

export interface FileCoverage {
  file: string;
  lines: Counter;
}

export interface CoverageTotals {
  /** The report it came from (workspace-relative). */
  report: string;
  format: 'lcov' | 'cobertura' | 'clover' | 'istanbul-summary' | 'percentages';
  lines: Counter;
  /** Undefined when the format or the report has no branch data. */
  branches?: Counter;
  /** Percentages given directly (a baseline file of `{ "lines": 81.5 }`), when there are no counts. */
  linesPct?: number;
  branchesPct?: number;
  /** The least covered source files, worst first (bounded). */
  worst: FileCoverage[];
}

export const WORST_FILES = 5;

/** Keeps the N least covered files seen so far without holding every file. */
export class WorstFiles {
  readonly files: FileCoverage[] = [];

  add(file: string, lines: Counter): void {
    if (lines.total === 0) return;
    const ratio = lines.covered / lines.total;
    const last = this.files[this.files.length - 1];
    if (this.files.length >= WORST_FILES && last && ratio >= last.lines.covered / last.lines.total) return;
    this.files.push({ file, lines: { ...lines } });
    this.files.sort((a, b) => a.lines.covered / a.lines.total - b.lines.covered / b.lines.total);
    if (this.files.length > WORST_FILES) this.files.pop();
  }
}

export function addCounter(into: Counter, more: Counter): void {
  into.total += more.total;
  into.covered += more.covered;
}
