import { info, runContext, setOutputs, writeSummary } from '../../packages/kit/src/index.js';
import { renderStory, storyLog, tellStory } from '../../packages/story/src/index.js';
import type { SummaryInputs } from './inputs.js';

/** The inputs this action reads, for tooling and tests that check every input. */
export { spec as inputSpec } from './inputs.js';

export async function run(inputs: SummaryInputs): Promise<void> {
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
