/**
 * The jobs a pipeline's closing step reads: `toJSON(needs)` as the runner renders
 * it, `{ "<job>": { "result": "success", "outputs": { … } }, … }`, in the order the
 * workflow lists them under `needs:`. Jobs this package does not know are kept too,
 * so a job added to a pipeline still shows up in its story.
 */
import { Field, Invalid } from '../../kit/src/index.js';

export const RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const;
export type JobResult = (typeof RESULTS)[number];

export interface JobRecord {
  id: string;
  result: JobResult;
  outputs: Record<string, string>;
}

const EXPECTED =
  'the JSON of `needs` (`${{ toJSON(needs) }}`): an object of jobs, each with a `result` of ' +
  `${RESULTS.join(', ')} and string \`outputs\``;

/** The `jobs` input: a bad value is reported with the other inputs, before anything is written. */
export function jobsField(): Field<JobRecord[]> {
  return new Field(EXPECTED, parseJobs);
}

/** Parses `toJSON(needs)`; throws Invalid for anything else. */
export function parseJobs(raw: string): JobRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Invalid();
  }
  if (!isObject(parsed)) throw new Invalid();
  return Object.entries(parsed).map(([id, job]) => {
    if (!isObject(job) || !RESULTS.includes(job['result'] as JobResult)) throw new Invalid();
    const outputs = job['outputs'] ?? {};
    if (!isObject(outputs) || Object.values(outputs).some((value) => typeof value !== 'string')) {
      throw new Invalid();
    }
    return { id, result: job['result'] as JobResult, outputs: outputs as Record<string, string> };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
