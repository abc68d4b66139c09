/**
 * Database migrations around a deploy and a rollback. The user's migrate-command
 * runs once per deployment, before traffic reaches the new version; what it did
 * (which migration, from which schema to which, when) is written into a status of
 * the deployment, because GitHub keeps a deployment's payload as it was created.
 * A rollback reads that status back to know what to undo, and undoes it in the
 * order that keeps the version it goes back to working:
 *
 * - expand (the default): the old version works on the migrated schema, so traffic
 *   goes back first and the schema follows once nothing runs the new version;
 * - contract: the old version cannot run on the migrated schema, so the schema
 *   goes back first.
 */
import { ReleaseError, formatDuration } from '../../kit/src/index.js';
import { describeStatus } from './payload.js';
import type { CommandContext, Provider } from './provider.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import type { Timeline } from './timeline.js';
import type { DeployLog, MigrationKind } from './types.js';

/** What one migrate-command (or migrate-rollback-command) run did, as recorded. */
export interface MigrationRecord {
  /** The schema before, as the command reported it (`from=`); `?` when it did not say. */
  from: string;
  /** The schema after (`to=`); `?` when it did not say. */
  to: string;
  /** The migration's name (`migration=`), when the command printed one. */
  name?: string;
  /** When it finished (ms since the epoch). */
  at: number;
}

const UNKNOWN = '?';
const VALUE = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,59}$/;
const FORWARD = /^migrated (\S+) → (\S+)(?: \(([^)]+)\))?/;
const BACKWARD = /^migrated back (\S+) → (\S+)(?: \(([^)]+)\))?/;

/**
 * The `key=value` lines a migrate command prints about itself: `migration=`,
 * `from=` and `to=` (any other output is just log). Values that could not be
 * recorded safely (spaces, brackets, very long) are left out.
 */
export function parseMigrationOutput(output: string): Omit<MigrationRecord, 'at'> {
  const values: Record<string, string> = {};
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s*(migration|from|to)\s*=\s*(.*?)\s*$/i.exec(line);
    if (match && VALUE.test(match[2]!)) values[match[1]!.toLowerCase()] = match[2]!;
  }
  return { from: values['from'] ?? UNKNOWN, to: values['to'] ?? UNKNOWN, name: values['migration'] };
}

/** The status text that records a migration: `migrated 1 → 2 (002_add_email)`. */
export function describeMigration(migration: Omit<MigrationRecord, 'at'>, back = false): string {
  const name = migration.name ? ` (${migration.name})` : '';
  return `migrated ${back ? 'back ' : ''}${migration.from} → ${migration.to}${name}`;
}

/** In words, for messages: `002_add_email (schema 1 → 2)`. */
export function nameMigration(migration: Omit<MigrationRecord, 'at'>): string {
  const schemas = `schema ${migration.from} → ${migration.to}`;
  return migration.name ? `${migration.name} (${schemas})` : `the migration (${schemas})`;
}

function readRecorded(deployment: RecordedDeployment, pattern: RegExp): MigrationRecord | undefined {
  for (const status of deployment.statuses) {
    const text = /^\[[^\]]+\]\s*(.*)$/s.exec(status.description)?.[1] ?? '';
    const match = pattern.exec(text);
    if (match) return { from: match[1]!, to: match[2]!, name: match[3], at: status.createdAt };
  }
  return undefined;
}

/** The migration a deployment ran, from its statuses. */
export function recordedMigration(deployment: RecordedDeployment): MigrationRecord | undefined {
  return readRecorded(deployment, FORWARD);
}

/** The migration a rollback deployment undid, from its statuses. */
export function recordedMigrationUndo(deployment: RecordedDeployment): MigrationRecord | undefined {
  return readRecorded(deployment, BACKWARD);
}

/** Whether the schema changed: unknown counts as changed, since nothing says it did not. */
export function schemaMoved(migration: Omit<MigrationRecord, 'at'>): boolean {
  return migration.from === UNKNOWN || migration.to === UNKNOWN || migration.from !== migration.to;
}

export interface MigrationStep {
  record: DeploymentRecord;
  deployment: { id: number };
  provider: Provider;
  log: DeployLog;
  timeline: Timeline;
  context: CommandContext;
  status: { logUrl?: string; environmentUrl?: string };
}

async function runCapturing(
  step: MigrationStep,
  kind: 'migrate' | 'migrateRollback',
  title: string,
  context: CommandContext,
): Promise<string> {
  return step.log.group(title, async () => {
    try {
      const result = await step.provider.run(kind, context, { capture: true });
      if (result.output.trim()) step.log.info(result.output.trimEnd());
      return result.output;
    } catch (thrown) {
      const output = (thrown as { details?: { output?: string } }).details?.output ?? '';
      if (output.trim()) step.log.info(output.trimEnd());
      throw thrown;
    }
  });
}

/**
 * Runs the migrate-command for a deployment unless it already ran for it (a
 * re-run, or an attempt that got past this point): the deployment's statuses say.
 * Returns what is recorded, or undefined without a migrate-command.
 */
export async function migrateOnce(
  step: MigrationStep,
  current: RecordedDeployment,
): Promise<{ migration: MigrationRecord; ranNow: boolean } | undefined> {
  if (!step.provider.has('migrate')) return undefined;
  const { version } = step.context;
  const earlier = recordedMigration(current);
  if (earlier) {
    step.timeline.note('migrate', `already ran for deployment #${current.id}: ${nameMigration(earlier)}`);
    step.log.info(`The migration already ran for this deployment (${nameMigration(earlier)}): not again`);
    return { migration: earlier, ranNow: false };
  }
  await step.record.setStatus(step.deployment, 'in_progress', {
    ...step.status,
    description: describeStatus(version, 'migrating the database'),
  });
  const output = await step.timeline.step('migrate', `database for ${version}`, () =>
    runCapturing(step, 'migrate', `Migrate the database for ${version}`, {
      ...step.context,
      operation: 'migrate',
    }),
  );
  const migration = { ...parseMigrationOutput(output), at: Date.now() };
  await step.record.setStatus(step.deployment, 'in_progress', {
    ...step.status,
    description: describeStatus(version, describeMigration(migration)),
  });
  step.log.info(`Migrated the database for ${version}: ${nameMigration(migration)}`);
  return { migration, ranNow: true };
}

/** The migration a rollback has to undo, or undefined when the bad deployment left the schema alone. */
export function migrationToUndo(bad: RecordedDeployment): MigrationRecord | undefined {
  const migration = recordedMigration(bad);
  return migration && schemaMoved(migration) ? migration : undefined;
}

/**
 * Refuses, before anything changes, to roll back over a migration nobody can undo:
 * old code on a new schema is how a rollback makes an outage worse.
 */
export function checkMigrationRollback(
  bad: RecordedDeployment,
  to: string,
  provider: Pick<Provider, 'has'>,
): MigrationRecord | undefined {
  const migration = migrationToUndo(bad);
  if (!migration || provider.has('migrateRollback')) return migration;
  const from = bad.version ?? `deployment #${bad.id}`;
  throw new ReleaseError(
    'EMIGRATION',
    `Cannot roll back ${bad.environment} from ${from} to ${to}: ${from} ran ${nameMigration(migration)} ` +
      'and no migrate-rollback-command is set to undo it',
    {
      hint:
        `Nothing was changed. Set migrate-rollback-command (it gets RELEASE_SCHEMA_BEFORE=${migration.from}), ` +
        'undo the migration yourself and run rollback again, or deploy a fix forward.',
    },
  );
}

/**
 * Runs the migrate-rollback-command once for a rollback deployment: a re-run that
 * finds it recorded there does not run it again.
 */
export async function undoMigrationOnce(
  step: MigrationStep,
  migration: MigrationRecord,
): Promise<MigrationRecord> {
  const rollbackDeployment = await step.record.get(step.deployment.id);
  const done = recordedMigrationUndo(rollbackDeployment);
  const back = { from: migration.to, to: migration.from, name: migration.name };
  if (done) {
    step.timeline.note('migrate', `already undone by deployment #${rollbackDeployment.id}`);
    return done;
  }
  const { version } = step.context;
  await step.record.setStatus(step.deployment, 'in_progress', {
    ...step.status,
    description: describeStatus(version, `rollback: migrating the database back to ${migration.from}`),
  });
  const started = Date.now();
  await step.timeline.step('migrate', `database back to ${migration.from}`, () =>
    runCapturing(step, 'migrateRollback', `Undo ${nameMigration(migration)}`, {
      ...step.context,
      operation: 'migrate-rollback',
      schemaBefore: migration.from,
      schemaAfter: migration.to,
      migration: migration.name,
    }),
  );
  await step.record.setStatus(step.deployment, 'in_progress', {
    ...step.status,
    description: describeStatus(version, describeMigration(back, true)),
  });
  step.log.info(
    `Undid ${nameMigration(migration)} in ${formatDuration(Date.now() - started)}: the schema is back at ${migration.from}`,
  );
  return { ...back, at: Date.now() };
}

/** Expand migrations are undone after traffic is back, contract migrations before. */
export function undoBeforeTraffic(kind: MigrationKind | undefined): boolean {
  return kind === 'contract';
}
