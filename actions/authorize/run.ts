import {
  createGitHubClient,
  info,
  requireRepository,
  runContext,
  setOutputs,
  writeSummary,
  code,
  heading,
  table,
} from '../../packages/kit/src/index.js';
import { decide, fetchRole, refusal } from '../../packages/access/src/index.js';
import type { AuthorizeInputs } from './inputs.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(inputs: AuthorizeInputs): Promise<void> {
  const context = runContext();
  const { owner, repo } = requireRepository(context);
  const client = await createGitHubClient({ token: inputs.token });
  const role = await fetchRole(client, owner, repo, inputs.actor);
  const decision = decide(inputs.actor, role, inputs.permission);
  setOutputs({ role, allowed: String(decision.allowed) });
  await writeSummary(
    heading(`Authorization: ${decision.allowed ? '✅ allowed' : '❌ refused'}`, 3) +
      table(
        ['user', 'role', 'needed for', 'needs'],
        [[`@${inputs.actor}`, role, inputs.operation, code(`${inputs.permission}+`)]],
      ),
  );
  if (!decision.allowed) throw refusal(decision, context.repository, inputs.operation);
  info(`@${inputs.actor} has the ${role} role on ${context.repository}: allowed to ${inputs.operation}.`);
}
