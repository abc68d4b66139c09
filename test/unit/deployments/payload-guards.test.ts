import { describe, expect, it } from '@jest/globals';
import {
  buildPayload,
  checkAllowedRef,
  checkKnownEnvironment,
  commandEnvironment,
  defaultAllowedRefs,
  describeStatus,
  fillTemplate,
  parsePayload,
  parseStatusOutput,
  readStatusDescription,
  refAllowed,
  sourceRef,
} from '../../../packages/deployments/src/index.js';
import { canaryWeights, strategyProblems } from '../../../packages/deployments/src/index.js';

describe('payload', () => {
  const base = {
    version: '1.4.0',
    commit: 'abc',
    ref: 'refs/tags/v1.4.0',
    strategy: 'blue-green' as const,
    run_id: '7',
    run_attempt: '2',
    run_url: 'https://github.com/acme/app/actions/runs/7',
  };

  it('leaves out empty fields and keeps artifact names and digests only', () => {
    const payload = buildPayload({
      ...base,
      slot: undefined,
      artifacts: [{ name: 'app.tgz', sha256: 'f'.repeat(64), path: '/tmp/app.tgz' }],
    });
    expect(payload).toEqual({
      tool: 'release-actions',
      ...base,
      artifacts: [{ name: 'app.tgz', sha256: 'f'.repeat(64) }],
    });
    expect('slot' in payload).toBe(false);
  });

  it('reads back our payloads, also as JSON text, and nobody else’s', () => {
    const payload = buildPayload({ ...base, slot: 'green', rollback_of: 12, artifacts: [] });
    expect(parsePayload(payload)).toMatchObject({
      version: '1.4.0',
      slot: 'green',
      rollback_of: 12,
      strategy: 'blue-green',
    });
    expect(parsePayload(JSON.stringify(payload))).toMatchObject({ version: '1.4.0' });
    expect(parsePayload({})).toBeUndefined();
    expect(parsePayload('')).toBeUndefined();
    expect(parsePayload({ tool: 'heroku', version: '1' })).toBeUndefined();
    expect(
      parsePayload({
        tool: 'release-actions',
        version: '1',
        strategy: 'sideways',
        previous_deployment_id: 'x',
      }),
    ).toMatchObject({
      strategy: 'direct',
      previous_deployment_id: undefined,
    });
  });

  it('writes status descriptions that name the version and phase, within 140 characters', () => {
    expect(describeStatus('1.4.0', 'switching traffic to slot green')).toBe(
      '[1.4.0] switching traffic to slot green',
    );
    expect(describeStatus('1.4.0', 'x'.repeat(200))).toHaveLength(140);
    expect(readStatusDescription('[1.4.0] switching traffic to slot green')).toEqual({
      version: '1.4.0',
      phase: 'switching',
      slot: 'green',
      weight: undefined,
    });
    expect(readStatusDescription('[2.0.0] canary at 25%')).toMatchObject({ phase: 'canary', weight: 25 });
    expect(readStatusDescription('[2.0.0] live on slot blue (direct)')).toMatchObject({
      phase: 'live',
      slot: 'blue',
    });
    expect(readStatusDescription('Deployed by someone')).toEqual({});
  });
});

describe('allowed refs', () => {
  it('allows production from tags and main only, by default', () => {
    const production = defaultAllowedRefs(true);
    expect(refAllowed('refs/tags/v1.4.0', production)).toBe(true);
    expect(refAllowed('refs/heads/main', production)).toBe(true);
    expect(refAllowed('refs/heads/feature/x', production)).toBe(false);
    expect(refAllowed('refs/heads/feature/x', defaultAllowedRefs(false))).toBe(true);
    expect(refAllowed('refs/heads/feature/x', ['*'])).toBe(true);
  });

  it('matches short patterns against the short name', () => {
    expect(refAllowed('refs/heads/release/1.4', ['release/*'])).toBe(true);
    expect(refAllowed('refs/tags/v2.0.0', ['v*'])).toBe(true);
    expect(refAllowed('refs/heads/main', ['refs/tags/*'])).toBe(false);
  });

  it('judges the workflow ref when the version came from a bare commit', () => {
    expect(sourceRef('a'.repeat(40), 'refs/tags/v1')).toBe('refs/tags/v1');
    expect(sourceRef('refs/heads/dev', 'refs/tags/v1')).toBe('refs/heads/dev');
    expect(() => checkAllowedRef('production', 'refs/heads/dev', defaultAllowedRefs(true))).toThrow(
      'production does not accept deployments from refs/heads/dev; allowed: refs/tags/*, refs/heads/main',
    );
  });

  it('refuses names nobody declared, but only where names are declared', () => {
    expect(() => checkKnownEnvironment('prodution', ['production', 'staging'])).toThrow(
      'Unknown environment "prodution"; known: production, staging',
    );
    expect(() => checkKnownEnvironment('anything', [])).not.toThrow();
  });
});

describe('provider context', () => {
  it('passes RELEASE_* values and withholds the step inputs and runner tokens', () => {
    const env = commandEnvironment(
      {
        operation: 'traffic',
        version: '1.4.0',
        environment: 'production',
        strategy: 'canary',
        commit: 'abc',
        ref: 'refs/tags/v1.4.0',
        slot: 'canary',
        weight: 25,
        artifacts: [
          { name: 'dist/app.tgz', sha256: 'a'.repeat(64), path: '/w/dist/app.tgz' },
          { name: 'ghcr.io/acme/app@sha256:' + 'b'.repeat(64), sha256: 'b'.repeat(64) },
        ],
        rollback: false,
      },
      { PATH: '/bin', INPUT_TOKEN: 'secret', ACTIONS_RUNTIME_TOKEN: 'secret', GITHUB_SHA: 'abc' },
    );
    expect(env).toMatchObject({
      PATH: '/bin',
      GITHUB_SHA: 'abc',
      RELEASE_WEIGHT: '25',
      RELEASE_SLOT: 'canary',
      RELEASE_TARGET: '',
      RELEASE_ROLLBACK: 'false',
    });
    expect(env['RELEASE_ARTIFACTS']).toBe(`/w/dist/app.tgz\nghcr.io/acme/app@sha256:${'b'.repeat(64)}`);
    expect(env['RELEASE_ARTIFACT_DIGESTS']).toBe(
      `sha256:${'a'.repeat(64)}  dist/app.tgz\nsha256:${'b'.repeat(64)}  ghcr.io/acme/app@sha256:${'b'.repeat(64)}`,
    );
    expect(env['INPUT_TOKEN']).toBeUndefined();
    expect(env['ACTIONS_RUNTIME_TOKEN']).toBeUndefined();
  });

  it('reads what a status command prints', () => {
    expect(parseStatusOutput('version=1.4.0\nslot=green\n')).toEqual({ version: '1.4.0', slot: 'green' });
    expect(parseStatusOutput('{"version":"1.4.0","slot":null}')).toEqual({
      version: '1.4.0',
      slot: undefined,
    });
    expect(parseStatusOutput('1.4.0\n')).toEqual({ version: '1.4.0' });
    expect(parseStatusOutput('')).toEqual({});
  });

  it('fills URL templates with encoded values', () => {
    expect(
      fillTemplate('https://{slot}.example.com/{target}/health?v={version}', {
        slot: 'green',
        target: 'eu 1',
        version: '1.0.0+b',
      }),
    ).toBe('https://green.example.com/eu%201/health?v=1.0.0%2Bb');
  });
});

describe('inputs that span several values', () => {
  it('wants canary weights that increase and stay within 100', () => {
    expect(canaryWeights('5, 25, 100')).toEqual([5, 25, 100]);
    expect(() => canaryWeights('25,25')).toThrow('25 does not increase on 25');
    expect(() => canaryWeights('0,50')).toThrow('0 is out of range');
    expect(() => canaryWeights('10,half')).toThrow('increasing whole percentages');
  });

  it('names what each strategy needs', () => {
    const none = {
      verifyTimeout: 1,
      batchSize: { size: 1, percent: false },
      slots: ['blue', 'green'],
      retries: 0,
      retryDelay: 0,
      lockTimeout: 0,
      staleAfter: 1,
    };
    expect(strategyProblems('blue-green', { ...none, deployCommand: 'x' } as never)).toEqual([
      'Input "switch-command": got "", expected a command that routes all traffic to RELEASE_SLOT (the blue-green strategy needs it)',
      'Input "verify-url": got "", expected a URL with {slot}, e.g. https://{slot}.internal.example.com/health (blue-green verifies the idle slot before the switch)',
    ]);
    expect(
      strategyProblems('canary', {
        ...none,
        deployCommand: 'x',
        trafficCommand: 'y',
        analysisUrl: 'https://c',
      } as never),
    ).toEqual([]);
    expect(
      strategyProblems('rolling', { ...none, deployCommand: 'x', verifyUrl: ['https://{target}/'] } as never),
    ).toEqual([
      'Input "targets": got "", expected the names of the targets to roll out to (the rolling strategy needs them)',
    ]);
  });
});
