import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'yaml';
import {
  archiveKind,
  parseToolSpecs,
  resolveArtifacts,
  toolUrl,
} from '../../../packages/deployments/src/index.js';

const SHA = 'ab'.repeat(32);

describe('setup-tools specs', () => {
  it('reads a YAML list, keeping versions and digests as text', () => {
    const specs = parseToolSpecs(
      `- name: kubectl\n  version: 1.10\n  url: https://dl.example.com/{version}/{os}/{arch}/kubectl\n  sha256: sha256:${SHA.toUpperCase()}\n`,
      yaml,
    );
    expect(specs).toEqual([
      {
        name: 'kubectl',
        version: '1.10',
        url: 'https://dl.example.com/{version}/{os}/{arch}/kubectl',
        sha256: SHA,
      },
    ]);
  });

  it('reads the config file’s list as it reaches the inputs: one JSON object per line', () => {
    const raw = [
      JSON.stringify({
        name: 'helm',
        version: '3.16.2',
        url: 'https://get.example.com/helm-v{version}-{os}-{arch}.tar.gz',
        sha256: SHA,
        bin: 'linux-amd64',
      }),
      JSON.stringify({
        name: 'flyctl',
        version: '0.3.20',
        url: 'https://fly.example.com/flyctl.zip',
        sha256: SHA,
      }),
    ].join('\n');
    expect(parseToolSpecs(raw, yaml).map((spec) => `${spec.name}@${spec.version}:${spec.bin ?? ''}`)).toEqual(
      ['helm@3.16.2:linux-amd64', 'flyctl@0.3.20:'],
    );
  });

  it('says which tool and which field is wrong', () => {
    expect(() =>
      parseToolSpecs(`- name: kubectl\n  version: 1.0.0\n  url: https://x/kubectl\n  sha256: abc\n`, yaml),
    ).toThrow('tool 1: sha256 of kubectl must be 64 hex digits');
    expect(() =>
      parseToolSpecs(`- name: kubectl\n  version: 1.0.0\n  url: ftp://x\n  sha256: ${SHA}\n`, yaml),
    ).toThrow('tool 1: url "ftp://x" is not an http(s) URL');
    expect(() =>
      parseToolSpecs(`- name: k\n  version: 1\n  url: https://x\n  sha256: ${SHA}\n  bin: ../../etc\n`, yaml),
    ).toThrow('must stay inside the archive');
    expect(() => parseToolSpecs(`- name: k\n  verison: 1\n`, yaml)).toThrow('unknown key verison');
    expect(() => parseToolSpecs('kubectl', yaml)).toThrow('a YAML list of tools');
  });

  it('fills the URL template and tells the archive kind', () => {
    const spec = {
      name: 'helm',
      version: '3.16.2',
      url: 'https://get.example.com/{name}-v{version}-{os}-{arch}.tar.gz',
      sha256: SHA,
    };
    const url = toolUrl(spec);
    expect(url).toBe(
      `https://get.example.com/helm-v3.16.2-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}.tar.gz`,
    );
    expect(archiveKind(spec, url)).toBe('tar.gz');
    expect(archiveKind(spec, 'https://x/tool.zip')).toBe('zip');
    expect(archiveKind(spec, 'https://x/tool')).toBe('binary');
    expect(archiveKind({ ...spec, archive: 'tar.xz' }, 'https://x/tool')).toBe('tar.xz');
  });
});

describe('artifacts', () => {
  it('hashes files matched in the workspace and keeps references that carry their digest', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'artifacts-'));
    await mkdir(join(workspace, 'dist'));
    await writeFile(join(workspace, 'dist', 'app-1.0.0.tgz'), 'app');
    await writeFile(join(workspace, 'dist', 'app-1.0.0.sbom.json'), '{}');
    const found = await resolveArtifacts(
      ['dist/*.tgz', `ghcr.io/acme/app@sha256:${SHA}`, `chart=sha256:${SHA}`],
      workspace,
    );
    expect(found).toEqual([
      { name: `ghcr.io/acme/app@sha256:${SHA}`, sha256: SHA },
      { name: 'chart', sha256: SHA },
      {
        name: 'dist/app-1.0.0.tgz',
        sha256: createHash('sha256').update('app').digest('hex'),
        path: join(workspace, 'dist', 'app-1.0.0.tgz'),
      },
    ]);
    await expect(resolveArtifacts(['dist/*.zip'], workspace)).rejects.toThrow(
      'Input "artifacts": got "dist/*.zip", which matches no file',
    );
    await rm(workspace, { recursive: true, force: true });
  });
});
