import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

/**
 * A workflow file: parsed with `yaml` for running, and checked first with
 * GitHub's own parser, so a file GitHub would reject never runs here either.
 */

export type Mapping = Record<string, unknown>;

export interface InputDefinition {
  type: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required: boolean;
  default?: unknown;
  options?: string[];
}

export interface WorkflowDefinition {
  path: string;
  name: string;
  on: Record<string, Mapping>;
  env: Mapping;
  defaults: Mapping;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Mapping>;
}

function normaliseOn(on: unknown): Record<string, Mapping> {
  if (typeof on === 'string') return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event) => [String(event), {}]));
  if (on && typeof on === 'object') {
    return Object.fromEntries(Object.entries(on).map(([event, spec]) => [event, (spec ?? {}) as Mapping]));
  }
  return {};
}

export async function loadWorkflow(path: string): Promise<WorkflowDefinition> {
  const content = await readFile(path, 'utf8');
  const parsed = parseWorkflow({ name: basename(path), content }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((error) => error.message);
  if (problems.length === 0 && parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    problems.push(...(template.errors ?? []).map((error) => error.Message));
  }
  if (problems.length > 0) throw new Error(`${path} is not a valid workflow:\n${problems.join('\n')}`);
  const raw = parse(content) as Mapping;
  return {
    path,
    name: typeof raw['name'] === 'string' ? raw['name'] : basename(path),
    on: normaliseOn(raw['on']),
    env: (raw['env'] ?? {}) as Mapping,
    defaults: (raw['defaults'] ?? {}) as Mapping,
    permissions: raw['permissions'],
    concurrency: raw['concurrency'],
    jobs: (raw['jobs'] ?? {}) as Record<string, Mapping>,
  };
}

export function inputDefinitions(
  workflow: WorkflowDefinition,
  trigger: string,
): Record<string, InputDefinition> {
  const inputs = (workflow.on[trigger]?.['inputs'] ?? {}) as Record<string, Mapping | null>;
  return Object.fromEntries(
    Object.entries(inputs).map(([name, spec]) => [
      name,
      {
        type: (spec?.['type'] as InputDefinition['type']) ?? 'string',
        required: spec?.['required'] === true,
        default: spec?.['default'],
        options: spec?.['options'] as string[] | undefined,
      },
    ]),
  );
}

/** Jobs in an order that respects `needs`, otherwise as written. */
export function jobOrder(workflow: WorkflowDefinition): string[] {
  const ids = Object.keys(workflow.jobs);
  const needs = (id: string): string[] => {
    const value = workflow.jobs[id]!['needs'];
    return value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  };
  const order: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (order.includes(id)) return;
    if (path.includes(id))
      throw new Error(`jobs depend on each other in a cycle: ${[...path, id].join(' → ')}`);
    for (const need of needs(id)) visit(need, [...path, id]);
    order.push(id);
  };
  for (const id of ids) visit(id, []);
  return order;
}

export function needsOf(job: Mapping): string[] {
  const value = job['needs'];
  return value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
}
