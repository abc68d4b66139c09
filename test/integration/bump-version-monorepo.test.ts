import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunOptions } from '../bench/runner.js';

/**
 * bump-version on a monorepo whose components are declared in .github/release-actions.yml, on a
 * protected main with a job token only: one release pull request carries every changed component
 * (its own version, version file and CHANGELOG, one section of the body each); once merged, the
 * next run tags each of them and lists them in the components output. Unchanged components are
 * left alone.
 */

const exec = promisify(execFile);
let fixture: GitFixture | undefined;
let emulator: Emulator | undefined;

afterEach(async () => {
  try {
    await emulator?.close();
  } finally {
    await fixture?.cleanup();
    fixture = undefined;
    emulator = undefined;
  }
});

const BRANCH = 'release-actions--branches--main';
const packageJson = (name: string, version: string) =>
  `{\n  "name": "${name}",\n  "version": "${version}"\n}\n`;

const CONFIG = `components:
  api: { path: services/api, tag-prefix: api-v }
  web: { path: apps/web, tag-prefix: web-v }
  worker: { path: services/worker }
`;

async function start(
  config: string,
  versions: { api: string; web: string; worker: string },
  protectedMain = true,
) {
  fixture = await createGitFixture({
    files: {
      '.github/release-actions.yml': config,
      'services/api/package.json': packageJson('api', versions.api),
      'services/api/CHANGELOG.md': '# Changelog\n',
      'apps/web/package.json': packageJson('web', versions.web),
      'apps/web/CHANGELOG.md': '# Changelog\n',
      'services/worker/package.json': packageJson('worker', versions.worker),
      'services/worker/CHANGELOG.md': '# Changelog\n',
    },
  });
  await fixture.tag(`api-v${versions.api}`, 'api');
  await fixture.tag(`web-v${versions.web}`, 'web');
  await fixture.tag(`worker-v${versions.worker}`, 'worker');
  await fixture.push('all');
  emulator = await startEmulator({
    gitDir: fixture.origin,
    users: { octocat: 'admin', mona: 'write', dana: 'write' },
    ...(protectedMain
      ? { protectedBranches: { main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] } } }
      : {}),
  });
  return { f: fixture, e: emulator };
}

/** A job's checkout over HTTP: its token in .git/config, as actions/checkout leaves it. */
async function checkout(f: GitFixture, e: Emulator, name: string, token: string): Promise<string> {
  const dir = join(f.root, name);
  const header = `http.${e.url}/.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  await exec('git', ['clone', '--quiet', '-c', header, '--branch', 'main', e.gitUrl, dir]);
  return dir;
}

async function bump(
  f: GitFixture,
  e: Emulator,
  name: string,
  runId: string,
  inputs: RunOptions['inputs'] = {},
) {
  const token = e.issueToken({ contents: 'write', 'pull-requests': 'write' });
  return runAction('bump-version', {
    workspace: await checkout(f, e, name, token),
    apiUrl: e.url,
    runId,
    inputs: { 'release-type': 'auto', mode: 'pull-request', token, ...inputs },
  });
}

async function bumpOk(f: GitFixture, e: Emulator, name: string, runId: string) {
  const run = await bump(f, e, name, runId);
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
}

async function pushToMain(f: GitFixture, message: string, files: Record<string, string>): Promise<void> {
  await f.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
  await f.commit(message, files);
  await f.push(['main']);
}

const originGit = async (f: GitFixture, args: string[]) =>
  (await exec('git', args, { cwd: f.origin })).stdout.trim();

async function approveAndMerge(f: GitFixture, e: Emulator, number: number): Promise<string> {
  e.seedStatus(await originGit(f, ['rev-parse', BRANCH]), { context: 'ci', state: 'success' });
  await e.seedReview(number, { user: 'mona', state: 'APPROVED' });
  await e.seedReview(number, { user: 'dana', state: 'APPROVED' });
  const merged = await fetch(`${e.url}/repos/acme/app/pulls/${number}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${e.userToken('mona')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'squash' }),
  });
  expect(merged.status).toBe(200);
  return ((await merged.json()) as { sha: string }).sha;
}

describe('bump-version on a monorepo (mode: pull-request)', () => {
  it('proposes every changed component in one pull request, then tags each of them once merged', async () => {
    const { f, e } = await start(CONFIG, { api: '1.0.0', web: '2.3.0', worker: '0.4.0' });
    await pushToMain(f, 'feat(api): search', { 'services/api/search.js': 'export {};\n' });
    await pushToMain(f, 'fix(web): the header wraps', { 'apps/web/header.css': 'h1 {}\n' });

    const opened = await bumpOk(f, e, 'run1', '301');
    expect(opened.outputs).toMatchObject({
      'pull-request-action': 'created',
      released: 'false',
      monorepo: 'true',
      components: '[]',
      version: '',
    });
    expect(JSON.parse(opened.outputs['pending-components']!)).toEqual([
      { name: 'api', path: 'services/api', version: '1.1.0', tag: 'api-v1.1.0' },
      { name: 'web', path: 'apps/web', version: '2.3.1', tag: 'web-v2.3.1' },
    ]);
    const number = Number(opened.outputs['pull-request-number']);
    const issue = e.state.issue(number)!;
    expect(issue.title).toBe('chore(release): api-v1.1.0, web-v2.3.1');
    // One section per changed component, each with its own notes; none for the unchanged worker.
    const sections = issue.body!.split('\n').filter((line) => line.startsWith('## '));
    expect(sections).toEqual(['## api: api-v1.1.0', '## web: web-v2.3.1']);
    const [apiPart, webPart] = issue.body!.split('## web: web-v2.3.1');
    expect(apiPart).toContain('- **api:** search');
    expect(apiPart).not.toContain('header wraps');
    expect(webPart).toContain('- **web:** the header wraps');
    expect(issue.body).not.toContain('worker');

    // The release branch changes exactly the two components' version files and changelogs.
    const changed = await originGit(f, ['diff', '--name-only', `main...${BRANCH}`]);
    expect(changed.split('\n').sort()).toEqual([
      'apps/web/CHANGELOG.md',
      'apps/web/package.json',
      'services/api/CHANGELOG.md',
      'services/api/package.json',
    ]);
    const show = (path: string) => originGit(f, ['show', `${BRANCH}:${path}`]);
    expect(await show('services/api/package.json')).toContain('"version": "1.1.0"');
    expect(await show('apps/web/package.json')).toContain('"version": "2.3.1"');
    expect(await show('services/api/CHANGELOG.md')).toMatch(/## \[1\.1\.0\][\s\S]*search/);
    expect(await show('services/api/CHANGELOG.md')).not.toContain('header wraps');
    expect(await show('apps/web/CHANGELOG.md')).toMatch(/## \[2\.3\.1\][\s\S]*header wraps/);

    // A re-run changes nothing.
    expect((await bumpOk(f, e, 'rerun', '302')).outputs['pull-request-action']).toBe('unchanged');

    const mergeSha = await approveAndMerge(f, e, number);
    const tagged = await bumpOk(f, e, 'run3', '303');
    expect(tagged.outputs).toMatchObject({
      'pull-request-action': 'tagged',
      released: 'true',
      monorepo: 'true',
    });
    const released = JSON.parse(tagged.outputs['components']!) as Array<Record<string, string>>;
    expect(
      released.map(({ name, path, version, tag, 'previous-version': previous, 'commit-sha': sha }) => ({
        name,
        path,
        version,
        tag,
        previous,
        sha,
      })),
    ).toEqual([
      {
        name: 'api',
        path: 'services/api',
        version: '1.1.0',
        tag: 'api-v1.1.0',
        previous: '1.0.0',
        sha: mergeSha,
      },
      {
        name: 'web',
        path: 'apps/web',
        version: '2.3.1',
        tag: 'web-v2.3.1',
        previous: '2.3.0',
        sha: mergeSha,
      },
    ]);
    expect(tagged.outputs['notes-file']).toBe('');
    expect(await originGit(f, ['rev-parse', 'api-v1.1.0^{commit}'])).toBe(mergeSha);
    expect(await originGit(f, ['rev-parse', 'web-v2.3.1^{commit}'])).toBe(mergeSha);
    expect(await originGit(f, ['tag', '--list', 'worker-v*'])).toBe('worker-v0.4.0');

    // A re-run of that run reports both again; a later run makes no second tag.
    const again = await bumpOk(f, e, 'run3-again', '303');
    expect(JSON.parse(again.outputs['components']!).map((c: { tag: string }) => c.tag)).toEqual([
      'api-v1.1.0',
      'web-v2.3.1',
    ]);
    const later = await bumpOk(f, e, 'run4', '304');
    expect(later.outputs).toMatchObject({
      released: 'false',
      components: '[]',
      'pull-request-action': 'none',
    });
    expect((await originGit(f, ['tag', '--list'])).split('\n').sort()).toEqual([
      'api-v1.0.0',
      'api-v1.1.0',
      'web-v2.3.0',
      'web-v2.3.1',
      'worker-v0.4.0',
    ]);
    const pushes = await e.pushLog();
    expect(pushes.filter((p) => p.pusher !== 'local' && p.ref === 'refs/heads/main')).toEqual([]);
  });

  it('releases linked components together, at the highest version either calls for', async () => {
    const config = `${CONFIG}linked-versions:\n  - [api, web]\n`;
    const { f, e } = await start(config, { api: '1.4.0', web: '1.4.0', worker: '0.4.0' });
    await pushToMain(f, 'feat(api): search', { 'services/api/search.js': 'export {};\n' });
    const opened = await bumpOk(f, e, 'run1', '401');
    expect(JSON.parse(opened.outputs['pending-components']!)).toEqual([
      { name: 'api', path: 'services/api', version: '1.5.0', tag: 'api-v1.5.0' },
      { name: 'web', path: 'apps/web', version: '1.5.0', tag: 'web-v1.5.0' },
    ]);
    const show = (path: string) => originGit(f, ['show', `${BRANCH}:${path}`]);
    expect(await show('apps/web/package.json')).toContain('"version": "1.5.0"');
    expect(await show('services/worker/package.json')).toContain('"version": "0.4.0"');
  });

  it('refuses a components input naming an undeclared component, before touching anything', async () => {
    const { f, e } = await start(CONFIG, { api: '1.0.0', web: '2.3.0', worker: '0.4.0' });
    await pushToMain(f, 'feat(api): search', { 'services/api/search.js': 'export {};\n' });
    const run = await bump(f, e, 'run1', '501', { components: 'api, billing' });
    expect(run.exitCode).not.toBe(0);
    expect(run.errors.join('\n')).toContain(
      'Input "components": got "billing", expected components declared in the config file (api, web, worker)',
    );
    expect(e.state.pulls).toEqual([]);
  });

  it('reports a linked-versions group naming an undeclared component at its line', async () => {
    const config = `${CONFIG}linked-versions:\n  - [api, billing]\n`;
    const { f, e } = await start(config, { api: '1.0.0', web: '2.3.0', worker: '0.4.0' });
    const run = await bump(f, e, 'run1', '601');
    expect(run.exitCode).not.toBe(0);
    expect(run.errors.join('\n')).toContain(
      '.github/release-actions.yml:6:11: linked-versions names "billing", which is not declared under components (declared: api, web, worker)',
    );
    expect(e.state.pulls).toEqual([]);
  });
});

describe('bump-version on a monorepo (mode: direct)', () => {
  it('releases each changed component with its own commit and tag, and nothing twice', async () => {
    const { f, e } = await start(CONFIG, { api: '1.0.0', web: '2.3.0', worker: '0.4.0' }, false);
    await pushToMain(f, 'feat(api): search', { 'services/api/search.js': 'export {};\n' });
    await pushToMain(f, 'fix(web): the header wraps', { 'apps/web/header.css': 'h1 {}\n' });
    const run = await bump(f, e, 'run1', '701', { mode: 'direct' });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ released: 'true', monorepo: 'true', mode: 'direct', version: '' });
    const released = JSON.parse(run.outputs['components']!) as Array<Record<string, string>>;
    expect(released.map((c) => [c.name, c.version, c.tag])).toEqual([
      ['api', '1.1.0', 'api-v1.1.0'],
      ['web', '2.3.1', 'web-v2.3.1'],
    ]);
    for (const component of released)
      expect(await originGit(f, ['rev-parse', `${component.tag}^{commit}`])).toBe(component['commit-sha']);
    expect(await originGit(f, ['log', '--format=%s', '-2', 'main'])).toBe(
      'chore(release): web-v2.3.1\nchore(release): api-v1.1.0',
    );
    expect(await originGit(f, ['show', 'main:services/api/package.json'])).toContain('"version": "1.1.0"');
    expect(await originGit(f, ['show', 'main:apps/web/CHANGELOG.md'])).toMatch(/## \[2\.3\.1\]/);
    expect(await originGit(f, ['show', 'main:services/worker/package.json'])).toContain('"version": "0.4.0"');

    const again = await bump(f, e, 'run2', '702', { mode: 'direct' });
    expect(again.outputs).toMatchObject({ released: 'false', components: '[]' });
    expect(await originGit(f, ['tag', '--list', '*-v*'])).toBe(
      ['api-v1.0.0', 'api-v1.1.0', 'web-v2.3.0', 'web-v2.3.1', 'worker-v0.4.0'].join('\n'),
    );
  });
});
