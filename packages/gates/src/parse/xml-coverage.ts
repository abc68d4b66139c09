import type { SaxesTagPlain } from 'saxes';
import { ReportError } from './errors.js';
import { numberAttribute, streamXml, type XmlParser } from './xml-stream.js';
import { FileCollector, type Counter, type CoverageTotals, type LineDetail } from './coverage-model.js';

type Format = 'cobertura' | 'clover';

const counter = (tag: SaxesTagPlain, total: string, covered: string): Counter => ({
  total: numberAttribute(tag, total) ?? 0,
  covered: numberAttribute(tag, covered) ?? 0,
});

/** A `<coverage>` report read element by element: the root's totals, then Clover's or Cobertura's body. */
class XmlCoverageReader {
  format: Format | undefined;
  sawRoot = false;
  rootLines: Counter | undefined;
  rootBranches: Counter | undefined;
  rootRates: { line?: number; branch?: number } = {};
  cloverLines: Counter | undefined;
  cloverBranches: Counter | undefined;
  readonly counted: Counter = { total: 0, covered: 0 };
  readonly countedBranches: Counter = { total: 0, covered: 0 };
  readonly collector: FileCollector;
  private readonly stack: string[] = [];
  private classFile: { name: string; lines: Counter; branches: Counter; detail?: LineDetail } | undefined;
  private cloverFile: { name: string; detail?: LineDetail } | undefined;

  constructor(
    private readonly display: string,
    wanted?: ReadonlySet<string>,
  ) {
    this.collector = new FileCollector(wanted);
  }

  open(tag: SaxesTagPlain, parser: XmlParser): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(tag.name);
    const depth = this.stack.length;
    if (depth === 1) return this.root(tag, parser);
    if (depth === 2 && (tag.name === 'project' || tag.name === 'testproject')) this.format = 'clover';
    if (depth === 2 && (tag.name === 'packages' || tag.name === 'sources')) this.format ??= 'cobertura';
    if (this.format === 'clover') this.cloverElement(tag, parent, depth);
    else this.coberturaElement(tag, parent);
  }

  close(name: string): void {
    this.stack.pop();
    if (name === 'class' && this.classFile) {
      this.collector.add(this.classFile.name, this.classFile.lines, this.classFile.branches);
      this.classFile = undefined;
    }
    if (name === 'file') this.cloverFile = undefined;
  }

  /** Cobertura's totals sit on the root (older writers give only `line-rate`); Clover's root says `clover=`. */
  private root(tag: SaxesTagPlain, parser: XmlParser): void {
    this.sawRoot = true;
    if (tag.name !== 'coverage') {
      throw new ReportError(`expected a <coverage> root (Cobertura or Clover), got <${tag.name}>`, {
        file: this.display,
        line: parser.line,
        column: parser.column,
      });
    }
    this.format = tag.attributes['clover'] !== undefined ? 'clover' : undefined;
    const valid = numberAttribute(tag, 'lines-valid');
    const covered = numberAttribute(tag, 'lines-covered');
    if (valid !== undefined && covered !== undefined) this.rootLines = { total: valid, covered };
    const bValid = numberAttribute(tag, 'branches-valid');
    const bCovered = numberAttribute(tag, 'branches-covered');
    if (bValid !== undefined && bCovered !== undefined)
      this.rootBranches = { total: bValid, covered: bCovered };
    this.rootRates = { line: numberAttribute(tag, 'line-rate'), branch: numberAttribute(tag, 'branch-rate') };
    if (this.rootRates.line !== undefined) this.format = 'cobertura';
  }

  /** Clover: `<project><metrics>` for the totals, `<file><metrics>` and `<line>`s per file. */
  private cloverElement(tag: SaxesTagPlain, parent: string | undefined, depth: number): void {
    if (tag.name === 'metrics' && parent === 'project' && depth === 3) {
      this.cloverLines = counter(tag, 'statements', 'coveredstatements');
      if (numberAttribute(tag, 'conditionals') !== undefined)
        this.cloverBranches = counter(tag, 'conditionals', 'coveredconditionals');
    }
    if (tag.name === 'file') {
      const name = tag.attributes['path'] ?? tag.attributes['name'] ?? '?';
      this.cloverFile = { name, detail: this.collector.detailOf(name) };
    }
    if (tag.name === 'metrics' && parent === 'file' && this.cloverFile) {
      this.collector.add(
        this.cloverFile.name,
        counter(tag, 'statements', 'coveredstatements'),
        counter(tag, 'conditionals', 'coveredconditionals'),
      );
    }
    // Istanbul's Clover writer lists each measured line once (its "statements" are these lines);
    // a `cond` line counts its branches taken (truecount) and not (falsecount), without saying
    // which: merged, the best report per line counts, as for Cobertura.
    const detail = this.cloverFile?.detail;
    const number = numberAttribute(tag, 'num');
    if (tag.name !== 'line' || parent !== 'file' || !detail || number === undefined) return;
    detail.line(number, (numberAttribute(tag, 'count') ?? 0) > 0);
    if (tag.attributes['type'] === 'cond') {
      const covered = numberAttribute(tag, 'truecount') ?? 0;
      detail.branch(String(number), covered, covered + (numberAttribute(tag, 'falsecount') ?? 0));
    }
  }

  /** Cobertura: a `<class>` per file, its `<lines><line hits= branch= condition-coverage=>`. */
  private coberturaElement(tag: SaxesTagPlain, parent: string | undefined): void {
    if (tag.name === 'class') {
      const name = tag.attributes['filename'] ?? tag.attributes['name'] ?? '?';
      this.classFile = {
        name,
        lines: { total: 0, covered: 0 },
        branches: { total: 0, covered: 0 },
        detail: this.collector.detailOf(name),
      };
    }
    // Lines under <methods> repeat the class's own <lines>: count only the class level.
    const classFile = this.classFile;
    if (
      tag.name !== 'line' ||
      parent !== 'lines' ||
      this.stack[this.stack.length - 3] !== 'class' ||
      !classFile
    )
      return;
    const hit = (numberAttribute(tag, 'hits') ?? 0) > 0;
    classFile.lines.total += 1;
    if (hit) classFile.lines.covered += 1;
    this.counted.total += 1;
    if (hit) this.counted.covered += 1;
    const number = numberAttribute(tag, 'number');
    if (number !== undefined) classFile.detail?.line(number, hit);
    const condition = /\((\d+)\/(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
    if (tag.attributes['branch'] !== 'true' || !condition) return;
    const covered = Number(condition[1]);
    const total = Number(condition[2]);
    this.countedBranches.covered += covered;
    this.countedBranches.total += total;
    classFile.branches.covered += covered;
    classFile.branches.total += total;
    // Cobertura counts a line's conditions without saying which: merged, the best report per line counts.
    if (number !== undefined) classFile.detail?.branch(String(number), covered, total);
  }
}

function problem(message: string, display: string): ReportError {
  return new ReportError(message, { file: display, line: 1, column: 1 });
}

function cloverTotals(reader: XmlCoverageReader, display: string): CoverageTotals {
  if (!reader.cloverLines)
    throw problem('Clover report without <project><metrics>: no totals to read', display);
  return {
    report: display,
    format: 'clover',
    lines: reader.cloverLines,
    branches: reader.cloverBranches,
    ...reader.collector.fields(),
    hasLineDetail: true,
  };
}

/** The root's counts, else the counted `<line>`s, else the root's rates. */
function coberturaTotals(reader: XmlCoverageReader, display: string): CoverageTotals {
  const { counted, countedBranches, rootRates } = reader;
  const lines = reader.rootLines ?? (counted.total > 0 ? counted : undefined);
  const branches = reader.rootBranches ?? (countedBranches.total > 0 ? countedBranches : undefined);
  if (!lines && rootRates.line === undefined) {
    throw problem(
      'Cobertura report without lines-valid/lines-covered, line-rate or <line> elements',
      display,
    );
  }
  return {
    report: display,
    format: 'cobertura',
    lines: lines ?? { total: 0, covered: 0 },
    branches,
    linesPct: lines ? undefined : rootRates.line! * 100,
    branchesPct: branches || rootRates.branch === undefined ? undefined : rootRates.branch * 100,
    ...reader.collector.fields(),
    hasLineDetail: true,
  };
}

/**
 * Cobertura and Clover both use a `<coverage>` root. Cobertura carries its totals
 * on the root (`lines-valid`, `lines-covered`, `branches-valid`, …; older writers
 * only `line-rate`), Clover on `<project><metrics statements= coveredstatements= …>`.
 * When Cobertura's root has no counts, the class-level `<line>` elements are counted.
 * Per file: Cobertura's class `<line>`s, Clover's `<file><metrics>` and `<line>`s;
 * the lines of the files in `wanted` are kept, to merge them with other reports.
 */
export async function parseXmlCoverage(
  path: string,
  display: string,
  wanted?: ReadonlySet<string>,
): Promise<CoverageTotals> {
  const reader = new XmlCoverageReader(display, wanted);
  await streamXml(path, display, {
    open: (tag, parser) => reader.open(tag, parser),
    close: (name) => reader.close(name),
  });
  if (!reader.sawRoot) throw problem('no root element', display);
  return reader.format === 'clover' ? cloverTotals(reader, display) : coberturaTotals(reader, display);
}
