import { describe, it, expect } from '@jest/globals';
import { Invalid } from '../../../packages/kit/src/inputs.js';
import { parseAllowlist, allowlistActive } from '../../../packages/gates/src/settings/allowlist.js';
import { parseBudgets, withinBudget } from '../../../packages/gates/src/settings/budgets.js';
import { parseCustomCommands } from '../../../packages/gates/src/settings/custom-commands.js';
import { activeWindow, parseWindows } from '../../../packages/gates/src/settings/freeze-windows.js';
import { wallTime, zonedInstant } from '../../../packages/gates/src/settings/zoned-time.js';

function invalid(run: () => unknown): string {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof Invalid) return thrown.expected ?? '';
    throw thrown;
  }
  throw new Error('expected Invalid');
}

describe('allowlist', () => {
  it('reads the line syntax and the config file items; expiry is inclusive, UTC', () => {
    const entries = parseAllowlist(
      'GHSA-p6mc-m468-83gw 2026-06-30 waiting for upstream\n# comment\nCVE-2022-24999 2026-01-31',
    );
    expect(entries).toEqual([
      { id: 'GHSA-p6mc-m468-83gw', expires: '2026-06-30', reason: 'waiting for upstream' },
      { id: 'CVE-2022-24999', expires: '2026-01-31', reason: undefined },
    ]);
    expect(parseAllowlist('{"id":"js/log-injection","expires":"2026-03-01","reason":"tracked"}')).toEqual([
      { id: 'js/log-injection', expires: '2026-03-01', reason: 'tracked' },
    ]);
    expect(allowlistActive(entries[0]!, new Date('2026-06-30T23:59:00Z'))).toBe(true);
    expect(allowlistActive(entries[0]!, new Date('2026-07-01T00:00:00Z'))).toBe(false);
  });

  it('refuses entries without a real expiry date', () => {
    expect(invalid(() => parseAllowlist('GHSA-xxxx-xxxx-xxxx'))).toMatch(
      /needs an expiry date YYYY-MM-DD, got ""/,
    );
    expect(invalid(() => parseAllowlist('GHSA-xxxx-xxxx-xxxx 2026-02-30'))).toMatch(/got "2026-02-30"/);
  });
});

describe('performance budgets', () => {
  it('reads lines, a mapping and items, with the direction of each', () => {
    expect(parseBudgets('http.p95_ms <= 200\nrps >= 1000\nsize: 5')).toEqual([
      { metric: 'http.p95_ms', comparison: '<=', limit: 200 },
      { metric: 'rps', comparison: '>=', limit: 1000 },
      { metric: 'size', comparison: '<=', limit: 5 },
    ]);
    expect(parseBudgets('{"p95": "< 200ms", "rps": {"min": 10}, "mem": 64}')).toEqual([
      { metric: 'p95', comparison: '<', limit: 200 },
      { metric: 'rps', comparison: '>=', limit: 10 },
      { metric: 'mem', comparison: '<=', limit: 64 },
    ]);
    expect(withinBudget(200, { metric: 'x', comparison: '<=', limit: 200 })).toBe(true);
    expect(withinBudget(200, { metric: 'x', comparison: '<', limit: 200 })).toBe(false);
    expect(invalid(() => parseBudgets('p95 about 200'))).toMatch(/got "p95 about 200"/);
  });
});

describe('custom commands', () => {
  it('reads `name: command` lines and a mapping; names are unique', () => {
    expect(
      parseCustomCommands('licenses: npx license-checker --onlyAllow "MIT;ISC"\nlint: npm run lint'),
    ).toEqual([
      { name: 'licenses', run: 'npx license-checker --onlyAllow "MIT;ISC"' },
      { name: 'lint', run: 'npm run lint' },
    ]);
    expect(parseCustomCommands('{"smoke":"./smoke.sh --quick"}')).toEqual([
      { name: 'smoke', run: './smoke.sh --quick' },
    ]);
    expect(invalid(() => parseCustomCommands('a: x\na: y'))).toMatch(/"a" is given twice/);
    expect(invalid(() => parseCustomCommands('just a command'))).toMatch(/got "just a command"/);
  });
});

describe('freeze windows across time zones and daylight saving', () => {
  const weekend = parseWindows('weekend: Fri 12:00 – Mon 06:00 Europe/Berlin', 'UTC', 'freeze');

  it('reads the window and its zone', () => {
    expect(weekend).toEqual([
      {
        kind: 'weekly',
        name: 'weekend',
        text: 'Fri 12:00 – Mon 06:00 Europe/Berlin',
        zone: 'Europe/Berlin',
        from: 4 * 1440 + 720,
        to: 360,
      },
    ]);
  });

  it('Friday 11:30 UTC is 12:30 in Berlin in winter (inside) but the window starts 10:00 UTC in summer', () => {
    expect(activeWindow(weekend, new Date('2026-01-16T10:30:00Z'))).toBeUndefined(); // 11:30 CET
    expect(activeWindow(weekend, new Date('2026-01-16T11:30:00Z'))?.window.name).toBe('weekend'); // 12:30 CET
    expect(activeWindow(weekend, new Date('2026-07-17T10:30:00Z'))?.window.name).toBe('weekend'); // 12:30 CEST
  });

  it('ends at Monday 06:00 local time, across the change to summer time', () => {
    // Friday 27 March 2026, 15:00 CET; clocks go forward on Sunday 29 March.
    const hit = activeWindow(weekend, new Date('2026-03-27T14:00:00Z'));
    expect(hit?.endsAt.toISOString()).toBe('2026-03-30T04:00:00.000Z');
    expect(activeWindow(weekend, new Date('2026-03-30T04:00:00Z'))).toBeUndefined();
    expect(activeWindow(weekend, new Date('2026-03-30T03:59:00Z'))).toBeDefined();
  });

  it('dated holidays cover whole local days, in their own zone', () => {
    const holidays = parseWindows(
      'christmas: 2026-12-24..2026-12-26 America/New_York\n2026-01-01',
      'UTC',
      'holiday',
    );
    expect(holidays.map((h) => [h.name, h.kind, h.zone])).toEqual([
      ['christmas', 'dated', 'America/New_York'],
      ['holiday', 'dated', 'UTC'],
    ]);
    expect(activeWindow(holidays, new Date('2026-12-24T04:59:00Z'))).toBeUndefined(); // 23:59 on the 23rd in New York
    const hit = activeWindow(holidays, new Date('2026-12-24T05:00:00Z'));
    expect(hit?.endsAt.toISOString()).toBe('2026-12-27T05:00:00.000Z');
    expect(activeWindow(holidays, new Date('2026-01-01T12:00:00Z'))?.window.name).toBe('holiday');
  });

  it('accepts dated windows with times and config file objects', () => {
    const windows = parseWindows(
      '{"name":"launch","from":"2026-05-01 18:00","to":"2026-05-04 08:00","timezone":"Asia/Tokyo"}',
      'UTC',
      'freeze',
    );
    expect(windows[0]).toMatchObject({
      kind: 'dated',
      name: 'launch',
      from: '2026-05-01T18:00',
      to: '2026-05-04T08:00',
      zone: 'Asia/Tokyo',
    });
    expect(activeWindow(windows, new Date('2026-05-01T09:00:00Z'))).toBeDefined(); // 18:00 JST
  });

  it('refuses unknown zones, bad days and empty windows', () => {
    expect(invalid(() => parseWindows('Fri 12:00 - Mon 06:00 Mars/Olympus', 'UTC', 'f'))).toMatch(
      /unknown time zone "Mars\/Olympus"/,
    );
    expect(invalid(() => parseWindows('Fry 12:00 - Mon 06:00', 'UTC', 'f'))).toMatch(
      /got "Fry 12:00 - Mon 06:00"/,
    );
    expect(invalid(() => parseWindows('Fri 12:00 - Fri 12:00', 'UTC', 'f'))).toMatch(/starts where it ends/);
    expect(invalid(() => parseWindows('2026-12-26..2026-12-24', 'UTC', 'f'))).toMatch(
      /ends before it starts/,
    );
  });

  it('converts wall time both ways, including the skipped hour', () => {
    expect(wallTime(new Date('2026-10-25T00:30:00Z'), 'Europe/Berlin').stamp).toBe('2026-10-25T02:30');
    expect(zonedInstant('2026-07-01T12:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(zonedInstant('2026-01-01T12:00', 'Europe/Berlin').toISOString()).toBe('2026-01-01T11:00:00.000Z');
  });
});
