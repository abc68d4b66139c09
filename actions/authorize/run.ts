import {
  createGitHubClient,
  field,
  info,
  readActionInputs,
  requireRepository,
  runContext,
  setOutputs,
  writeSummary,
  code,
  heading,
  table,
} from '../../packages/kit/src/index.js';
import { decide, fetchRole, refusal, ROLES, type RequiredRole } from '../../packages/access/src/index.js';

const spec = {
  permission: field.choice(ROLES.filter((role): role is RequiredRole => role !== 'none')).default('maintain'),
  actor: field.pattern(/^[A-Za-z0-9-]+(\[bot\])?$/, 'a GitHub login').required(),
  operation: field.text().default('run this workflow'),
  token: field.text('a GitHub token').secret().required(),
};

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec };

export async function run(): Promise<void> {
  const inputs = await readActionInputs(spec);
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
