import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../bench/runner.js';
import { formatFindings, lintWorkflowFile } from '../workflow-runner/lint.js';

/**
 * Every workflow of the repository, the reusable pipelines first among them,
 * against GitHub's parser and language service (with our actions' metadata)
 * and our own rules: no expression inside run:, permissions on every job,
 * third-party actions pinned by SHA, inputs and outputs that exist.
 */

const directory = join(ROOT, '.github/workflows');
const files = readdirSync(directory)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();

describe('workflows', () => {
  it('include the reusable pipelines and the self-release', () => {
    expect(files).toEqual(
      expect.arrayContaining(['release.yml', 'deploy.yml', 'hotfix.yml', 'self-release.yml']),
    );
  });

  it('make the reusable pipelines workflow_call only: teams dispatch them from their own callers', () => {
    for (const file of ['release.yml', 'deploy.yml', 'hotfix.yml']) {
      const on = (parse(readFileSync(join(directory, file), 'utf8')) as { on: Record<string, unknown> }).on;
      expect({ file, triggers: Object.keys(on) }).toEqual({ file, triggers: ['workflow_call'] });
    }
  });

  it.each(files)('%s passes every check', async (file) => {
    const findings = await lintWorkflowFile(join(directory, file));
    expect(formatFindings(findings)).toBe('');
  });
});

describe('.github/dependabot.yml', () => {
  it('keeps the pinned actions and the npm dependencies current', () => {
    const config = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => [update['package-ecosystem'], update.directory])).toEqual([
      ['github-actions', '/'],
      ['npm', '/'],
    ]);
    for (const update of config.updates) expect(update.schedule.interval).toMatch(/^(daily|weekly|monthly)$/);
  });

  it('finds every third-party action pinned by SHA with its version in a comment', () => {
    for (const file of files) {
      const text = readFileSync(join(directory, file), 'utf8');
      for (const [line] of text.matchAll(/^\s*(?:- )?uses: (?!org\/release-actions\/|\.\/)\S+.*$/gm)) {
        expect({ file, line }).toEqual({
          file,
          line: expect.stringMatching(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/),
        });
      }
    }
  });
});

describe('docs/pipelines.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/pipelines.md'), 'utf8');

  it('documents every input, secret and output of the reusable pipelines', () => {
    const undocumented: string[] = [];
    for (const file of ['release.yml', 'deploy.yml', 'hotfix.yml']) {
      const on = (
        parse(readFileSync(join(directory, file), 'utf8')) as { on: Record<string, Record<string, object>> }
      ).on;
      for (const trigger of ['workflow_call', 'workflow_dispatch']) {
        for (const kind of ['inputs', 'secrets', 'outputs']) {
          for (const name of Object.keys(on[trigger]?.[kind] ?? {})) {
            if (!docs.includes(`| \`${name}\` |`)) undocumented.push(`${file} ${kind} ${name}`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('gives a copy-paste caller of each reusable pipeline (doc-snippets.test.ts checks every block)', () => {
    for (const file of ['release.yml', 'deploy.yml', 'hotfix.yml']) {
      expect(docs).toContain(`uses: org/release-actions/.github/workflows/${file}@v1`);
    }
  });
});
