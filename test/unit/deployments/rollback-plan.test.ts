import { describe, expect, it } from '@jest/globals';
import {
  batchesOf,
  buildPayload,
  describeStatus,
  idleSlot,
  planRollback,
  RecordedDeployment,
  type StatusEntry,
  type StrategyName,
} from '../../../packages/deployments/src/index.js';

let nextId = 100;
function deployment(
  version: string,
  strategy: StrategyName,
  states: Array<[StatusEntry['state'], string]>,
  extra: Record<string, unknown> = {},
): RecordedDeployment {
  const id = (nextId += 1);
  const payload = buildPayload({
    version,
    commit: 'c',
    ref: 'r',
    strategy,
    artifacts: [],
    run_id: '1',
    run_attempt: '1',
    run_url: '',
    ...extra,
  });
  const statuses = states
    .map(([state, text], index) => ({
      id: id * 10 + index,
      state,
      description: describeStatus(version, text),
      createdAt: index,
      logUrl: '',
      environmentUrl: '',
    }))
    .reverse();
  return new RecordedDeployment(id, 'production', 'sha', 'main', 'deploy', 0, payload, statuses);
}

const settings = {
  slots: ['blue', 'green'] as [string, string],
  targets: ['a', 'b'],
  strategy: 'direct' as const,
};

describe('planRollback', () => {
  const good = deployment(
    '1.0.0',
    'blue-green',
    [
      ['in_progress', 'deploying'],
      ['success', 'live on slot blue'],
    ],
    { slot: 'blue' },
  );

  it('switches a blue-green deployment back when the old slot still holds the good version', () => {
    const bad = deployment(
      '2.0.0',
      'blue-green',
      [
        ['in_progress', 'switching traffic to slot green'],
        ['success', 'live on slot green'],
      ],
      {
        slot: 'green',
        previous_deployment_id: good.id,
        previous_version: '1.0.0',
        previous_slot: 'blue',
      },
    );
    expect(planRollback(bad, good, settings)).toMatchObject({ kind: 'switch-back', slot: 'blue' });
  });

  it('does nothing to traffic that never left the good version', () => {
    const bad = deployment('2.0.0', 'blue-green', [['in_progress', 'deploying to idle slot green']], {
      slot: 'green',
      previous_deployment_id: good.id,
      previous_slot: 'blue',
    });
    expect(planRollback(bad, good, settings)).toMatchObject({ kind: 'nothing', slot: 'blue' });
    // A crash while switching leaves it unknown: switch back to be sure.
    const switching = deployment(
      '2.0.0',
      'blue-green',
      [['in_progress', 'switching traffic to slot green']],
      {
        slot: 'green',
        previous_deployment_id: good.id,
        previous_slot: 'blue',
      },
    );
    expect(planRollback(switching, good, settings)).toMatchObject({ kind: 'switch-back' });
  });

  it('deploys to the idle slot when asked for a version the old slot no longer holds', () => {
    const older = deployment('0.9.0', 'blue-green', [['success', 'live on slot green']], { slot: 'green' });
    const bad = deployment('2.0.0', 'blue-green', [['success', 'live on slot green']], {
      slot: 'green',
      previous_version: '1.0.0',
      previous_slot: 'blue',
    });
    expect(planRollback(bad, older, settings)).toMatchObject({ kind: 'redeploy-slot', slot: 'blue' });
  });

  it('withdraws a canary that was never promoted, and reverses one that was', () => {
    const stable = deployment('1.0.0', 'direct', [['success', 'live on slot blue']], { slot: 'blue' });
    const trial = deployment('2.0.0', 'canary', [['in_progress', 'canary at 10%']], {
      slot: 'blue',
      previous_deployment_id: stable.id,
    });
    expect(planRollback(trial, stable, settings)).toMatchObject({ kind: 'withdraw-canary', slot: 'blue' });
    const promoting = deployment(
      '2.0.0',
      'canary',
      [['in_progress', 'promoting the canary onto slot blue']],
      { slot: 'blue', previous_deployment_id: stable.id },
    );
    expect(planRollback(promoting, stable, settings)).toMatchObject({ kind: 'reverse-canary' });
    expect(
      planRollback(trial, stable, settings, {
        phase: 'canary',
        targets: [],
        switched: false,
        canaryWeight: 10,
      }),
    ).toMatchObject({ kind: 'withdraw-canary' });
  });

  it('redeploys the targets a rolling deployment touched, or all of them', () => {
    const stable = deployment('1.0.0', 'rolling', [['success', 'live']], { targets: ['a', 'b', 'c'] });
    const bad = deployment('2.0.0', 'rolling', [['success', 'live']], { targets: ['a', 'b', 'c'] });
    expect(planRollback(bad, stable, settings)).toMatchObject({
      kind: 'redeploy-targets',
      targets: ['a', 'b', 'c'],
    });
    expect(
      planRollback(bad, stable, settings, {
        phase: 'deploying',
        targets: ['a'],
        switched: false,
        canaryWeight: 0,
      }),
    ).toMatchObject({ targets: ['a'] });
    expect(
      planRollback(bad, stable, settings, {
        phase: 'deploying',
        targets: [],
        switched: false,
        canaryWeight: 0,
      }).kind,
    ).toBe('nothing');
  });

  it('redeploys a direct deployment', () => {
    const stable = deployment('1.0.0', 'direct', [['success', 'live']]);
    expect(planRollback(deployment('2.0.0', 'direct', [['failure', 'failed']]), stable, settings).kind).toBe(
      'redeploy',
    );
  });
});

describe('record reading', () => {
  it('tells good deployments from failed and rolled-back ones', () => {
    expect(
      deployment('1', 'direct', [
        ['success', 'live'],
        ['inactive', 'replaced'],
      ]).good,
    ).toBe(true);
    expect(
      deployment('1', 'direct', [
        ['success', 'live'],
        ['failure', 'rolled back'],
        ['inactive', ''],
      ]).good,
    ).toBe(false);
    expect(
      deployment('1', 'direct', [
        ['failure', 'failed'],
        ['in_progress', 'deploying'],
        ['success', 'live'],
      ]).good,
    ).toBe(true);
    expect(deployment('1', 'direct', []).state).toBe('pending');
  });

  it('knows the slot from the newest status that names one', () => {
    expect(
      deployment(
        '1',
        'blue-green',
        [
          ['in_progress', 'deploying to idle slot green'],
          ['success', 'live on slot green'],
        ],
        { slot: 'blue' },
      ).slot,
    ).toBe('green');
  });
});

describe('small helpers', () => {
  it('picks the idle slot', () => {
    expect(idleSlot(['blue', 'green'], 'blue')).toBe('green');
    expect(idleSlot(['blue', 'green'], 'green')).toBe('blue');
    expect(idleSlot(['blue', 'green'], undefined)).toBe('blue');
  });

  it('splits targets into batches by count or share', () => {
    expect(batchesOf(['a', 'b', 'c', 'd', 'e'], 2, false)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(batchesOf(['a', 'b', 'c', 'd'], 25, true)).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(batchesOf(['a', 'b', 'c'], 50, true)).toEqual([['a', 'b'], ['c']]);
  });
});
