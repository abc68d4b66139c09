import { ReportError } from './errors.js';
import { numberAttribute, streamXml } from './xml-stream.js';
import { FileCollector, type Counter, type CoverageTotals, type LineDetail } from './coverage-model.js';

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
  let format: 'cobertura' | 'clover' | undefined;
  let rootLines: Counter | undefined;
  let rootBranches: Counter | undefined;
  let rootRates: { line?: number; branch?: number } = {};
  let cloverLines: Counter | undefined;
  let cloverBranches: Counter | undefined;
  const counted: Counter = { total: 0, covered: 0 };
  const countedBranches: Counter = { total: 0, covered: 0 };
  const collector = new FileCollector(wanted);
  const stack: string[] = [];
  let classFile: { name: string; lines: Counter; branches: Counter; detail?: LineDetail } | undefined;
  let cloverFile: { name: string; detail?: LineDetail } | undefined;
  let sawRoot = false;

  await streamXml(path, display, {
    open(tag, parser) {
      const parent = stack[stack.length - 1];
      stack.push(tag.name);
      if (stack.length === 1) {
        sawRoot = true;
        if (tag.name !== 'coverage') {
          throw new ReportError(`expected a <coverage> root (Cobertura or Clover), got <${tag.name}>`, {
            file: display,
            line: parser.line,
            column: parser.column,
          });
        }
        format = tag.attributes['clover'] !== undefined ? 'clover' : undefined;
        const valid = numberAttribute(tag, 'lines-valid');
        const covered = numberAttribute(tag, 'lines-covered');
        if (valid !== undefined && covered !== undefined) rootLines = { total: valid, covered };
        const bValid = numberAttribute(tag, 'branches-valid');
        const bCovered = numberAttribute(tag, 'branches-covered');
        if (bValid !== undefined && bCovered !== undefined)
          rootBranches = { total: bValid, covered: bCovered };
        rootRates = { line: numberAttribute(tag, 'line-rate'), branch: numberAttribute(tag, 'branch-rate') };
        if (rootRates.line !== undefined) format = 'cobertura';
        return;
      }
      if (stack.length === 2 && (tag.name === 'project' || tag.name === 'testproject')) format = 'clover';
      if (stack.length === 2 && (tag.name === 'packages' || tag.name === 'sources')) format ??= 'cobertura';
      if (format === 'clover') {
        if (tag.name === 'metrics' && parent === 'project' && stack.length === 3) {
          cloverLines = {
            total: numberAttribute(tag, 'statements') ?? 0,
            covered: numberAttribute(tag, 'coveredstatements') ?? 0,
          };
          const conditionals = numberAttribute(tag, 'conditionals');
          if (conditionals !== undefined) {
            cloverBranches = {
              total: conditionals,
              covered: numberAttribute(tag, 'coveredconditionals') ?? 0,
            };
          }
        }
        if (tag.name === 'file') {
          const name = tag.attributes['path'] ?? tag.attributes['name'] ?? '?';
          cloverFile = { name, detail: collector.detailOf(name) };
        }
        if (tag.name === 'metrics' && parent === 'file' && cloverFile) {
          collector.add(
            cloverFile.name,
            {
              total: numberAttribute(tag, 'statements') ?? 0,
              covered: numberAttribute(tag, 'coveredstatements') ?? 0,
            },
            {
              total: numberAttribute(tag, 'conditionals') ?? 0,
              covered: numberAttribute(tag, 'coveredconditionals') ?? 0,
            },
          );
        }
        // Istanbul's Clover writer lists each measured line once (its "statements" are these lines);
        // a `cond` line counts its branches taken (truecount) and not (falsecount), without saying
        // which: merged, the best report per line counts, as for Cobertura.
        if (tag.name === 'line' && parent === 'file' && cloverFile?.detail) {
          const number = numberAttribute(tag, 'num');
          if (number !== undefined) {
            cloverFile.detail.line(number, (numberAttribute(tag, 'count') ?? 0) > 0);
            if (tag.attributes['type'] === 'cond') {
              const covered = numberAttribute(tag, 'truecount') ?? 0;
              const total = covered + (numberAttribute(tag, 'falsecount') ?? 0);
              cloverFile.detail.branch(String(number), covered, total);
            }
          }
        }
        return;
      }
      if (tag.name === 'class') {
        const name = tag.attributes['filename'] ?? tag.attributes['name'] ?? '?';
        classFile = {
          name,
          lines: { total: 0, covered: 0 },
          branches: { total: 0, covered: 0 },
          detail: collector.detailOf(name),
        };
      }
      // Lines under <methods> repeat the class's own <lines>: count only the class level.
      if (tag.name === 'line' && parent === 'lines' && stack[stack.length - 3] === 'class' && classFile) {
        const hit = (numberAttribute(tag, 'hits') ?? 0) > 0;
        classFile.lines.total += 1;
        if (hit) classFile.lines.covered += 1;
        counted.total += 1;
        if (hit) counted.covered += 1;
        const number = numberAttribute(tag, 'number');
        if (number !== undefined) classFile.detail?.line(number, hit);
        const condition = /\((\d+)\/(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
        if (tag.attributes['branch'] === 'true' && condition) {
          const covered = Number(condition[1]);
          const total = Number(condition[2]);
          countedBranches.covered += covered;
          countedBranches.total += total;
          classFile.branches.covered += covered;
          classFile.branches.total += total;
          // Cobertura counts a line's conditions without saying which: merged, the best report per line counts.
          if (number !== undefined) classFile.detail?.branch(String(number), covered, total);
        }
      }
    },
    close(name) {
      stack.pop();
      if (name === 'class' && classFile) {
        collector.add(classFile.name, classFile.lines, classFile.branches);
        classFile = undefined;
      }
      if (name === 'file') cloverFile = undefined;
    },
  });
  if (!sawRoot) throw new ReportError('no root element', { file: display, line: 1, column: 1 });
  if (format === 'clover') {
    if (!cloverLines) {
      throw new ReportError('Clover report without <project><metrics>: no totals to read', {
        file: display,
        line: 1,
        column: 1,
      });
    }
    return {
      report: display,
      format,
      lines: cloverLines,
      branches: cloverBranches,
      ...collector.fields(),
      hasLineDetail: true,
    };
  }
  const lines = rootLines ?? (counted.total > 0 ? counted : undefined);
  const branches = rootBranches ?? (countedBranches.total > 0 ? countedBranches : undefined);
  if (!lines && rootRates.line === undefined) {
    throw new ReportError(
      'Cobertura report without lines-valid/lines-covered, line-rate or <line> elements',
      {
        file: display,
        line: 1,
        column: 1,
      },
    );
  }
  return {
    report: display,
    format: 'cobertura',
    lines: lines ?? { total: 0, covered: 0 },
    branches,
    linesPct: lines ? undefined : rootRates.line! * 100,
    branchesPct: branches || rootRates.branch === undefined ? undefined : rootRates.branch * 100,
    ...collector.fields(),
    hasLineDetail: true,
  };
}
