import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean" for a name that is not one of the known names: the closest known
 * name when it is close enough to be a slip (a typo, a transposition) or when one
 * name abbreviates the other (`prod` for `production`), else undefined.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const edits = distance(wanted, lower);
    // Up to one edit in three characters reads as a slip; more is another word.
    const slip = edits <= Math.max(1, Math.floor(Math.max(wanted.length, lower.length) / 3));
    const abbreviation = Math.min(wanted.length, lower.length) >= 3 && lower.startsWith(wanted);
    if (!slip && !abbreviation) continue;
    const score = slip ? edits : lower.length - wanted.length + 10;
    if (!best || score < best.score) best = { name: candidate, score };
  }
  return best?.name;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const match = closestName(name, known);
  return match ? ` (did you mean "${match}"?)` : '';
}
