/**
 * The lint that keeps the run's GITHUB_ and RUNNER_ variables in the kit: every way of reading
 * one outside packages/kit is refused, whether from process.env or an environment passed in.
 */
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const RULE_MESSAGE = 'GITHUB_* and RUNNER_* variables are read only in packages/kit';

async function refusals(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.message.startsWith(RULE_MESSAGE)).length;
}

const READS = {
  'process.env member': "export const sha = process.env['GITHUB_SHA'];",
  'process.env property': 'export const sha = process.env.GITHUB_SHA;',
  'an environment passed in, by key': "export const sha = (env: NodeJS.ProcessEnv) => env['GITHUB_SHA'];",
  'an environment passed in, by property': 'export const temp = (env: NodeJS.ProcessEnv) => env.RUNNER_TEMP;',
  'a destructured environment': 'export const sha = ({ GITHUB_SHA }: NodeJS.ProcessEnv) => GITHUB_SHA;',
};

describe('runner variables lint', () => {
  for (const [form, code] of Object.entries(READS)) {
    it(`refuses ${form} in a logic package and an entry, and allows it in the kit`, async () => {
      expect(await refusals(code, 'packages/artifacts/src/probe.ts')).toBe(1);
      expect(await refusals(code, 'actions/build-artifacts/probe.ts')).toBe(1);
      expect(await refusals(code, 'packages/kit/src/probe.ts')).toBe(0);
    });
  }

  it('leaves other variables and names that merely mention GitHub alone', async () => {
    const code = [
      "export const epoch = process.env['SOURCE_DATE_EPOCH'];",
      "export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';",
      "export const child = { GITHUB_TOKEN: '' };",
    ].join('\n');
    expect(await refusals(code, 'packages/artifacts/src/probe.ts')).toBe(0);
  });
});
