import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../packages/kit/src/index.js';
import { ROOT } from '../bench/runner.js';
import { formatFindings, lintWorkflowFile } from '../workflow-runner/lint.js';

/**
 * The migration guides' examples are copied by readers: every workflow in them passes
 * the same checks as the repository's own, and every .github/release-actions.yml in
 * them passes the loader every action uses.
 */

const dir = join(ROOT, 'docs', 'migrating');
const guides = readdirSync(dir).filter((file) => file.endsWith('.md'));

function blocks(file: string, language: string): string[] {
  const pattern = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  return [...readFileSync(join(dir, file), 'utf8').matchAll(pattern)].map((m) => m[1]!);
}
const yamlBlocks = (file: string) => blocks(file, 'yaml');

/** Where each guide's "before" JSON blocks go in a repository. */
const BEFORE: Record<string, string[]> = {
  'semantic-release.md': ['.releaserc.json'],
  'release-please.md': ['release-please-config.json', '.release-please-manifest.json'],
  'changesets.md': ['.changeset/config.json'],
};

describe('docs/migrating', () => {
  it('has a guide for each tool the converter reads, and the index', () => {
    expect(guides.sort()).toEqual(['README.md', 'changesets.md', 'release-please.md', 'semantic-release.md']);
  });

  it.each(guides)('%s: every caller workflow passes every workflow check', async (file) => {
    const workflows = yamlBlocks(file).filter((block) => /^jobs:/m.test(block));
    expect(workflows.length).toBeGreaterThan(0);
    const temp = mkdtempSync(join(tmpdir(), 'migrating-'));
    try {
      for (const [index, workflow] of workflows.entries()) {
        const path = join(temp, `caller-${index}.yml`);
        writeFileSync(path, workflow);
        expect(formatFindings(await lintWorkflowFile(path))).toBe('');
      }
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it.each(guides.filter((file) => file !== 'README.md'))(
    '%s: the converted .github/release-actions.yml passes the config loader',
    async (file) => {
      const configs = yamlBlocks(file).filter((block) => block.includes('\n# yaml-language-server:'));
      expect(configs).toHaveLength(1);
      const temp = mkdtempSync(join(tmpdir(), 'migrating-'));
      try {
        mkdirSync(join(temp, '.github'));
        writeFileSync(join(temp, '.github', 'release-actions.yml'), configs[0]!);
        expect((await loadConfig(temp))?.data['version']).toBeDefined();
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    },
  );

  it.each(Object.keys(BEFORE))("%s: the converter turns the guide's before into its after", (file) => {
    const temp = mkdtempSync(join(tmpdir(), 'migrating-'));
    try {
      writeFileSync(join(temp, 'package.json'), '{ "name": "widgets", "version": "0.4.2" }\n');
      for (const [index, path] of BEFORE[file]!.entries()) {
        mkdirSync(dirname(join(temp, path)), { recursive: true });
        writeFileSync(join(temp, path), blocks(file, 'json')[index]!);
      }
      const converted = execFileSync(
        process.execPath,
        [join(ROOT, 'scripts/migrate-config.mjs'), '--stdout'],
        {
          cwd: temp,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
      const after = yamlBlocks(file).find((block) => block.includes('\n# yaml-language-server:'))!;
      expect(parse(converted)).toEqual(parse(after));
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
