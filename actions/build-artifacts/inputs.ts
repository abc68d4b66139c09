import { basename, isAbsolute, join, normalize } from 'node:path';
import {
  field,
  InputError,
  inputProblem,
  Invalid,
  readActionInputs,
  ReleaseError,
  runContext,
  splitList,
  type RunContext,
} from '../../packages/kit/src/index.js';
import {
  ARCHIVE_FORMATS,
  SAFE_NAME,
  SAFE_NAME_EXPECTED,
  safeStem,
  type ArchiveFormat,
  normalisePattern,
  resolveInsideWorkspace,
  SIGNERS,
  type Signer,
  type BuildStep,
  type DigestAlgorithm,
} from '../../packages/artifacts/src/index.js';

/** The step's inputs, parsed once and checked together before anything is touched. */

function patterns(workspace: string) {
  return field.custom('glob patterns inside the workspace, one per line', (raw) => {
    const result: string[] = [];
    for (const pattern of splitList(raw, /\n/)) {
      const normalised = normalisePattern(pattern, workspace);
      if ('problem' in normalised) throw new Invalid(normalised.problem);
      result.push(normalised.pattern);
    }
    if (result.length === 0) throw new Invalid();
    return result;
  });
}

const formats = field.custom(`archive formats, any of: ${ARCHIVE_FORMATS.join(', ')}`, (raw) => {
  const items = splitList(raw);
  if (items.length === 0 || items.some((item) => !(ARCHIVE_FORMATS as readonly string[]).includes(item))) {
    throw new Invalid();
  }
  return [...new Set(items)] as ArchiveFormat[];
});

export function spec(workspace: string) {
  // Each name goes into archive file names: three of them together stay under the 255-byte file name limit.
  const safe = () => field.pattern(SAFE_NAME, SAFE_NAME_EXPECTED).max(64);
  return {
    mode: field.choice(['package', 'merge'] as const).default('package'),
    version: safe().required(),
    name: safe(),
    platform: safe(),
    'build-command': field.custom('command lines, one per line', (raw) => splitList(raw, /\n/)),
    'build-script': field.text('a bash script'),
    'working-directory': field.text('a folder inside the workspace'),
    files: patterns(workspace),
    'base-directory': field.text('a folder inside the workspace'),
    split: field.boolean().default(false),
    wrap: field.boolean().default(false),
    'include-hidden-files': field.boolean().default(false),
    'copy-symlinks': field.boolean().default(false),
    formats: formats.default(['tar.gz']),
    'compression-level': field.integer({ min: 0, max: 9 }).default(6),
    'output-directory': field.text('a folder inside the workspace').default('release-artifacts'),
    sha512: field.boolean().default(false),
    'merge-from': patterns(workspace),
    sign: field.choice(['none', ...SIGNERS] as const).default('none'),
    'signing-key': field.text('the private key').secret(),
    'signing-passphrase': field.text('the key passphrase').secret(),
    provenance: field.boolean().default(true),
    attest: field.boolean().default(false),
    token: field.text('a GitHub token').secret(),
  };
}

export interface Settings {
  mode: 'package' | 'merge';
  version: string;
  name: string;
  /** Whether `name` was given, rather than defaulted (merge mode then keeps the legs' name). */
  nameGiven: boolean;
  platform?: string;
  build: BuildStep[];
  workingDirectory: string;
  files: string[];
  baseDirectory?: string;
  split: boolean;
  wrap: boolean;
  includeHidden: boolean;
  copyLinks: boolean;
  formats: ArchiveFormat[];
  level: number;
  outputDirectory: string;
  algorithms: DigestAlgorithm[];
  mergeFrom: string[];
  signer?: Signer;
  signingKey?: string;
  signingPassphrase?: string;
  provenance: boolean;
  attest: boolean;
  token?: string;
}

/** A folder input resolved inside the workspace, or the problem with it. */
async function folder(
  context: RunContext,
  input: string,
  value: string,
  problems: string[],
): Promise<string> {
  try {
    return (await resolveInsideWorkspace(context.workspace, input, value)).path;
  } catch (thrown) {
    if (thrown instanceof ReleaseError && thrown.code === 'EOUTSIDE') problems.push(thrown.message);
    else throw thrown;
    return join(context.workspace, value);
  }
}

export async function readSettings(context: RunContext): Promise<Settings> {
  const workspace = normalize(context.workspace);
  const inputs = await readActionInputs(spec(workspace), { section: ['artifacts'], workspace });
  const problems: string[] = [];
  const merge = inputs.mode === 'merge';

  if (!merge && !inputs.files)
    problems.push(inputProblem('files', '', 'glob patterns, one per line (required in package mode)'));
  if (merge && !inputs.mergeFrom) {
    problems.push(
      inputProblem('merge-from', '', "glob patterns of the legs' folders (required in merge mode)"),
    );
  }
  if (inputs.sign !== 'none' && !inputs.signingKey) {
    problems.push(inputProblem('signing-key', '', `the private key (required when sign is ${inputs.sign})`));
  }

  const outputDirectory = await folder(context, 'output-directory', inputs.outputDirectory, problems);
  if (normalize(outputDirectory) === workspace) {
    problems.push(
      inputProblem(
        'output-directory',
        inputs.outputDirectory,
        'a folder inside the workspace, not the workspace itself',
      ),
    );
  }
  const workingDirectory = inputs.workingDirectory
    ? await folder(context, 'working-directory', inputs.workingDirectory, problems)
    : workspace;
  const baseDirectory = inputs.baseDirectory
    ? await folder(context, 'base-directory', inputs.baseDirectory, problems)
    : undefined;
  if (problems.length > 0) throw new InputError(problems);

  const build: BuildStep[] = [
    ...(inputs.buildCommand ?? []).map((commandLine) => ({ kind: 'command' as const, commandLine })),
    ...(inputs.buildScript ? [{ kind: 'script' as const, script: inputs.buildScript }] : []),
  ];
  return {
    mode: inputs.mode,
    version: inputs.version,
    name: inputs.name ?? safeStem(context.repo || basename(workspace)),
    nameGiven: inputs.name !== undefined,
    platform: inputs.platform,
    build,
    workingDirectory,
    files: inputs.files ?? [],
    baseDirectory,
    split: inputs.split,
    wrap: inputs.wrap,
    includeHidden: inputs.includeHiddenFiles,
    copyLinks: inputs.copySymlinks,
    formats: inputs.formats,
    level: inputs.compressionLevel,
    outputDirectory: isAbsolute(outputDirectory) ? outputDirectory : join(workspace, outputDirectory),
    algorithms: inputs.sha512 ? ['sha256', 'sha512'] : ['sha256'],
    mergeFrom: inputs.mergeFrom ?? [],
    signer: inputs.sign === 'none' ? undefined : inputs.sign,
    signingKey: inputs.signingKey,
    signingPassphrase: inputs.signingPassphrase,
    provenance: inputs.provenance,
    attest: inputs.attest,
    token: inputs.token,
  };
}

/** The settings of this run, from the runner's environment. */
export function readBuildInputs(): Promise<Settings> {
  return readSettings(runContext());
}
