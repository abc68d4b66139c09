import { describe, expect, it } from '@jest/globals';
import {
  ChangelogEntries,
  hasVersionSection,
  insertSection,
  RecordSplitter,
  renderNotes,
  type ChangelogEntry,
} from '../../../packages/versioning/src/index.js';

const hash = (n: number) => String(n).repeat(40).slice(0, 40);
const ctx = {
  version: '1.2.0',
  tag: 'v1.2.0',
  previousTag: 'v1.1.0',
  date: '2026-01-05',
  repositoryUrl: 'https://github.com/acme/app',
};

function store(list: ChangelogEntry[]): ChangelogEntries {
  const entries = new ChangelogEntries();
  for (const entry of list) entries.add(entry);
  return entries;
}

describe('renderNotes', () => {
  it('prints breaking notes first, then sections by scope, with commit and pull request links and credits', async () => {
    const notes = await renderNotes(
      store([
        {
          hash: hash(1),
          type: 'feat',
          subject: 'dark mode',
          scope: 'ui',
          section: 'features',
          breaking: [],
          pr: 7,
        },
        { hash: hash(2), type: 'fix', subject: 'typo', section: 'fixes', breaking: [] },
        {
          hash: hash(3),
          type: 'feat',
          subject: 'new config',
          scope: 'core',
          section: 'features',
          breaking: ['config moved'],
        },
        {
          hash: hash(4),
          type: 'chore',
          subject: 'drop node 18',
          section: undefined,
          breaking: ['node 20 required'],
        },
      ]),
      { ...ctx, links: new Map([[hash(2), { pr: 9, author: 'alice' }]]) },
    );
    expect(notes).toBe(
      [
        '### Breaking changes',
        '',
        '- **core:** config moved ([3333333](https://github.com/acme/app/commit/3333333333333333333333333333333333333333))',
        '- node 20 required ([4444444](https://github.com/acme/app/commit/4444444444444444444444444444444444444444))',
        '',
        '### Features',
        '',
        '- **core:** new config ([3333333](https://github.com/acme/app/commit/3333333333333333333333333333333333333333))',
        '- **ui:** dark mode ([#7](https://github.com/acme/app/pull/7), [1111111](https://github.com/acme/app/commit/1111111111111111111111111111111111111111))',
        '',
        '### Bug fixes',
        '',
        '- typo ([#9](https://github.com/acme/app/pull/9), [2222222](https://github.com/acme/app/commit/2222222222222222222222222222222222222222)) by @alice',
        '',
        '**Full changelog**: https://github.com/acme/app/compare/v1.1.0...v1.2.0',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing is listed, and leaves links out without a repository', async () => {
    expect(await renderNotes(store([]), { ...ctx, repositoryUrl: undefined })).toBe('No notable changes.\n');
    const plain = await renderNotes(
      store([{ hash: hash(5), subject: 'x', section: 'fixes', breaking: [], pr: 3 }]),
      { ...ctx, repositoryUrl: undefined },
    );
    expect(plain).toBe('### Bug fixes\n\n- x (#3, 5555555)\n');
  });
});

describe('insertSection', () => {
  const section = '## [1.2.0] - 2026-01-05\n\n### Features\n\n- x\n';

  it('starts a new changelog with its preamble', () => {
    expect(insertSection(undefined, section, '1.2.0')).toMatch(
      /^# Changelog\n\nAll notable changes[\s\S]*\n\n## \[1\.2\.0\] - 2026-01-05\n/,
    );
  });

  it("goes above the newest release, below Unreleased, in the file's own line endings", () => {
    const crlf = '# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [1.1.0] - 2025-12-01\r\n\r\n- y\r\n';
    expect(insertSection(crlf, section, '1.2.0')).toBe(
      '# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [1.2.0] - 2026-01-05\r\n\r\n### Features\r\n\r\n- x\r\n\r\n## [1.1.0] - 2025-12-01\r\n\r\n- y\r\n',
    );
    expect(insertSection('# Changelog\n\nNothing yet.', section, '1.2.0')).toBe(
      `# Changelog\n\nNothing yet.\n\n${section}`,
    );
  });

  it('leaves a changelog that already has the version alone', () => {
    for (const heading of [
      '## [1.2.0] - 2026-01-05',
      '## 1.2.0',
      '## [v1.2.0](https://x) (2026)',
      '## v1.2.0',
    ]) {
      expect({ heading, found: hasVersionSection(`# Changelog\n\n${heading}\n`, '1.2.0') }).toEqual({
        heading,
        found: true,
      });
    }
    expect(hasVersionSection('## [1.2.0-rc.1] - 2026\n## [11.2.0]\n', '1.2.0')).toBe(false);
    expect(insertSection('## [1.2.0] - 2026-01-05\n', section, '1.2.0')).toBeUndefined();
  });
});

describe('RecordSplitter', () => {
  it('splits at NUL across chunks without cutting multi-byte characters', () => {
    const records: string[] = [];
    const splitter = new RecordSplitter((bytes, start, end) =>
      records.push(bytes.toString('utf8', start, end)),
    );
    const bytes = Buffer.from('a\x1ffeat: ✓ one\n\0b\x1ffix: two ✓\n\0c\x1flast');
    for (let i = 0; i < bytes.length; i += 3) splitter.push(bytes.subarray(i, i + 3));
    splitter.end();
    expect(records).toEqual(['a\x1ffeat: ✓ one\n', 'b\x1ffix: two ✓\n', 'c\x1flast']);
  });
});
