import { ReportError } from './errors.js';
import { numberAttribute, streamXml } from './xml-stream.js';
import { WorstFiles, type Counter, type CoverageTotals } from './coverage-model.js';

/**
 * Cobertura and Clover both use a `<coverage>` root. Cobertura carries its totals
 * on the root (`lines-valid`, `lines-covered`, `branches-valid`, …; older writers
 * only `line-rate`), Clover on `<project><metrics statements= coveredstatements= …>`.
 * When Cobertura's root has no counts, the class-level `<line>` elements are counted.
 */
export async function parseXmlCoverage(path: string, display: string): Promise<CoverageTotals> {
  let format: 'cobertura' | 'clover' | undefined;
  let rootLines: Counter | undefined;
  let rootBranches: Counter | undefined;
  let rootRates: { line?: number; branch?: number } = {};
  let cloverLines: Counter | undefined;
  let cloverBranches: Counter | undefined;
  const counted: Counter = { total: 0, covered: 0 };
  const countedBranches: Counter = { total: 0, covered: 0 };
  const worst = new WorstFiles();
  const stack: string[] = [];
  let classFile: { name: string; lines: Counter } | undefined;
  let cloverFile: string | undefined;
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
        if (tag.name === 'file') cloverFile = tag.attributes['path'] ?? tag.attributes['name'];
        if (tag.name === 'metrics' && parent === 'file' && cloverFile) {
          worst.add(cloverFile, {
            total: numberAttribute(tag, 'statements') ?? 0,
            covered: numberAttribute(tag, 'coveredstatements') ?? 0,
          });
        }
        return;
      }
      if (tag.name === 'class') {
        classFile = {
          name: tag.attributes['filename'] ?? tag.attributes['name'] ?? '?',
          lines: { total: 0, covered: 0 },
        };
      }
      // Lines under <methods> repeat the class's own <lines>: count only the class level.
      if (tag.name === 'line' && parent === 'lines' && stack[stack.length - 3] === 'class' && classFile) {
        const hit = (numberAttribute(tag, 'hits') ?? 0) > 0;
        classFile.lines.total += 1;
        if (hit) classFile.lines.covered += 1;
        counted.total += 1;
        if (hit) counted.covered += 1;
        const condition = /\((\d+)\/(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
        if (tag.attributes['branch'] === 'true' && condition) {
          countedBranches.covered += Number(condition[1]);
          countedBranches.total += Number(condition[2]);
        }
      }
    },
    close(name) {
      stack.pop();
      if (name === 'class' && classFile) {
        worst.add(classFile.name, classFile.lines);
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
    return { report: display, format, lines: cloverLines, branches: cloverBranches, worst: worst.files };
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
    worst: worst.files,
  };
}
