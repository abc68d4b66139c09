/** Coverage as every format reduces to it: covered of total, for lines and branches, per report and per file. */
export interface Counter {
  total: number;
  covered: number;
}

/** One source file's counters as one report gives them. */
export interface FileTotals {
  lines: Counter;
  branches: Counter;
}

export interface CoverageTotals {
  /** The report it came from (workspace-relative). */
  report: string;
  format: 'lcov' | 'cobertura' | 'clover' | 'istanbul' | 'istanbul-summary' | 'percentages';
  lines: Counter;
  /** Undefined when the format or the report has no branch data. */
  branches?: Counter;
  /** Percentages given directly (a baseline file of `{ "lines": 81.5 }`), when there are no counts. */
  linesPct?: number;
  branchesPct?: number;
  /** Per source file, by the name the report gives it (files named twice are summed). */
  files: Map<string, FileTotals>;
  /** Files the report names more than once (Cobertura classes of one file, lcov records repeated). */
  repeated: Set<string>;
  /** Per-line facts of the files asked for (see FileCollector), for merging. */
  detail: Map<string, LineDetail>;
  /** False for formats that hold no per-line facts (coverage-summary.json): their files cannot be merged line by line. */
  hasLineDetail: boolean;
}

/**
 * Which lines and branches of one file ran, as the union of every report that
 * measured it: a line is covered when any report saw it run, a branch when any
 * report saw it taken (what `lcov -a`, `nyc merge` and Codecov do).
 */
export class LineDetail {
  readonly lines = new Map<number, boolean>();
  /** By the report's own branch key; `total` > 1 for formats that give a line's conditions as a count. */
  readonly branches = new Map<string, Counter>();

  line(number: number, hit: boolean): void {
    if (hit) this.lines.set(number, true);
    else if (!this.lines.has(number)) this.lines.set(number, false);
  }

  branch(key: string, covered: number, total: number): void {
    const seen = this.branches.get(key);
    if (!seen) this.branches.set(key, { covered, total });
    else {
      seen.covered = Math.max(seen.covered, covered);
      seen.total = Math.max(seen.total, total);
    }
  }

  absorb(other: LineDetail): void {
    for (const [number, hit] of other.lines) this.line(number, hit);
    for (const [key, counter] of other.branches) this.branch(key, counter.covered, counter.total);
  }

  totals(): FileTotals {
    let covered = 0;
    for (const hit of this.lines.values()) if (hit) covered += 1;
    const branches = { total: 0, covered: 0 };
    for (const counter of this.branches.values()) addCounter(branches, counter);
    return { lines: { total: this.lines.size, covered }, branches };
  }
}

/**
 * What a parser keeps of the files it reads: every file's counters (small), and
 * per-line facts only for the files in `wanted`, so a 200 MB report read for its
 * totals costs no more memory than its list of files.
 */
export class FileCollector {
  readonly files = new Map<string, FileTotals>();
  readonly repeated = new Set<string>();
  readonly detail = new Map<string, LineDetail>();

  constructor(private readonly wanted?: ReadonlySet<string>) {}

  /** The per-line record of a file when it is wanted, else undefined (nothing to collect). */
  detailOf(file: string): LineDetail | undefined {
    if (!this.wanted?.has(file)) return undefined;
    let detail = this.detail.get(file);
    if (!detail) {
      detail = new LineDetail();
      this.detail.set(file, detail);
    }
    return detail;
  }

  add(file: string, lines: Counter, branches: Counter = { total: 0, covered: 0 }): void {
    const seen = this.files.get(file);
    if (!seen) {
      this.files.set(file, { lines: { ...lines }, branches: { ...branches } });
      return;
    }
    this.repeated.add(file);
    addCounter(seen.lines, lines);
    addCounter(seen.branches, branches);
  }

  fields(): Pick<CoverageTotals, 'files' | 'repeated' | 'detail'> {
    return { files: this.files, repeated: this.repeated, detail: this.detail };
  }
}

export function addCounter(into: Counter, more: Counter): void {
  into.total += more.total;
  into.covered += more.covered;
}
