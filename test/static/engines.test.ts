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

/** The packages the action bundles are made of: what `npm ci --omit=dev` installs. */
function runtimePackages(): [string, LockedPackage][] {
  return Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev);
}

describe('engines', () => {
  it('promises a Node range npm can check', () => {
    expect(semver.validRange(manifest.engines.node)).not.toBeNull();
  });

  // npm prints an EBADENGINE warning on `npm ci` for every installed package whose
  // engines exclude the running Node; the runtime dependencies must accept every
  // Node version this package says it supports.
  it('installs no runtime dependency that refuses a Node version package.json accepts', () => {
    const refusing = runtimePackages()
      .map(([path, entry]) => ({ path, version: entry.version, node: nodeRange(entry) }))
      .filter(({ node }) => node !== undefined && !semver.subset(manifest.engines.node, node));
    expect(refusing).toEqual([]);
  });
});

function nodeRange(entry: LockedPackage): string | undefined {
  return Array.isArray(entry.engines) ? undefined : entry.engines?.node;
}
