import { describe, expect, it } from '@jest/globals';
import { formatFindings } from '../workflow-runner/lint.js';
import { checkSnippet, documentationFiles, snippetName, yamlSnippets } from './doc-snippets.js';

/**
 * Every yaml block of README.md, docs/, examples/ and the action READMEs is
 * copied by someone: each must be a complete workflow that GitHub's parser,
 * its language service (with our actions' inputs), actionlint and our
 * workflow lint accept, or a `.github/release-actions.yml` its schema accepts.
 */

const snippets = documentationFiles().flatMap((file) => yamlSnippets(file));

describe('documentation snippets', () => {
  it('are found in the README, the docs and every action README', () => {
    const files = new Set(snippets.map((snippet) => snippet.file));
    expect(files).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...files]).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/pipelines.md',
        'deploy-env/README.md',
        'announce/README.md',
      ]),
    );
  });

  it.each(snippets.map((snippet) => [snippetName(snippet), snippet] as const))(
    '%s is complete and valid',
    async (_name, snippet) => {
      expect(formatFindings(await checkSnippet(snippet))).toBe('');
    },
  );
});
