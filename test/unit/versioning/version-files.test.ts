import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, readFile, rm, writeFile, chmod, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  detectedSpecs,
  parseVersionFileSpec,
  planVersionFiles,
  writeAllOrNothing,
  type VersionFileSpec,
} from '../../../packages/versioning/src/index.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'version-files-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function files(entries: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(entries)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function edit(spec: string | VersionFileSpec, version = '2.0.0') {
  const parsed = typeof spec === 'string' ? parseVersionFileSpec(spec) : spec;
  return planVersionFiles(root, [parsed], version);
}

describe('version files', () => {
  it('package.json: only the top-level version, formatting kept; package-lock.json beside it in both places', async () => {
    const pkg =
      '{\n    "name": "app",\n    "version": "1.0.0",\n    "dependencies": { "x": { "version": "9.9.9" } }\r\n}\n';
    const lock = JSON.stringify(
      {
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: { '': { version: '1.0.0' }, 'node_modules/x': { version: '9.9.9' } },
      },
      null,
      2,
    );
    await files({ 'web/package.json': pkg, 'web/package-lock.json': lock });
    const plan = await edit('web/package.json');
    expect(plan.edits.map((e) => e.path)).toEqual(['web/package.json', 'web/package-lock.json']);
    expect(plan.edits[0]!.after).toBe(pkg.replace('"1.0.0"', '"2.0.0"'));
    const after = JSON.parse(plan.edits[1]!.after as string);
    expect([after.version, after.packages[''].version, after.packages['node_modules/x'].version]).toEqual([
      '2.0.0',
      '2.0.0',
      '9.9.9',
    ]);
  });

  it('pyproject.toml: [project] or [tool.poetry], quotes and comments kept; dynamic versions refused', async () => {
    await files({
      'py/pyproject.toml':
        '[build-system]\nversion = "0"\n\n[project]\nname = "app"\nversion = \'1.0.0\'  # bumped by CI\n',
      'poetry/pyproject.toml': '[tool.poetry]\nname = "app"\nversion = "0.3.0"\n',
      'dyn/pyproject.toml': '[project]\nname = "app"\ndynamic = ["version"]\n',
    });
    expect((await edit('py/pyproject.toml')).edits[0]!.after).toContain("version = '2.0.0'  # bumped by CI");
    expect((await edit('py/pyproject.toml')).edits[0]!.after).toContain('[build-system]\nversion = "0"');
    expect((await edit('poetry/pyproject.toml')).edits[0]!.after).toContain('version = "2.0.0"');
    await expect(edit('dyn/pyproject.toml')).rejects.toThrow(
      /dyn\/pyproject\.toml:3: \[project\] declares the version as dynamic/,
    );
  });

  it('Cargo.toml with its Cargo.lock entry; a workspace-inherited version is refused with its line', async () => {
    await files({
      'rs/Cargo.toml':
        '[package]\nname = "tool"\nversion = "1.0.0"\n\n[dependencies]\nserde = { version = "1" }\n',
      'rs/Cargo.lock':
        '[[package]]\nname = "serde"\nversion = "1.0.0"\n\n[[package]]\nname = "tool"\nversion = "1.0.0"\n',
      'ws/Cargo.toml': '[package]\nname = "member"\nversion.workspace = true\n',
    });
    const plan = await edit('rs/Cargo.toml');
    expect(plan.edits[0]!.after).toContain('version = "2.0.0"\n\n[dependencies]\nserde = { version = "1" }');
    expect(plan.edits[1]!.after).toBe(
      '[[package]]\nname = "serde"\nversion = "1.0.0"\n\n[[package]]\nname = "tool"\nversion = "2.0.0"\n',
    );
    await expect(edit('ws/Cargo.toml')).rejects.toThrow(
      /ws\/Cargo\.toml:3: the version is inherited from the workspace/,
    );
  });

  it('Chart.yaml (version and appVersion), VERSION, gradle.properties', async () => {
    await files({
      'chart/Chart.yaml':
        'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "1.0.0"\ndependencies:\n  - version: 3.0.0\n',
      VERSION: 'v1.0.0\n',
      'gradle.properties': 'group=com.acme\nversion = 1.0.0\n',
    });
    expect((await edit('chart/Chart.yaml')).edits[0]!.after).toBe(
      'apiVersion: v2\nname: app\nversion: 2.0.0\nappVersion: "2.0.0"\ndependencies:\n  - version: 3.0.0\n',
    );
    expect((await edit('VERSION')).edits[0]!.after).toBe('v2.0.0\n');
    expect((await edit('gradle.properties')).edits[0]!.after).toBe('group=com.acme\nversion = 2.0.0\n');
  });

  it('file:regex for anything else, by first group or the group named version', async () => {
    await files({ 'src/version.ts': "export const VERSION = '1.0.0';\nexport const NAME = 'x';\n" });
    expect((await edit("src/version.ts:VERSION = '(.*)'")).edits[0]!.after).toContain("VERSION = '2.0.0'");
    expect((await edit("src/version.ts:(?<q>')(?<version>[\\d.]+)'")).edits[0]!.after).toContain(
      "VERSION = '2.0.0'",
    );
    await expect(edit('src/version.ts:NOPE = (.*)')).rejects.toThrow(
      /src\/version\.ts: the pattern \/NOPE = \(\.\*\)\/ matches nothing/,
    );
  });

  it('reports a missing file, an unparsable one with its line, and a file without a version', async () => {
    await files({
      'bad/package.json': '{\n  "name": "x",\n  "version": "1.0.0",,\n}\n',
      'nov/package.json': '{"name":"x"}',
    });
    await expect(edit('missing/package.json')).rejects.toThrow(/missing\/package\.json: no such file/);
    await expect(edit('bad/package.json')).rejects.toThrow(/bad\/package\.json:3: not valid JSON/);
    await expect(edit('nov/package.json')).rejects.toThrow(/nov\/package\.json:1: no "version" field/);
  });

  it('skips detected files that hold no version, and leaves files already at the version alone', async () => {
    await files({ 'auto/package.json': '{"private": true}\n', 'auto/VERSION': '2.0.0\n' });
    const plan = await planVersionFiles(root, detectedSpecs('auto'), '2.0.0');
    expect(plan.edits).toEqual([]);
    expect(plan.files).toEqual(['auto/VERSION']);
    expect(plan.skipped.join()).toMatch(/auto\/package\.json:1: no "version" field/);
  });

  it('rejects specs it cannot use, saying what is expected', () => {
    expect(() => parseVersionFileSpec('setup.cfg')).toThrow(/one of package\.json, .* or file:regex/);
    expect(() => parseVersionFileSpec('x.txt:no group')).toThrow(/captures the version in a group/);
    expect(() => parseVersionFileSpec('x.txt:(')).toThrow(/valid regular expression/);
    expect(() => parseVersionFileSpec('../outside/package.json')).toThrow(/inside the repository/);
  });
});

describe('writeAllOrNothing', () => {
  it('writes every file, keeps modes, and undoes to the old content', async () => {
    await files({ 'w/a.txt': 'a1', 'w/run.sh': '#!/bin/sh\n' });
    await chmod(join(root, 'w/run.sh'), 0o755);
    const undo = await writeAllOrNothing(root, [
      { path: 'w/a.txt', before: 'a1', after: 'a2' },
      { path: 'w/run.sh', before: '#!/bin/sh\n', after: '#!/bin/sh\necho 2\n' },
      { path: 'w/new.txt', after: 'new' },
    ]);
    expect(await readFile(join(root, 'w/a.txt'), 'utf8')).toBe('a2');
    expect((await stat(join(root, 'w/run.sh'))).mode & 0o777).toBe(0o755);
    await undo();
    expect(await readFile(join(root, 'w/a.txt'), 'utf8')).toBe('a1');
    expect(await readFile(join(root, 'w/run.sh'), 'utf8')).toBe('#!/bin/sh\n');
    await expect(stat(join(root, 'w/new.txt'))).rejects.toThrow(/ENOENT/);
  });

  it('leaves every file as it was when one cannot be written', async () => {
    // The second rename fails (a folder is in the way) after the first has happened.
    await files({ 'x/a.txt': 'a1', 'x/folder/inside.txt': 'keeps the folder non-empty' });
    await expect(
      writeAllOrNothing(root, [
        { path: 'x/a.txt', before: 'a1', after: 'a2' },
        { path: 'x/folder', before: '', after: 'b' },
      ]),
    ).rejects.toThrow();
    expect(await readFile(join(root, 'x/a.txt'), 'utf8')).toBe('a1');
    expect(await readFile(join(root, 'x/folder/inside.txt'), 'utf8')).toBe('keeps the folder non-empty');
  });
});
