import type { StatusMatcher } from './types.js';

/** An inclusive range of HTTP statuses; "200" is 200–200, "2xx" is 200–299. */
export interface StatusRange {
  from: number;
  to: number;
}

export const DEFAULT_EXPECT_STATUS: StatusMatcher = '2xx';

/**
 * Parses "200", "200,204", "200-299", "2xx" or any comma-separated mix.
 * Returns undefined when the text is not a status list, so callers can say why.
 */
export function parseStatusMatcher(text: StatusMatcher): StatusRange[] | undefined {
  const ranges: StatusRange[] = [];
  for (const part of text.split(',').map((piece) => piece.trim())) {
    let range: StatusRange | undefined;
    const single = /^(\d{3})$/.exec(part);
    const span = /^(\d{3})\s*-\s*(\d{3})$/.exec(part);
    const klass = /^([1-5])xx$/i.exec(part);
    if (single) range = { from: Number(single[1]), to: Number(single[1]) };
    else if (span) range = { from: Number(span[1]), to: Number(span[2]) };
    else if (klass) range = { from: Number(klass[1]) * 100, to: Number(klass[1]) * 100 + 99 };
    if (!range || range.from > range.to || range.from < 100 || range.to > 599) return undefined;
    ranges.push(range);
  }
  return ranges.length > 0 ? ranges : undefined;
}

export function statusMatches(status: number, ranges: StatusRange[]): boolean {
  return ranges.some((range) => status >= range.from && status <= range.to);
}
