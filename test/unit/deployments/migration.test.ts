import { describe, expect, it } from '@jest/globals';
import {
  buildPayload,
  checkMigrationRollback,
  commandEnvironment,
  describeMigration,
  describeStatus,
  parseMigrationOutput,
  parsePayload,
  recordedMigration,
  recordedMigrationUndo,
  RecordedDeployment,
  undoBeforeTraffic,
  type CommandContext,
} from '../../../packages/deployments/src/index.js';

function deployment(version: string, texts: string[], migration?: 'expand' | 'contract') {
  const payload = buildPayload({
    version,
    commit: 'c',
    ref: 'r',
    strategy: 'canary',
    artifacts: [],
    run_id: '1',
    run_attempt: '1',
    run_url: '',
    migration,
  });
  const statuses = texts
    .map((text, index) => ({
      id: index + 1,
      state: 'in_progress' as const,
      description: describeStatus(version, text),
      createdAt: 1000 + index,
      logUrl: '',
      environmentUrl: '',
    }))
    .reverse();
  return new RecordedDeployment(7, 'production', 'sha', 'main', 'deploy', 0, payload, statuses);
}

const has = (kinds: string[]) => ({ has: (kind: string) => kinds.includes(kind) });

describe('migration records', () => {
  it('reads migration=, from= and to= from the command output, ignoring the rest and unsafe values', () => {
    expect(parseMigrationOutput('applying 003\nmigration=003_add_visits\nfrom=2\nto = 3\n')).toEqual({
      from: '2',
      to: '3',
      name: '003_add_visits',
    });
    expect(parseMigrationOutput('nothing to say')).toEqual({ from: '?', to: '?', name: undefined });
    expect(parseMigrationOutput('migration=a b (c)\nfrom=1')).toEqual({
      from: '1',
      to: '?',
      name: undefined,
    });
  });

  it('writes the migration into a status and reads it back, forward and back apart', () => {
    const text = describeMigration({ from: '2', to: '3', name: '003_add_visits' });
    expect(text).toBe('migrated 2 → 3 (003_add_visits)');
    const bad = deployment('3.0.0', ['migrating the database', text, 'canary at 10%']);
    expect(recordedMigration(bad)).toEqual({ from: '2', to: '3', name: '003_add_visits', at: 1001 });
    expect(recordedMigrationUndo(bad)).toBeUndefined();
    const undo = deployment('2.0.0', [describeMigration({ from: '3', to: '2' }, true)]);
    expect(recordedMigration(undo)).toBeUndefined();
    expect(recordedMigrationUndo(undo)).toMatchObject({ from: '3', to: '2' });
  });

  it('refuses a rollback over a migration that moved the schema when nothing can undo it, naming it', () => {
    const bad = deployment('3.0.0', [describeMigration({ from: '2', to: '3', name: '003_add_visits' })]);
    expect(() => checkMigrationRollback(bad, '2.0.0', has(['deploy']))).toThrow(
      /Cannot roll back production from 3\.0\.0 to 2\.0\.0: 3\.0\.0 ran 003_add_visits \(schema 2 → 3\) and no migrate-rollback-command/,
    );
    expect(checkMigrationRollback(bad, '2.0.0', has(['migrateRollback']))).toMatchObject({ from: '2' });
    const unchanged = deployment('3.0.1', [describeMigration({ from: '3', to: '3' })]);
    expect(checkMigrationRollback(unchanged, '3.0.0', has([]))).toBeUndefined();
    expect(checkMigrationRollback(deployment('3.0.2', ['canary at 10%']), '3.0.0', has([]))).toBeUndefined();
  });

  it('undoes a contract migration before traffic moves back and an expand migration after', () => {
    expect(undoBeforeTraffic('contract')).toBe(true);
    expect(undoBeforeTraffic('expand')).toBe(false);
    expect(undoBeforeTraffic(undefined)).toBe(false);
    expect(parsePayload(deployment('1.0.0', [], 'contract').rawPayload)?.migration).toBe('contract');
  });

  it('tells only the migrate-rollback-command the schemas', () => {
    const context: CommandContext = {
      operation: 'migrate-rollback',
      version: '2.0.0',
      environment: 'production',
      strategy: 'canary',
      commit: 'c',
      ref: 'r',
      artifacts: [],
      rollback: true,
      schemaBefore: '2',
      schemaAfter: '3',
      migration: '003_add_visits',
    };
    expect(commandEnvironment(context, {})).toMatchObject({
      RELEASE_OPERATION: 'migrate-rollback',
      RELEASE_SCHEMA_BEFORE: '2',
      RELEASE_SCHEMA_AFTER: '3',
      RELEASE_MIGRATION: '003_add_visits',
    });
    expect(commandEnvironment({ ...context, operation: 'migrate' }, {})).not.toHaveProperty(
      'RELEASE_SCHEMA_BEFORE',
    );
  });
});
