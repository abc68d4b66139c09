import { describe, expect, it } from '@jest/globals';
import { chooseComponents, readComponents } from '../../../packages/versioning/src/index.js';

/** The components a monorepo declares in .github/release-actions.yml, as bump-version reads them. */

const at = (path: (string | number)[]) => ({
  file: '.github/release-actions.yml',
  line: path.length,
  column: 3,
});
const read = (data: Record<string, unknown>) => readComponents(data, '.github/release-actions.yml', at);

describe('readComponents', () => {
  it('fills in the defaults: <name>-v tags, CHANGELOG.md in the folder, the known version files', () => {
    expect(read({ components: { api: { path: './services/api/' } } })).toEqual({
      components: [
        { name: 'api', path: 'services/api', tagPrefix: 'api-v', changelogFile: 'services/api/CHANGELOG.md' },
      ],
      linked: [],
    });
  });

  it('reads version files, no changelog, and linked groups', () => {
    const set = read({
      components: {
        api: { path: 'api', 'tag-prefix': 'v', 'version-files': ['api/VERSION'], 'changelog-file': 'none' },
        web: { path: 'web', 'version-files': 'none' },
      },
      'linked-versions': [['api', 'web']],
    })!;
    expect(set.components[0]).toMatchObject({ tagPrefix: 'v', versionFiles: [{ path: 'api/VERSION' }] });
    expect(set.components[0]!.changelogFile).toBeUndefined();
    expect(set.components[1]!.versionFiles).toEqual([]);
    expect(set.linked).toEqual([['api', 'web']]);
  });

  it('is undefined without components', () => {
    expect(read({ version: { 'tag-prefix': 'v' } })).toBeUndefined();
  });

  it('refuses two components with one tag prefix, and folders outside the repository', () => {
    expect(() =>
      read({
        components: { api: { path: 'api', 'tag-prefix': 'x-v' }, web: { path: 'web', 'tag-prefix': 'x-v' } },
      }),
    ).toThrow('components api and web both use the tag prefix "x-v": each component needs its own');
    expect(() => read({ components: { api: { path: '../elsewhere' } } })).toThrow(
      'components.api.path "../elsewhere" is not a folder inside the repository',
    );
  });

  it('refuses a component in two linked groups', () => {
    expect(() =>
      read({
        components: { a: { path: 'a' }, b: { path: 'b' }, c: { path: 'c' } },
        'linked-versions': [
          ['a', 'b'],
          ['b', 'c'],
        ],
      }),
    ).toThrow('component "b" is in more than one linked-versions group');
  });
});

describe('chooseComponents', () => {
  const set = read({
    components: { api: { path: 'api' }, web: { path: 'web' }, worker: { path: 'worker' } },
    'linked-versions': [['api', 'web']],
  })!;

  it('keeps the declared order, and brings in the linked group of a chosen component', () => {
    expect(chooseComponents(set, ['api']).components.map((c) => c.name)).toEqual(['api', 'web']);
    expect(chooseComponents(set, ['worker']).components.map((c) => c.name)).toEqual(['worker']);
    expect(chooseComponents(set, []).components).toHaveLength(3);
  });
});
