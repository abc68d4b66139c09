/** The inputs of run-summary: which pipeline ran and how its jobs ended. */
import { field, readActionInputs } from '../../packages/kit/src/index.js';
import { jobsField, PIPELINES } from '../../packages/story/src/index.js';

export const spec = {
  pipeline: field.choice(PIPELINES).default('release'),
  jobs: jobsField().required(),
  version: field.text().default(''),
};

export type SummaryInputs = Awaited<ReturnType<typeof readSummaryInputs>>;

export function readSummaryInputs() {
  return readActionInputs(spec);
}
