/**
 * The inputs of deploy-env, and the provider and verification inputs rollback
 * shares with it. Every one of them (but the per-run ones: version, ref,
 * artifacts, deployment-id, token) may also be set per environment under
 * `environments.<name>` in .github/release-actions.yml.
 */
import {
  declaredSection,
  field,
  Invalid,
  loadConfig,
  rawInput,
  readInputs,
  splitList,
  type Inputs,
  type ReleaseConfig,
  type Spec,
} from '../../../kit/src/index.js';
import { parseToolSpecs, TOOLS_EXPECTED } from '../tool-specs.js';
import { MIGRATION_KINDS, STRATEGIES } from '../types.js';

/** yaml, loaded by `readEnvironmentInputs` only when there is a setup-tools value to read. */
let yaml: typeof import('yaml') | undefined;

function readToolSpecs(raw: string) {
  if (!yaml) throw new Error('setup-tools read before its parser was loaded');
  return parseToolSpecs(raw, yaml);
}

/**
 * The inputs of deploy-env or rollback, with the environment's section of the
 * config file underneath. The YAML parser for setup-tools is loaded first, and
 * only when a setup-tools value is there to read.
 */
export async function readEnvironmentInputs<S extends Spec>(
  spec: S,
  workspace: string,
): Promise<{ inputs: Inputs<S>; config: ReleaseConfig | undefined }> {
  const config = await loadConfig(workspace);
  const environment = rawInput('environment');
  const section = environment ? declaredSection(config, ['environments', environment]) : undefined;
  if (rawInput('setup-tools') || (section && 'setup-tools' in section.values)) yaml ??= await import('yaml');
  return { inputs: readInputs(spec, { config: section }), config };
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,254}$/;
/** A name under `components:` in the config file (its schema's rule, with GitHub's 100-character task room). */
const COMPONENT_NAME = /^[A-Za-z0-9][\w.-]{0,99}$/;
const componentField = () =>
  field.pattern(COMPONENT_NAME, 'a component name from components: in the config file, such as api');
export const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

function urlTemplates(raw: string): string[] {
  const templates = splitList(raw, /\n/);
  if (templates.length === 0) throw new Invalid();
  for (const template of templates) {
    const sample = template.replace(/\{(slot|target|version|environment)\}/g, 'x');
    let url: URL;
    try {
      url = new URL(sample);
    } catch {
      throw new Invalid(
        `http(s) URLs, one per line, with {slot}, {target}, {version} where needed ("${template}" is not one)`,
      );
    }
    if (!['http:', 'https:'].includes(url.protocol))
      throw new Invalid(`http(s) URLs ("${template}" is not one)`);
  }
  return templates;
}

function urlTemplate(raw: string): string {
  const templates = urlTemplates(raw);
  if (templates.length !== 1) throw new Invalid('one http(s) URL');
  return templates[0]!;
}

/** `2` (targets per batch) or `25%` (a share of them). */
function batchSize(raw: string): { size: number; percent: boolean } {
  const match = /^(\d+)(%?)$/.exec(raw);
  const size = match ? Number(match[1]) : NaN;
  if (!match || size < 1 || (match[2] && size > 100)) throw new Invalid();
  return { size, percent: match[2] === '%' };
}

/** Canary weights: whole percentages, each larger than the one before, none above 100. */
export function canaryWeights(raw: string): number[] {
  const items = splitList(raw);
  const weights = items.map(Number);
  const expected = 'increasing whole percentages from 1 to 100, e.g. 10,50,100';
  if (items.length === 0 || items.some((item) => !/^\d+$/.test(item))) throw new Invalid(expected);
  for (const [index, weight] of weights.entries()) {
    if (weight < 1 || weight > 100) throw new Invalid(`${expected} (${weight} is out of range)`);
    if (index > 0 && weight <= weights[index - 1]!) {
      throw new Invalid(`${expected} (${weight} does not increase on ${weights[index - 1]})`);
    }
  }
  return weights;
}

/** `1%` or `0.01`. */
function share(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(raw);
  if (!match) throw new Invalid();
  const value = Number(match[1]) / (match[2] ? 100 : 1);
  if (value < 0 || value > 1) throw new Invalid();
  return value;
}

function jsonPath(raw: string): string {
  if (!/^\$(\.|\[|$)/.test(raw)) throw new Invalid();
  return raw;
}

/** Inputs deploy-env and rollback both read: how to reach the provider and how to verify. */
export const providerSpec = {
  'deploy-command': field.text('a shell command'),
  'switch-command': field.text('a shell command'),
  'traffic-command': field.text('a shell command'),
  'remove-command': field.text('a shell command'),
  'status-command': field.text('a shell command'),
  'migrate-rollback-command': field.text('a shell command'),
  'environment-url': field.url(),
  'verify-url': field.custom(
    'http(s) URLs, one per line, with {slot}, {target}, {version} where needed',
    urlTemplates,
  ),
  'version-path': field.custom('a JSON path such as $.version', jsonPath),
  'verify-timeout': field.duration({ min: 1000, max: 3_600_000 }).default(120_000),
  targets: field
    .list()
    .check((targets) =>
      targets.find((target) => !NAME.test(target))
        ? `target names of letters, digits, . _ - (not "${targets.find((target) => !NAME.test(target))}")`
        : undefined,
    ),
  'batch-size': field
    .custom('a number of targets (e.g. 2) or a share of them (e.g. 25%)', batchSize)
    .default({ size: 1, percent: false }),
  slots: field
    .list()
    .check((slots) =>
      slots.length !== 2 ||
      slots[0] === slots[1] ||
      slots.some((slot) => !NAME.test(slot) || slot === 'canary')
        ? 'two different slot names, e.g. blue,green'
        : undefined,
    )
    .default(['blue', 'green']),
  retries: field.integer({ min: 0, max: 10 }).default(2),
  'retry-delay': field.duration({ min: 0, max: 600_000 }).default(5000),
  'working-directory': field.text('a directory'),
  'setup-tools': field.custom(TOOLS_EXPECTED, readToolSpecs),
  'lock-timeout': field.duration({ min: 0, max: 6 * 3_600_000 }).default(600_000),
  'stale-after': field.duration({ min: 1000, max: 7 * 86_400_000 }).default(3_600_000),
  production: field.boolean(),
  token: field.text('a GitHub token').secret(),
};

export const deployEnvSpec = {
  environment: field
    .pattern(ENVIRONMENT_NAME, 'an environment name such as staging or production')
    .required(),
  version: field.pattern(VERSION, 'a version such as 1.4.0 or v1.4.0-rc.1').required(),
  component: componentField(),
  ref: field.ref('ref', 'main, refs/tags/v1.4.0 or a commit SHA'),
  strategy: field.choice(STRATEGIES).default('direct'),
  'canary-weights': field
    .custom('increasing whole percentages from 1 to 100, e.g. 10,50,100', canaryWeights)
    .default([10, 50, 100]),
  'canary-pause': field.duration({ min: 0, max: 3_600_000 }).default(0),
  'analysis-url': field.custom('one http(s) URL, {slot} allowed', urlTemplate),
  'analysis-baseline-url': field.custom('one http(s) URL, {slot} allowed', urlTemplate),
  'analysis-duration': field.duration({ min: 1000, max: 3_600_000 }).default(60_000),
  'analysis-rate': field.number({ min: 0.1, max: 1000 }).default(10),
  'max-error-rate': field.custom('a share such as 1% or 0.01', share).default(0.01),
  'max-p95-latency': field.duration({ min: 1, max: 600_000 }).default(1000),
  'min-samples': field.integer({ min: 1, max: 1_000_000 }).default(20),
  'max-consecutive-failures': field.integer({ min: 1, max: 1_000_000 }).default(3),
  'analysis-prometheus-url': field.url(),
  'analysis-requests-query': field.text('a PromQL query with {version}'),
  'analysis-errors-query': field.text('a PromQL query with {version}'),
  'live-check': field.duration({ min: 0, max: 600_000 }).default(5_000),
  'analysis-mode': field.choice(['sequential', 'fixed'] as const).default('sequential'),
  'false-alarm-rate': field
    .custom('a share above 0 and at most 50%, such as 1% or 0.01', (raw) => {
      const value = share(raw);
      if (!(value > 0 && value <= 0.5)) throw new Invalid();
      return value;
    })
    .default(0.01),
  'auto-rollback': field.boolean(),
  'allowed-refs': field.list('ref patterns such as refs/tags/*, main'),
  'require-environment': field.pattern(ENVIRONMENT_NAME, 'an environment name such as staging'),
  artifacts: field.list(
    'file paths or globs (relative to the workspace), or references with @sha256:<digest>',
  ),
  'deployment-id': field.integer({ min: 1 }),
  'migrate-command': field.text('a shell command'),
  migration: field.choice(MIGRATION_KINDS).default('expand'),
  'allow-contract-migration': field.boolean().default(false),
  ...providerSpec,
};

export const rollbackSpec = {
  environment: field
    .pattern(ENVIRONMENT_NAME, 'an environment name such as staging or production')
    .required(),
  reason: field.text('why the environment is rolled back').required(),
  component: componentField(),
  to: field.pattern(VERSION, 'a version such as 1.3.0'),
  'deployment-id': field.integer({ min: 1 }),
  'expected-current-version': field.pattern(VERSION, 'a version such as 1.4.0'),
  strategy: field.choice(STRATEGIES),
  ...providerSpec,
};
