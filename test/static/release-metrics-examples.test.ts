import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../bench/runner.js';
import { formatFindings, lintWorkflowFile } from '../workflow-runner/lint.js';

/** The README's examples are whole workflows that pass GitHub's parser and our rules as they are. */
describe('release-metrics README', () => {
  const readme = readFileSync(join(ROOT, 'release-metrics/README.md'), 'utf8');
  const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('has a scheduled weekly report and a gate, each a complete workflow', () => {
    expect(workflows).toHaveLength(2);
    expect(workflows[0]).toContain("cron: '0 7 * * 1'");
    for (const workflow of workflows) {
      expect(workflow).toMatch(/^name: /);
      expect(workflow).toContain('deployments: read');
      expect(workflow).toContain('contents: read');
      expect(workflow).not.toMatch(/: write/);
    }
  });

  it('gives examples that pass every workflow check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-examples-'));
    try {
      for (const [index, workflow] of workflows.entries()) {
        const path = join(dir, `example-${index}.yml`);
        writeFileSync(path, workflow);
        expect(formatFindings(await lintWorkflowFile(path))).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
