import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../bench/runner.js';
import { formatFindings, lintWorkflowFile } from '../workflow-runner/lint.js';

/**
 * Every workflow of the repository, the reusable pipelines first among them,
 * against GitHub's parser and language service (with our actions' metadata)
 * and our own rules: no expression inside run:, permissions on every job,
 * third-party actions pinned by SHA, inputs and outputs that exist.
 */

const directory = join(ROOT, '.github/workflows');
const files = readdirSync(directory).filter((file) => /\.ya?ml$/.test(file)).sort();

describe('workflows', () => {
  it('include the reusable pipelines and the self-release', () => {
    expect(files).toEqual(expect.arrayContaining(['release.yml', 'deploy.yml', 'hotfix.yml', 'self-release.yml']));
  });

  it.each(files)('%s passes every check', async (file) => {
    const findings = await lintWorkflowFile(join(directory, file));
    expect(formatFindings(findings)).toBe('');
  });
});
