import {
  field,
  info,
  readActionInputs,
  runContext,
  setOutputs,
  writeSummary,
} from '../../packages/kit/src/index.js';
import { jobsField, PIPELINES, renderStory, storyLog, tellStory } from '../../packages/story/src/index.js';

const spec = {
  pipeline: field.choice(PIPELINES).default('release'),
  jobs: jobsField().required(),
  version: field.text().default(''),
};

/** The inputs this action reads, for tooling and tests that check every input. */
export { spec as inputSpec };

export async function run(): Promise<void> {
  const inputs = await readActionInputs(spec);
  const context = runContext();
  const story = tellStory({
    pipeline: inputs.pipeline,
    jobs: inputs.jobs,
    version: inputs.version || undefined,
    runUrl: context.runUrl || undefined,
    deploymentsUrl: context.repository ? `${context.serverUrl}/${context.repository}/deployments` : undefined,
  });
  for (const line of storyLog(story)) info(line);
  setOutputs({ outcome: story.outcome, title: story.title });
  await writeSummary(renderStory(story));
}
