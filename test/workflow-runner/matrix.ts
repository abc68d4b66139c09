import type { Mapping } from './workflow-file.js';

/**
 * `strategy.matrix` as GitHub expands it: the product of every vector, then `include` (each entry
 * extends the legs it matches without overwriting an original value, or is a leg of its own) and
 * `exclude`. GitHub refuses an empty vector ("Matrix vector 'x' does not contain any values") and
 * more than 256 legs; a matrix from `fromJSON` of an empty list therefore fails the job, which is
 * why a workflow guards such a job with `if:`.
 */

export type Leg = Record<string, unknown>;

export interface Expanded {
  legs: Leg[];
  /** GitHub's error when the matrix cannot be expanded. */
  error?: string;
}

const MAX_LEGS = 256;

const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function matches(leg: Leg, partial: Mapping): boolean {
  return Object.entries(partial).every(([key, value]) => !(key in leg) || equal(leg[key], value));
}

export function expandMatrix(matrix: unknown): Expanded {
  if (!isMapping(matrix)) return { legs: [], error: 'Unexpected value for matrix: expected a mapping' };
  const { include, exclude, ...vectors } = matrix;
  let legs: Leg[] = [{}];
  for (const [name, values] of Object.entries(vectors)) {
    if (!Array.isArray(values))
      return { legs: [], error: `Unexpected value for matrix vector '${name}': expected a sequence` };
    if (values.length === 0)
      return { legs: [], error: `Matrix vector '${name}' does not contain any values` };
    legs = legs.flatMap((leg) => values.map((value) => ({ ...leg, [name]: value })));
  }
  if (Object.keys(vectors).length === 0) legs = [];
  if (Array.isArray(exclude)) {
    legs = legs.filter((leg) => !exclude.some((entry) => isMapping(entry) && matches(leg, entry)));
  }
  const originals = legs.map((leg) => Object.keys(leg));
  for (const entry of Array.isArray(include) ? include : []) {
    if (!isMapping(entry)) continue;
    let used = false;
    legs.forEach((leg, index) => {
      const own = originals[index]!;
      // An include entry extends a leg when it changes none of the leg's original values.
      if (Object.entries(entry).every(([key, value]) => !own.includes(key) || equal(leg[key], value))) {
        Object.assign(leg, entry);
        used = true;
      }
    });
    if (!used) legs.push({ ...entry });
  }
  if (legs.length === 0) return { legs: [], error: 'Matrix must define at least one vector' };
  if (legs.length > MAX_LEGS)
    return { legs: [], error: `Strategy produced more than ${MAX_LEGS} jobs (${legs.length})` };
  return { legs };
}

/** A leg's name as GitHub shows it when the job's name does not use the matrix: `Build (api, 1.2.0)`. */
export function legName(name: string, leg: Leg, nameUsesMatrix: boolean): string {
  if (nameUsesMatrix) return name;
  const values = Object.values(leg).map((value) => flatten(value));
  return `${name} (${values.join(', ')})`;
}

function flatten(value: unknown): string {
  if (isMapping(value)) return Object.values(value).map(flatten).join(', ');
  return String(value);
}
