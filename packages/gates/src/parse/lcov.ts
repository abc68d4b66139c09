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
  const lines: Counter = { total: 0, covered: 0 };
  const branches: Counter = { total: 0, covered: 0 };
  const collector = new FileCollector(wanted);
  let current: Record | undefined;
  let lineNumber = 0;
  let records = 0;
  const fail = (message: string, column = 1): never => {
    throw new ReportError(message, { file: display, line: lineNumber, column });
  };
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  // A 'line' listener runs synchronously per line: much faster than async iteration over 20 million lines.
  const onLine = (raw: string): void => {
    lineNumber += 1;
    const line = raw.trim();
    if (line === '') return;
    if (line === 'end_of_record') {
      if (!current) fail('end_of_record without a preceding SF: line');
      const record = current!;
      const fileLines = record.hasLf ? record.lines : { total: record.daTotal, covered: record.daHit };
      const fileBranches = record.hasBrf
        ? record.branches
        : { total: record.brdaTotal, covered: record.brdaHit };
      lines.total += fileLines.total;
      lines.covered += fileLines.covered;
      branches.total += fileBranches.total;
      branches.covered += fileBranches.covered;
      collector.add(record.file, fileLines, fileBranches);
      records += 1;
      current = undefined;
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      fail(
        `expected an lcov record line such as "SF:<path>" or "DA:<line>,<hits>", got "${line.slice(0, 60)}"`,
      );
    }
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'TN' || key === 'VER') return;
    if (key === 'SF') {
      if (current) fail(`SF: line inside the record of "${current.file}" (missing end_of_record)`);
      current = {
        file: value,
        lines: { total: 0, covered: 0 },
        branches: { total: 0, covered: 0 },
        daTotal: 0,
        daHit: 0,
        brdaTotal: 0,
        brdaHit: 0,
        hasLf: false,
        hasBrf: false,
        detail: collector.detailOf(value),
      };
      return;
    }
    if (!current) fail(`${key}: line outside a record (expected SF:<path> first)`);
    const record = current!;
    const valueColumn = raw.indexOf(':') + 2;
    switch (key) {
      case 'DA': {
        // The hot path (most lines of a tracefile): no split, no regex.
        const comma = value.indexOf(',');
        const lineNo = comma > 0 ? Number(value.slice(0, comma)) : NaN;
        const hitsEnd = value.indexOf(',', comma + 1);
        const hits = Number(hitsEnd === -1 ? value.slice(comma + 1) : value.slice(comma + 1, hitsEnd));
        if (!Number.isInteger(lineNo) || lineNo < 0 || comma + 1 >= value.length || !Number.isInteger(hits)) {
          fail(`expected "DA:<line>,<hits>", got "${line.slice(0, 60)}"`, valueColumn);
        }
        record.daTotal += 1;
        if (hits > 0) record.daHit += 1;
        record.detail?.line(lineNo, hits > 0);
        break;
      }
      case 'BRDA': {
        const parts = value.split(',');
        if (parts.length < 4)
          fail(`expected "BRDA:<line>,<block>,<branch>,<taken>", got "${line.slice(0, 60)}"`, valueColumn);
        record.brdaTotal += 1;
        const taken = parts[3] !== '-' && Number(parts[3]) > 0;
        if (taken) record.brdaHit += 1;
        record.detail?.branch(`${parts[0]},${parts[1]},${parts[2]}`, taken ? 1 : 0, 1);
        break;
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH': {
        if (!INTEGER.test(value))
          fail(`expected a count after ${key}:, got "${value.slice(0, 30)}"`, valueColumn);
        const count = Number(value);
        if (key === 'LF') record.lines.total = count;
        if (key === 'LH') record.lines.covered = count;
        if (key === 'BRF') record.branches.total = count;
        if (key === 'BRH') record.branches.covered = count;
        if (key === 'LF' || key === 'LH') record.hasLf = true;
        if (key === 'BRF' || key === 'BRH') record.hasBrf = true;
        break;
      }
      default:
        // FN, FNDA, FNF, FNH and any future keys carry nothing the gate measures.
        if (!/^[A-Z]+$/.test(key)) {
          fail(
            `expected an lcov record line such as "SF:<path>" or "DA:<line>,<hits>", got "${line.slice(0, 60)}"`,
          );
        }
        break;
    }
  };
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    reader.on('line', (raw) => {
      if (failed) return;
      try {
        onLine(raw);
      } catch (thrown) {
        failed = true;
        reader.close();
        stream.destroy();
        reject(thrown);
      }
    });
    reader.on('close', () => {
      if (!failed) resolve();
    });
    stream.on('error', (error) => {
      failed = true;
      reader.close();
      reject(error);
    });
  });
  if (current) {
    lineNumber += 1;
    fail(`the record of "${current.file}" is not closed with end_of_record (the file looks truncated)`);
  }
  if (records === 0)
    throw new ReportError('no SF:/end_of_record records: not an lcov tracefile', {
      file: display,
      line: 1,
      column: 1,
    });
  return {
    report: display,
    format: 'lcov',
    lines,
    branches: branches.total > 0 ? branches : undefined,
    ...collector.fields(),
    hasLineDetail: true,
  };
}
