/**
 * The provider commands: the user's own shell text, run as `bash -c <command>`
 * by the process runner the entry hands over. Values reach them only as RELEASE_* environment
 * variables, never spliced into the text, so a version or a target name can
 * never become shell syntax.
 */
import { childEnvironment, formatDuration, ReleaseError, type ProcessRunner } from '../../kit/src/index.js';
import type { ArtifactRef, DeployLog, ProviderCommands, StrategyName } from './types.js';

export type Operation =
  'deploy' | 'switch' | 'traffic' | 'promote' | 'remove' | 'status' | 'migrate' | 'migrate-rollback';

/** Everything a command is told, one RELEASE_* variable each (see the README's provider contract). */
export interface CommandContext {
  operation: Operation;
  version: string;
  environment: string;
  strategy: StrategyName;
  commit: string;
  ref: string;
  slot?: string;
  weight?: number;
  target?: string;
  /** The targets of the current batch (rolling). */
  batch?: string[];
  batchNumber?: number;
  artifacts: ArtifactRef[];
  previousVersion?: string;
  previousSlot?: string;
  deploymentId?: number;
  environmentUrl?: string;
  rollback: boolean;
  /** migrate-rollback-command: the schema to go back to, the one to leave, and the migration's name. */
  schemaBefore?: string;
  schemaAfter?: string;
  migration?: string;
}

export interface ProviderSettings {
  commands: ProviderCommands;
  retries: number;
  retryDelayMs: number;
  workingDirectory: string;
  /** Starts the commands (the kit's `runnerProcesses` on a runner). */
  processes: ProcessRunner;
  /** The environment the commands inherit; defaults to this process's, without the step's inputs. */
  baseEnv?: NodeJS.ProcessEnv;
}

export interface CommandResult {
  exitCode: number;
  output: string;
  attempts: number;
  durationMs: number;
}

/** The kit's child environment (no inputs, no runner service tokens) plus the RELEASE_* facts. */
export function commandEnvironment(context: CommandContext, base: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  const release: Record<string, string | number | undefined> = {
    RELEASE_OPERATION: context.operation,
    RELEASE_VERSION: context.version,
    RELEASE_ENVIRONMENT: context.environment,
    RELEASE_STRATEGY: context.strategy,
    RELEASE_COMMIT: context.commit,
    RELEASE_REF: context.ref,
    RELEASE_SLOT: context.slot,
    RELEASE_WEIGHT: context.weight,
    RELEASE_TARGET: context.target,
    RELEASE_TARGETS: context.batch?.join('\n'),
    RELEASE_BATCH: context.batchNumber,
    RELEASE_ARTIFACTS: context.artifacts.map((artifact) => artifact.path ?? artifact.name).join('\n'),
    RELEASE_ARTIFACT_DIGESTS: context.artifacts
      .filter((artifact) => artifact.sha256)
      .map((artifact) => `sha256:${artifact.sha256}  ${artifact.name}`)
      .join('\n'),
    RELEASE_PREVIOUS_VERSION: context.previousVersion,
    RELEASE_PREVIOUS_SLOT: context.previousSlot,
    RELEASE_DEPLOYMENT_ID: context.deploymentId,
    RELEASE_ENVIRONMENT_URL: context.environmentUrl,
    RELEASE_ROLLBACK: context.rollback ? 'true' : 'false',
  };
  const migration: Record<string, string | undefined> = {
    RELEASE_SCHEMA_BEFORE: context.schemaBefore,
    RELEASE_SCHEMA_AFTER: context.schemaAfter,
    RELEASE_MIGRATION: context.migration,
  };
  // Only the migrate-rollback-command is told these: elsewhere they would be empty noise.
  if (context.operation === 'migrate-rollback') Object.assign(release, migration);
  for (const [key, value] of Object.entries(release)) env[key] = value === undefined ? '' : String(value);
  return childEnvironment(env, base);
}

const INPUT_OF: Record<keyof ProviderCommands, string> = {
  deploy: 'deploy-command',
  switch: 'switch-command',
  traffic: 'traffic-command',
  remove: 'remove-command',
  status: 'status-command',
  migrate: 'migrate-command',
  migrateRollback: 'migrate-rollback-command',
};

export function commandInput(kind: keyof ProviderCommands): string {
  return INPUT_OF[kind];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class Provider {
  constructor(
    readonly settings: ProviderSettings,
    private readonly log: DeployLog,
  ) {}

  has(kind: keyof ProviderCommands): boolean {
    return Boolean(this.settings.commands[kind]);
  }

  private async once(
    command: string,
    env: Record<string, string>,
    capture: boolean,
  ): Promise<[number, string]> {
    let output = '';
    const { exitCode } = await this.settings.processes.run('bash', ['-c', command], {
      cwd: this.settings.workingDirectory,
      env,
      silent: capture,
      onStdout: (chunk: Buffer) => {
        output += chunk.toString('utf8');
      },
      onStderr: (chunk: Buffer) => {
        if (capture) output += chunk.toString('utf8');
      },
    });
    return [exitCode, output];
  }

  /**
   * Runs one command, trying again with a doubling pause after a failure: every
   * command must be safe to repeat (the README says so), which is also what lets
   * a re-run after a crash simply run it again.
   */
  async run(
    kind: keyof ProviderCommands,
    context: CommandContext,
    options: { capture?: boolean; retries?: number } = {},
  ): Promise<CommandResult> {
    const command = this.settings.commands[kind];
    if (!command) {
      throw new ReleaseError(
        'ENOCOMMAND',
        `No ${commandInput(kind)} is set, but the ${context.strategy} strategy needs one`,
      );
    }
    const env = commandEnvironment(context, this.settings.baseEnv ?? process.env);
    const retries = options.retries ?? this.settings.retries;
    const started = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      const [exitCode, output] = await this.once(command, env, Boolean(options.capture));
      if (exitCode === 0)
        return { exitCode, output, attempts: attempt, durationMs: performance.now() - started };
      if (attempt > retries) {
        const tail = options.capture ? output.trim().split('\n').slice(-10).join('\n') : '';
        throw new ReleaseError(
          'ECOMMAND',
          `${commandInput(kind)} failed with exit code ${exitCode}` +
            (attempt > 1 ? ` after ${attempt} attempts` : '') +
            (context.target ? ` for target ${context.target}` : '') +
            (tail ? `:\n${tail}` : ''),
          { details: { exitCode, output }, hint: 'The command output is in the log group above it.' },
        );
      }
      const delay = this.settings.retryDelayMs * 2 ** (attempt - 1);
      this.log.warning(
        `${commandInput(kind)} failed with exit code ${exitCode} (attempt ${attempt} of ${retries + 1}); ` +
          `trying again in ${formatDuration(delay)}`,
      );
      await sleep(delay);
    }
  }

  /** Runs a command inside a log group named after what it does. */
  async step(
    kind: keyof ProviderCommands,
    title: string,
    context: CommandContext,
    options: { retries?: number } = {},
  ): Promise<CommandResult> {
    return this.log.group(title, () => this.run(kind, context, options));
  }

  /**
   * Asks the provider what is live. The status command prints `version=…` and
   * `slot=…` lines, a JSON object with those keys, or just the version.
   */
  async live(context: CommandContext): Promise<{ version?: string; slot?: string } | undefined> {
    if (!this.has('status')) return undefined;
    const result = await this.run(
      'status',
      { ...context, operation: 'status' },
      { capture: true, retries: 1 },
    );
    return parseStatusOutput(result.output);
  }
}

export function parseStatusOutput(output: string): { version?: string; slot?: string } {
  const text = output.trim();
  if (text.startsWith('{')) {
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      const pick = (key: string) =>
        data[key] === undefined || data[key] === null ? undefined : String(data[key]);
      return { version: pick('version'), slot: pick('slot') };
    } catch {
      // Not JSON after all: read it as lines.
    }
  }
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (match) values[match[1]!.toLowerCase()] = match[2]!;
  }
  if (values['version'] || values['slot'])
    return { version: values['version'] || undefined, slot: values['slot'] || undefined };
  const first = text.split(/\r?\n/)[0]?.trim();
  return first ? { version: first } : {};
}
