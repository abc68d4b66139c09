import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../bench/runner.js';

// Four pipeline runs on a shared two-core machine: generous, since speed is the benchmark's business.
jest.setTimeout(480_000);

/**
 * `npm run demo` as a newcomer runs it (scripts/demo.mjs as a process, output to a pipe, so
 * without colour), and what it tells them: the failed production section opens with the
 * failure, the announcements' text is shown, counts read "1 commit", and the generated
 * repository is kept where it says, with its caller workflow.
 */

let out = '';
let code: number | null = null;
let kept: string;
let parent: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'demo-kept-'));
  kept = join(parent, 'sample-app');
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], {
    cwd: ROOT,
    env: { ...process.env, RELEASE_ACTIONS_DEMO_KEEP: kept, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  code = await new Promise((done) => child.on('close', done));
}, 470_000);

afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** The text of a section, from its ━━ heading to the next one. */
function section(title: string, which: 'first' | 'last' = 'first'): string {
  const marker = `━━ ${title}`;
  const at = which === 'first' ? out.indexOf(marker) : out.lastIndexOf(marker);
  expect(at).toBeGreaterThanOrEqual(0);
  const next = out.indexOf('\n━━ ', at + marker.length);
  return out.slice(at, next < 0 ? undefined : next);
}

describe('npm run demo', () => {
  it('succeeds', () => {
    expect({ code, tail: out.slice(-2000) }).toEqual({ code: 0, tail: expect.any(String) });
  });

  it('opens the failed production section with the failure, not with the deploy that went well', () => {
    const production = section('Production: failure');
    const lines = production.split('\n').slice(1);
    // Whichever step caught the broken release (the live check after the switch, or the analysis).
    expect(lines[0]).toMatch(/^✘ [^:]+: .*fail/);
    expect(lines[0]).not.toContain('✅');
    const live = production.indexOf('1.2.0 is live');
    if (live >= 0) expect(production.indexOf('✘ ')).toBeLessThan(live);
  });

  it('shows what each announcement said', () => {
    const happened = section('What happened');
    expect(happened).toContain('Announcements:      2 messages (webhook)');
    expect(happened).toMatch(/\[release\] .*v1\.1\.0 released\n\s+### Features\n[\s\S]*- greet by name/);
    expect(happened).toMatch(/\[rollback\] .*production rolled back from 1\.2\.0 to 1\.1\.0/);
  });

  it("migrates the database with each release and undoes the broken release's migration with it", () => {
    // PostgreSQL is installed where the tests run (.ci/run): the demo runs its migration part.
    expect(out).toContain('Database: PostgreSQL, one database per environment');
    const happened = section('What happened');
    expect(happened).toContain('Database schema:    staging 3, production 2');
    expect(happened).toContain('Live service reads: staging schema 3, production schema 2');
    expect(happened).toMatch(/production \[1\.1\.0\] migrated 0 → 2 \(002_add_email\)/);
    expect(happened).toMatch(/production \[1\.2\.0\] migrated 2 → 3 \(003_add_visits\)/);
    expect(happened).toMatch(/production \[1\.1\.0\] migrated back 3 → 2 \(003_add_visits\)/);
    expect(section('Production: failure')).toMatch(/Database \| undid 003_add_visits \(schema 3 → 2\)/);
  });

  it('releases through reviewed pull requests on the protected main, never pushing to it', () => {
    const first = section('Release 1');
    expect(first).toMatch(/Release pull request #\d+: chore\(release\): v1\.1\.0/);
    expect(first).toMatch(/ci passed, approved by mona and dana, squash-merged by mona as [0-9a-f]{7}/);
    expect(first).not.toContain('<!--');
    expect(section('Release 2')).toMatch(/Release pull request #\d+: chore\(release\): v1\.2\.0/);
    expect(out).toMatch(/Back-merge into develop: #\d+ approved by dana, merged by auto-merge/);
    const happened = section('What happened');
    expect(happened).toContain('Pushes to main/develop by the pipeline: none');
    expect(happened).toMatch(/production 1\.2\.0 \(blue-green\)/);
  });

  it('writes counts with nouns that agree with them', () => {
    expect(out).toContain('1 commit since v1.0.0 (`feat` 1)');
    expect(out).not.toMatch(/\b1 commits\b/);
    expect(out).not.toMatch(/\(1 assets\)/);
  });

  it('keeps the generated repository where it says, and shows its caller workflow', () => {
    const look = section('Look around');
    expect(look).toContain(`The generated repository is kept in ${kept}`);
    expect(look).toContain('uses: org/release-actions/.github/workflows/release.yml@v1');
    const caller = readFileSync(join(kept, '.github', 'workflows', 'release.yml'), 'utf8');
    expect(look).toContain(caller.trimEnd());
    expect(existsSync(join(kept, 'CHANGELOG.md'))).toBe(true);
    expect(readFileSync(join(kept, 'CHANGELOG.md'), 'utf8')).toContain('## [1.2.0]');
  });
});
