import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { minimatch } from 'minimatch';

/**
 * Local equivalents of the few third-party actions the workflows use, keyed by
 * `owner/repo`: checkout clones the fixture's origin, the artifact pair copies
 * to and from the run's artifact folder, setup-node uses the node already here.
 */

const exec = promisify(execFile);

export interface LocalActionContext {
  inputs: Record<string, string>;
  /** The job's GITHUB_TOKEN, what `${{ github.token }}` input defaults give an action. */
  token: string;
  /** github.server_url: where checkout's credentials are scoped. */
  serverUrl: string;
  /** `owner/name` of the run's repository. */
  repository: string;
  workspace: string;
  origin: string;
  /** github.ref and github.sha of the run. */
  ref: string;
  sha: string;
  artifacts: string;
  log(line: string): void;
}

export type LocalAction = (context: LocalActionContext) => Promise<Record<string, string>>;

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await exec('git', args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  return stdout.trim();
}

/**
 * What actions/checkout leaves in `.git/config` unless `persist-credentials: false`: the token as an
 * `http.<server>/.extraheader` that every later git command (and any process of the job) can read.
 */
async function persistCredentials(target: string, serverUrl: string, token: string): Promise<void> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  await git(
    [
      'config',
      '--local',
      `http.${serverUrl.replace(/\/$/, '')}/.extraheader`,
      `AUTHORIZATION: basic ${basic}`,
    ],
    target,
  );
}

const checkout: LocalAction = async (context) => {
  const { inputs, repository, workspace, origin, ref, sha, log } = context;
  if (inputs['repository'] && inputs['repository'] !== repository) {
    throw new Error(`checkout of another repository (${inputs['repository']}) is not emulated`);
  }
  const target = inputs['path'] ? resolve(workspace, inputs['path']) : workspace;
  const depth = Number(inputs['fetch-depth'] ?? '1');
  const wanted = inputs['ref'] || ref;
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await git(['init', '--quiet'], target);
  // file:// so that --depth is honoured, as it is against github.com.
  await git(['remote', 'add', 'origin', `file://${origin}`], target);
  await git(['config', '--local', 'gc.auto', '0'], target);
  const shallow = depth > 0 ? [`--depth=${depth}`] : [];
  if (depth === 0) {
    await git(
      [
        'fetch',
        '--quiet',
        '--prune',
        '--tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*',
      ],
      target,
    );
  }
  const branch = wanted.replace(/^refs\/heads\//, '');
  const isSha = /^[0-9a-f]{40}$/i.test(wanted);
  const isTag =
    wanted.startsWith('refs/tags/') ||
    (!isSha && (await git(['ls-remote', '--tags', 'origin', `refs/tags/${wanted}`], target)) !== '');
  if (isSha) {
    if (depth > 0) await git(['fetch', '--quiet', '--no-tags', ...shallow, 'origin', wanted], target);
    await git(['checkout', '--quiet', '--detach', wanted], target);
  } else if (isTag) {
    const tag = wanted.replace(/^refs\/tags\//, '');
    if (depth > 0)
      await git(
        ['fetch', '--quiet', '--no-tags', ...shallow, 'origin', `+refs/tags/${tag}:refs/tags/${tag}`],
        target,
      );
    await git(['checkout', '--quiet', '--detach', `refs/tags/${tag}`], target);
  } else {
    if (depth > 0) {
      await git(
        [
          'fetch',
          '--quiet',
          '--no-tags',
          ...shallow,
          'origin',
          `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
        ],
        target,
      );
    }
    // The run's own commit when checking out the run's ref, as actions/checkout does; the tip otherwise.
    const at =
      !inputs['ref'] && sha && (await git(['cat-file', '-t', sha], target).catch(() => ''))
        ? sha
        : `refs/remotes/origin/${branch}`;
    await git(['checkout', '--quiet', '--force', '-B', branch, at], target);
  }
  if ((inputs['persist-credentials'] ?? 'true') !== 'false') {
    await persistCredentials(target, context.serverUrl, inputs['token'] || context.token);
  }
  const commit = await git(['rev-parse', 'HEAD'], target);
  log(`Checked out ${wanted} at ${commit.slice(0, 7)}${depth > 0 ? ` (depth ${depth})` : ''}`);
  return { ref: wanted, commit };
};

/** Files matched by upload-artifact's `path` (globs, directories, `!` exclusions), anywhere on the machine. */
async function collect(
  patterns: string[],
  workspace: string,
  hidden: boolean,
): Promise<{ root: string; files: string[] }> {
  const absolute = (pattern: string) => (isAbsolute(pattern) ? pattern : resolve(workspace, pattern));
  const includes = patterns.filter((p) => !p.startsWith('!')).map(absolute);
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => absolute(p.slice(1)));
  // The literal part of each pattern: where its files can be, and the root of the artifact's paths.
  const bases = includes.map((full) => {
    const parts = full.split(sep);
    const wild = parts.findIndex((part) => /[*?[{]/.test(part));
    return (wild < 0 ? parts : parts.slice(0, wild)).join(sep) || sep;
  });
  const found = new Set<string>();
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (!info) return;
    if (!info.isDirectory()) {
      found.add(path);
      return;
    }
    for (const entry of await readdir(path)) {
      if (entry !== '.git') await walk(join(path, entry));
    }
  };
  for (const base of bases) await walk(base);
  const matches = (file: string, full: string) =>
    file === full || file.startsWith(full.replace(/\/+$/, '') + sep) || minimatch(file, full, { dot: true });
  const roots = await Promise.all(
    bases.map(async (base) =>
      (await stat(base).catch(() => undefined))?.isDirectory() ? base : dirname(base),
    ),
  );
  let root = roots[0] ?? workspace;
  for (const other of roots.slice(1)) {
    while (!(other + sep).startsWith(root + sep)) root = dirname(root);
  }
  const files = [...found]
    .filter((file) => includes.some((full) => matches(file, full)))
    .filter((file) => !excludes.some((full) => matches(file, full)))
    .filter(
      (file) =>
        hidden ||
        !relative(root, file)
          .split(sep)
          .some((part) => part.startsWith('.')),
    )
    .sort();
  return { root, files };
}

async function digestOf(directory: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        hash
          .update(relative(directory, path))
          .update('\0')
          .update(await readFile(path))
          .update('\0');
    }
  };
  await walk(directory);
  return hash.digest('hex');
}

const uploadArtifact: LocalAction = async ({ inputs, workspace, artifacts, log }) => {
  const name = inputs['name'] || 'artifact';
  const patterns = (inputs['path'] ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  if (patterns.length === 0) throw new Error('Input required and not supplied: path');
  const { root, files } = await collect(patterns, workspace, inputs['include-hidden-files'] === 'true');
  if (files.length === 0) {
    const policy = inputs['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
    if (policy === 'error') throw new Error(message);
    if (policy === 'warn') log(`::warning::${message}`);
    return {} as Record<string, string>;
  }
  const destination = join(artifacts, name);
  if ((await stat(destination).catch(() => undefined)) && inputs['overwrite'] !== 'true') {
    throw new Error(
      `Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`,
    );
  }
  await rm(destination, { recursive: true, force: true });
  for (const file of files) {
    const to = join(destination, relative(root, file));
    await mkdir(dirname(to), { recursive: true });
    await cp(file, to);
  }
  const digest = await digestOf(destination);
  log(`Uploaded artifact ${name}: ${files.length} file(s)`);
  const id = String(parseInt(digest.slice(0, 8), 16));
  return {
    'artifact-id': id,
    'artifact-url': `https://github.com/artifacts/${id}`,
    'artifact-digest': digest,
  };
};

const downloadArtifact: LocalAction = async ({ inputs, workspace, artifacts, log }) => {
  const target = inputs['path'] ? resolve(workspace, inputs['path']) : workspace;
  const available = (await readdir(artifacts).catch(() => [] as string[])).sort();
  const name = inputs['name'];
  if (name) {
    if (!available.includes(name))
      throw new Error(`Unable to download artifact(s): Artifact not found for name: ${name}`);
    await mkdir(target, { recursive: true });
    await cp(join(artifacts, name), target, { recursive: true });
    log(`Downloaded artifact ${name} to ${target}`);
    return { 'download-path': target };
  }
  const pattern = inputs['pattern'];
  const chosen = available.filter((artifact) => !pattern || minimatch(artifact, pattern));
  for (const artifact of chosen) {
    const to = inputs['merge-multiple'] === 'true' ? target : join(target, artifact);
    await mkdir(to, { recursive: true });
    await cp(join(artifacts, artifact), to, { recursive: true });
  }
  log(`Downloaded ${chosen.length} artifact(s) to ${target}`);
  return { 'download-path': target };
};

const setupNode: LocalAction = async ({ log }) => {
  log(`Using the node already installed: ${process.version}`);
  return { 'node-version': process.version };
};

export const LOCAL_ACTIONS: Record<string, LocalAction> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/setup-node': setupNode,
};
