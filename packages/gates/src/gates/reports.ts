import { ReportError } from '../parse/errors.js';
import type { FoundFile } from '../parse/files.js';
import type { Evidence } from '../types.js';

/** Parses each report; a broken one becomes evidence with its position instead of stopping the others. */
export async function readAll<T>(
  files: FoundFile[],
  parse: (file: FoundFile) => Promise<T>,
): Promise<{ parsed: { file: FoundFile; value: T }[]; broken: Evidence[] }> {
  const parsed: { file: FoundFile; value: T }[] = [];
  const broken: Evidence[] = [];
  for (const file of files) {
    try {
      parsed.push({ file, value: await parse(file) });
    } catch (thrown) {
      if (thrown instanceof ReportError) {
        broken.push({ message: `malformed report: ${thrown.message}`, ...thrown.location });
      } else {
        broken.push({
          message: `cannot read ${file.display}: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
          file: file.display,
        });
      }
    }
  }
  return { parsed, broken };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
