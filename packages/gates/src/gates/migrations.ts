import { minimatch } from 'minimatch';
import { changedSince } from '../git-history.js';
import { outcome, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { runCommand } from './custom.js';
import { lastRelease } from './docs.js';

const SHOWN = 10;

/**
 * migrations: when files matching `migration-files` changed since the last release
 * tag, the environment must be able to run them: a migrate-command for it (input or
 * `environments.<name>.migrate-command` in the config file), or the team's own
 * `migrations-check` passing. Unchanged migrations pass without either.
 */
export async function migrationsGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const { migrationFiles, migrateCommandSet, migrationsCheck, environment } = settings;
  const threshold = migrationsCheck
    ? `changed migrations: the check "${migrationsCheck}" passes`
    : `changed migrations: a migrate-command for ${environment}`;
  const previous = await lastRelease(settings, context);
  if (previous && 'problem' in previous) {
    return outcome(false, {
      value: 'unknown',
      threshold,
      summary: previous.problem,
      evidence: [{ message: previous.problem }],
    });
  }
  const changed = previous
    ? (await changedSince(context.workspace, previous.tag)).filter((file) =>
        migrationFiles.some((pattern) => minimatch(file, pattern, { dot: true })),
      )
    : [];
  const since = previous ? `since ${previous.tag}` : 'in the first release';
  const data = { since: previous?.tag, changed };
  if (changed.length === 0) {
    return outcome(true, {
      value: previous ? 'none changed' : 'first release',
      threshold,
      summary: previous
        ? `no migration file changed since ${previous.tag}`
        : 'first release: there is no earlier schema to migrate from',
      evidence: [],
      data,
    });
  }
  const files = changed.slice(0, SHOWN).map((file) => ({ message: `changed ${since}`, file }));
  const value = `${changed.length} changed`;
  if (migrationsCheck) {
    const result = await runCommand(
      { name: 'migrations-check', run: migrationsCheck },
      context.workspace,
      settings.customTimeoutMs,
      context.log,
    );
    const passed = result.exitCode === 0 && !result.timedOut;
    const verdict = result.timedOut ? 'timed out' : `exited with ${result.exitCode ?? result.signal}`;
    return outcome(passed, {
      value,
      threshold,
      summary: passed
        ? `${changed.length} migration file(s) changed ${since} and the migrations check passed`
        : `${changed.length} migration file(s) changed ${since} and the migrations check ${verdict}`,
      evidence: passed ? files : [...files, ...result.tail.slice(-5).map((line) => ({ message: line }))],
      data: { ...data, exitCode: result.exitCode },
    });
  }
  return outcome(migrateCommandSet, {
    value,
    threshold,
    summary: migrateCommandSet
      ? `${changed.length} migration file(s) changed ${since}; ${environment} has a migrate-command to run them`
      : `${changed.length} migration file(s) changed ${since}, but ${environment} has no migrate-command ` +
        `(set environments.${environment}.migrate-command in .github/release-actions.yml, or name a migrations-check)`,
    evidence: files,
    data,
  });
}
