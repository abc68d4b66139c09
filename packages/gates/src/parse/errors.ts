import { ReleaseError, type SourceLocation } from '../../../kit/src/index.js';

/** A report file that cannot be read as the format it claims: names the file and the position. */
export class ReportError extends ReleaseError {
  constructor(message: string, location: SourceLocation) {
    const where = [location.file, location.line, location.column]
      .filter((part) => part !== undefined)
      .join(':');
    super('EREPORT', `${where}: ${message}`, { location });
    this.name = 'ReportError';
  }
}

/** 1-based line and column of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : (part / whole) * 100;
}

export function formatPercent(value: number): string {
  return `${(Math.floor(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}
