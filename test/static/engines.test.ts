import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { ROOT } from '../bench/runner.js';

interface LockedPackage {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** Every package `npm ci` installs, development tools included. */
function installedPackages(): [string, LockedPackage][] {
  return Object.entries(lock.packages).filter(([path]) => path !== '');
}

describe('engines', () => {
  it('promises a Node range npm can check', () => {
    expect(semver.validRange(manifest.engines.node)).not.toBeNull();
  });

  // npm prints an EBADENGINE warning on `npm ci` for every installed package whose
  // engines exclude the running Node; every package must accept every Node version
  // this package says it supports.
  it('installs no package that refuses a Node version package.json accepts', () => {
    const refusing = installedPackages()
      .map(([path, entry]) => ({ path, version: entry.version, node: nodeRange(entry) }))
      .filter(({ node }) => node !== undefined && !semver.subset(manifest.engines.node, node));
    expect(refusing).toEqual([]);
  });
});

function nodeRange(entry: LockedPackage): string | undefined {
  return Array.isArray(entry.engines) ? undefined : entry.engines?.node;
}
