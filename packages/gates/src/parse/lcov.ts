import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ReportError } from './errors.js';
import { FileCollector, type CoverageTotals, type Counter, type LineDetail } from './coverage-model.js';

interface Record {
  file: string;
  lines: Counter;
  branches: Counter;
  /** Counted from DA/BRDA lines, used when LF/LH or BRF/BRH are absent. */
  daTotal: number;
  daHit: number;
  brdaTotal: number;
  brdaHit: number;
  hasLf: boolean;
  hasBrf: boolean;
  /** Set when the file's per-line facts are wanted for merging. */
  detail?: LineDetail;
}

const INTEGER = /^\d+$/;
const RECORD_LINE = 'expected an lcov record line such as "SF:<path>" or "DA:<line>,<hits>"';

/**
 * Feeds every line of a file to `onLine`, stopping at the first error it
 * throws. A 'line' listener runs synchronously per line: much faster than
 * async iteration over 20 million lines.
 */
function eachLine(path: string, onLine: (raw: string) => void): Promise<void> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const stop = (error: unknown) => {
      failed = true;
      reader.close();
      stream.destroy();
      reject(error);
    };
    reader.on('line', (raw) => {
      if (failed) return;
      try {
        onLine(raw);
      } catch (thrown) {
        stop(thrown);
      }
    });
    reader.on('close', () => {
      if (!failed) resolve();
    });
    stream.on('error', stop);
  });
}

/** One tracefile read line by line: records open with SF:, gather DA/BRDA/counts, close with end_of_record. */
class LcovReader {
  readonly lines: Counter = { total: 0, covered: 0 };
  readonly branches: Counter = { total: 0, covered: 0 };
  readonly collector: FileCollector;
  private current: Record | undefined;
  private lineNumber = 0;
  private records = 0;

  constructor(
    private readonly display: string,
    wanted?: ReadonlySet<string>,
  ) {
    this.collector = new FileCollector(wanted);
  }

  fail(message: string, column = 1): never {
    throw new ReportError(message, { file: this.display, line: this.lineNumber, column });
  }

  line = (raw: string): void => {
    this.lineNumber += 1;
    const line = raw.trim();
    if (line === '') return;
    if (line === 'end_of_record') return this.closeRecord();
    const colon = line.indexOf(':');
    if (colon <= 0) this.fail(`${RECORD_LINE}, got "${line.slice(0, 60)}"`);
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'TN' || key === 'VER') return;
    if (key === 'SF') return this.openRecord(value);
    if (!this.current) this.fail(`${key}: line outside a record (expected SF:<path> first)`);
    this.recordLine(this.current!, key, value, line, raw.indexOf(':') + 2);
  };

  private openRecord(file: string): void {
    if (this.current)
      this.fail(`SF: line inside the record of "${this.current.file}" (missing end_of_record)`);
    this.current = {
      file,
      lines: { total: 0, covered: 0 },
      branches: { total: 0, covered: 0 },
      daTotal: 0,
      daHit: 0,
      brdaTotal: 0,
      brdaHit: 0,
      hasLf: false,
      hasBrf: false,
      detail: this.collector.detailOf(file),
    };
  }

  /** LF/LH and BRF/BRH when the record has them, else what its DA and BRDA lines count. */
  private closeRecord(): void {
    if (!this.current) this.fail('end_of_record without a preceding SF: line');
    const record = this.current!;
    const fileLines = record.hasLf ? record.lines : { total: record.daTotal, covered: record.daHit };
    const fileBranches = record.hasBrf
      ? record.branches
      : { total: record.brdaTotal, covered: record.brdaHit };
    this.lines.total += fileLines.total;
    this.lines.covered += fileLines.covered;
    this.branches.total += fileBranches.total;
    this.branches.covered += fileBranches.covered;
    this.collector.add(record.file, fileLines, fileBranches);
    this.records += 1;
    this.current = undefined;
  }

  private recordLine(record: Record, key: string, value: string, line: string, valueColumn: number): void {
    if (key === 'DA') this.lineHits(record, value, line, valueColumn);
    else if (key === 'BRDA') this.branchHits(record, value, line, valueColumn);
    else if (key === 'LF' || key === 'LH' || key === 'BRF' || key === 'BRH')
      this.count(record, key, value, valueColumn);
    // FN, FNDA, FNF, FNH and any future keys carry nothing the gate measures.
    else if (!/^[A-Z]+$/.test(key)) this.fail(`${RECORD_LINE}, got "${line.slice(0, 60)}"`);
  }

  /** `DA:<line>,<hits>`: the hot path (most lines of a tracefile), so no split and no regex. */
  private lineHits(record: Record, value: string, line: string, valueColumn: number): void {
    const comma = value.indexOf(',');
    const lineNo = comma > 0 ? Number(value.slice(0, comma)) : NaN;
    const hitsEnd = value.indexOf(',', comma + 1);
    const hits = Number(hitsEnd === -1 ? value.slice(comma + 1) : value.slice(comma + 1, hitsEnd));
    if (!Number.isInteger(lineNo) || lineNo < 0 || comma + 1 >= value.length || !Number.isInteger(hits)) {
      this.fail(`expected "DA:<line>,<hits>", got "${line.slice(0, 60)}"`, valueColumn);
    }
    record.daTotal += 1;
    if (hits > 0) record.daHit += 1;
    record.detail?.line(lineNo, hits > 0);
  }

  /** `BRDA:<line>,<block>,<branch>,<taken>`, where `-` means the branch never ran. */
  private branchHits(record: Record, value: string, line: string, valueColumn: number): void {
    const parts = value.split(',');
    if (parts.length < 4)
      this.fail(`expected "BRDA:<line>,<block>,<branch>,<taken>", got "${line.slice(0, 60)}"`, valueColumn);
    record.brdaTotal += 1;
    const taken = parts[3] !== '-' && Number(parts[3]) > 0;
    if (taken) record.brdaHit += 1;
    record.detail?.branch(`${parts[0]},${parts[1]},${parts[2]}`, taken ? 1 : 0, 1);
  }

  private count(record: Record, key: 'LF' | 'LH' | 'BRF' | 'BRH', value: string, valueColumn: number): void {
    if (!INTEGER.test(value))
      this.fail(`expected a count after ${key}:, got "${value.slice(0, 30)}"`, valueColumn);
    const count = Number(value);
    if (key === 'LF') record.lines.total = count;
    if (key === 'LH') record.lines.covered = count;
    if (key === 'BRF') record.branches.total = count;
    if (key === 'BRH') record.branches.covered = count;
    if (key === 'LF' || key === 'LH') record.hasLf = true;
    if (key === 'BRF' || key === 'BRH') record.hasBrf = true;
  }

  /** At the end of the file: a record left open means the file was cut short. */
  finish(): void {
    if (this.current) {
      this.lineNumber += 1;
      this.fail(
        `the record of "${this.current.file}" is not closed with end_of_record (the file looks truncated)`,
      );
    }
    if (this.records === 0)
      throw new ReportError('no SF:/end_of_record records: not an lcov tracefile', {
        file: this.display,
        line: 1,
        column: 1,
      });
  }
}

/**
 * lcov tracefiles, one line at a time through readline over a stream: a 200 MB
 * file is read in a few MB of memory. LF/LH (BRF/BRH) are used when present,
 * else the DA (BRDA) lines are counted. The DA and BRDA lines of the files in
 * `wanted` are kept, to merge them with other reports of the same files.
 */
export async function parseLcov(
  path: string,
  display: string,
  wanted?: ReadonlySet<string>,
): Promise<CoverageTotals> {
  const reader = new LcovReader(display, wanted);
  await eachLine(path, reader.line);
  reader.finish();
  const { lines, branches } = reader;
  return {
    report: display,
    format: 'lcov',
    lines,
    branches: branches.total > 0 ? branches : undefined,
    ...reader.collector.fields(),
    hasLineDetail: true,
  };
}
