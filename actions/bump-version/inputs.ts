import { posix } from 'node:path';
import {
  field,
  Invalid,
  InputError,
  inputProblem,
  loadConfig,
  readActionInputs,
  runContext,
  refPrefixProblem,
  splitList,
} from '../../packages/kit/src/index.js';
import {
  chooseComponents,
  readComponents,
  type ComponentSet,
  normalisePath,
  parseVersionFileSpec,
  type VersionFileSpec,
  normaliseVersion,
  RELEASE_TYPES,
} from '../../packages/versioning/src/index.js';
import type { CommitTypeRule } from '../../packages/versioning/src/index.js';

const LEVELS = ['major', 'minor', 'patch', 'none'];

/**
 * `commit-types`: one type a line, `type: release[, section]` (`docs: patch, Documentation`,
 * `chore: none, hidden`), or the config file's mapping `{ docs: { release: patch, section: Documentation } }`.
 */
function parseCommitTypes(raw: string): CommitTypeRule[] {
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new Invalid();
    }
    return Object.entries(parsed as Record<string, { release?: string; section?: string }>).map(
      ([type, rule]) => commitTypeRule(type, rule?.release, rule?.section),
    );
  }
  return splitList(raw, /\n/).map((line) => {
    const match = /^([\w-]+)\s*:\s*([a-z]+)?\s*(?:,\s*(.+))?$/.exec(line);
    if (!match) throw new Invalid(`(in line "${line}")`);
    return commitTypeRule(match[1]!, match[2], match[3]?.trim());
  });
}

function commitTypeRule(
  type: string,
  release: string | undefined,
  section: string | undefined,
): CommitTypeRule {
  if (!/^[\w-]+$/.test(type)) throw new Invalid(`(type "${type}")`);
  if (release !== undefined && !LEVELS.includes(release))
    throw new Invalid(`(release "${release}" of ${type})`);
  return {
    type,
    ...(release ? { release: release as CommitTypeRule['release'] } : {}),
    ...(section ? { section } : {}),
  };
}

/**
 * bump-version's inputs, parsed once. Those the config file (`version:` section of
 * .github/release-actions.yml) may set have their defaults here, not in action.yml.
 * `none` switches off what otherwise has a default (files, changelog, tag prefix).
 */

const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*[\s~^:?*[\\])[\w./-]+(?<![/.])$/;

function nonePath(raw: string): string | undefined {
  if (raw === 'none') return undefined;
  try {
    return normalisePath(raw);
  } catch (thrown) {
    throw new Invalid((thrown as Error).message);
  }
}

export const spec = {
  'release-type': field.choice(RELEASE_TYPES).required(),
  version: field.custom('a semantic version such as 1.4.0 or 2.0.0-rc.1', (raw) => {
    const version = normaliseVersion(raw);
    if (!version) throw new Invalid();
    return version;
  }),
  preid: field.pattern(
    /^[0-9A-Za-z-]+$/,
    'a prerelease identifier such as alpha, beta or rc (letters, digits, hyphens)',
  ),
  'tag-prefix': field
    .custom('a tag prefix such as v or api-v (letters, digits, . _ - /), or none', (raw) => {
      if (raw === 'none') return '';
      if (!/^[\w./-]+$/.test(raw) || raw.startsWith('/') || refPrefixProblem(raw)) throw new Invalid();
      return raw;
    })
    .default('v'),
  path: field.custom('a folder inside the repository', (raw) => nonePath(raw) ?? '.').default('.'),
  'version-files': field.custom<VersionFileSpec[]>('version files, one per line', (raw) => {
    const lines = splitList(raw, /\n/);
    if (lines.length === 1 && lines[0] === 'none') return [];
    return lines.map((line) => {
      try {
        return parseVersionFileSpec(line);
      } catch (thrown) {
        throw new Invalid(`${(thrown as Error).message} (in line "${line}")`);
      }
    });
  }),
  // '' stands for `none`, so that "not set" (the default file) stays distinguishable.
  'changelog-file': field.custom('a file inside the repository, or none', (raw) => nonePath(raw) ?? ''),
  'changelog-other': field.boolean().default(false),
  'major-on-zero': field.boolean().default(false),
  'initial-version': field
    .custom('a semantic version such as 1.0.0 or 0.1.0', (raw) => {
      const version = normaliseVersion(raw);
      if (!version) throw new Invalid();
      return version;
    })
    .default('1.0.0'),
  'commit-message': field
    .text()
    .check((text) => (/\{(version|tag)\}/.test(text) ? undefined : 'a message containing {version} or {tag}'))
    .default('chore(release): {tag}'),
  'tag-message': field.text().default('{tag}'),
  'git-user-name': field.text().default('github-actions[bot]'),
  'git-user-email': field.email().default('41898282+github-actions[bot]@users.noreply.github.com'),
  'release-branch': field.boolean().default(false),
  'release-branch-from': field.pattern(BRANCH, 'a branch name such as develop').default('develop'),
  ref: field.custom('a branch name such as main', (raw) => {
    const name = raw.replace(/^refs\/heads\//, '');
    if (!BRANCH.test(name)) throw new Invalid();
    return name;
  }),
  push: field.boolean().default(true),
  'dry-run': field.boolean().default(false),
  token: field.text('a GitHub token').secret(),
  mode: field.choice(['direct', 'pull-request', 'auto'] as const).default('direct'),
  'pull-request-branch': field.pattern(BRANCH, 'a branch name such as release-actions--branches--main'),
  'pull-request-base': field.custom('a branch name such as main', (raw) => {
    const name = raw.replace(/^refs\/heads\//, '');
    if (!BRANCH.test(name)) throw new Invalid();
    return name;
  }),
  'commit-types': field.custom<CommitTypeRule[]>(
    'one type a line as type: major|minor|patch|none[, section title or hidden], such as docs: patch, Documentation',
    parseCommitTypes,
  ),
  'pull-request-lookups': field.integer({ min: 0, max: 1000 }).default(50),
  components: field.custom<string[] | 'none'>(
    'names of components declared under components: in .github/release-actions.yml, separated by commas, or none',
    (raw) => {
      if (raw === 'none') return 'none';
      const names = splitList(raw);
      if (names.some((name) => !/^[A-Za-z0-9][\w.-]*$/.test(name))) throw new Invalid();
      return names;
    },
  ),
};

/**
 * The monorepo components this run releases: those the config file declares (or the ones the
 * components input names), unless the input says none. Undefined for a single-component run.
 */
async function releasedComponents(
  wanted: string[] | 'none' | undefined,
  path: string,
): Promise<ComponentSet | undefined> {
  if (wanted === 'none') return undefined;
  const config = await loadConfig(runContext().workspace);
  const declared = config ? readComponents(config.data, config.file, config.locate) : undefined;
  if (!declared) {
    if (wanted && wanted.length > 0)
      throw new InputError([
        inputProblem(
          'components',
          wanted.join(', '),
          'none, as .github/release-actions.yml declares no components',
        ),
      ]);
    return undefined;
  }
  if (path !== '.')
    throw new InputError([
      inputProblem(
        'path',
        path,
        '. (or components: none): the components declared in .github/release-actions.yml each have their own path',
      ),
    ]);
  return chooseComponents(declared, wanted ?? []);
}

export type BumpInputs = Awaited<ReturnType<typeof readBumpInputs>>;

export async function readBumpInputs() {
  const inputs = await readActionInputs(spec, { section: ['version'] });
  // Rules that tie two inputs together, reported like any other bad input.
  const problems: string[] = [];
  if (inputs.releaseType === 'version' && !inputs.version) {
    problems.push(
      inputProblem('version', '', 'a semantic version such as 1.4.0 (required with release-type: version)'),
    );
  }
  if (inputs.releaseType !== 'version' && inputs.version) {
    problems.push(
      inputProblem(
        'version',
        inputs.version,
        `nothing unless release-type is version (it is ${inputs.releaseType})`,
      ),
    );
  }
  if (inputs.mode !== 'direct' && !inputs.token) {
    problems.push(
      inputProblem(
        'token',
        '',
        `a token (such as github.token) with mode: ${inputs.mode}, which opens the release pull request`,
      ),
    );
  }
  if (inputs.mode === 'pull-request' && inputs.releaseBranch) {
    problems.push(
      inputProblem(
        'release-branch',
        'true',
        'false with mode: pull-request (the release pull request is the release branch)',
      ),
    );
  }
  if (problems.length > 0) throw new InputError(problems);
  const changelogFile =
    inputs.changelogFile === undefined
      ? posix.join(inputs.path, 'CHANGELOG.md')
      : inputs.changelogFile || undefined;
  const componentSet = await releasedComponents(inputs.components, inputs.path);
  if (componentSet && inputs.releaseBranch)
    throw new InputError([
      inputProblem(
        'release-branch',
        'true',
        'false for the components declared in .github/release-actions.yml (each component is tagged on the branch it is released from)',
      ),
    ]);
  return { ...inputs, changelogFile, componentSet };
}
