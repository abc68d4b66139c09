import { InputError, inputProblem, type SourceLocation } from './errors.js';
import { camelCase, Invalid, type Inputs, type Spec } from './inputs.js';
import { mask } from './runner.js';

/**
 * Where input values come from: the runner's INPUT_* variables, and the config file's
 * section, which inputs override. `readInputs` reads a spec's fields from both.
 */

/** Where a value came from, for error messages that point at it. */
export interface ConfigValues {
  values: Record<string, unknown>;
  file?: string;
  /** The section's path in the file (`environments`, `production`), for messages. */
  path?: string[];
  locate?: (name: string) => SourceLocation | undefined;
}

export interface InputSources {
  env?: NodeJS.ProcessEnv;
  config?: ConfigValues;
}

/** The runner's variable name for an input: `INPUT_` + upper case, spaces as underscores. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function rawInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[inputVariable(name)] ?? '').trim();
}

function configText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => configText(item)).join('\n');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A bad value from the config file, told as the file tells it: where it is and
 * under which key, since no step input was involved.
 */
export function configProblem(
  config: ConfigValues,
  name: string,
  shown: string,
  expected: string,
): { text: string; location?: SourceLocation } {
  const at = config.locate?.(name);
  const file = config.file ?? 'the config file';
  const where = at?.line ? `${file}:${at.line}${at.column ? `:${at.column}` : ''}` : file;
  const key = [...(config.path ?? []), name].join('.');
  return { text: `${where}: "${key}": got "${shown}", expected ${expected}`, location: at ?? { file } };
}

export function readInputs<S extends Spec>(spec: S, sources: InputSources = {}): Inputs<S> {
  const env = sources.env ?? process.env;
  const problems: string[] = [];
  let location: SourceLocation | undefined;
  const result: Record<string, unknown> = {};
  // A value from the config file is reported at its file and line, an input by its name.
  const report = (name: string, shown: string, expected: string, fromConfig: boolean): void => {
    if (!fromConfig) {
      problems.push(inputProblem(name, shown, expected));
      return;
    }
    const problem = configProblem(sources.config!, name, shown, expected);
    location ??= problem.location;
    problems.push(problem.text);
  };
  for (const [name, definition] of Object.entries(spec)) {
    let raw = rawInput(name, env);
    let fromConfig = false;
    if (!raw && sources.config && name in sources.config.values) {
      raw = configText(sources.config.values[name]).trim();
      fromConfig = true;
    }
    if (definition.isSecret) mask(raw);
    if (!raw) {
      if (definition.fallback !== undefined) result[camelCase(name)] = definition.fallback;
      else if (definition.isRequired)
        problems.push(inputProblem(name, '', `${definition.expected} (required)`));
      continue;
    }
    if (raw.length > definition.maxLength) {
      const shown = definition.isSecret ? '***' : raw;
      const expected = `at most ${definition.maxLength} characters (got ${raw.length})`;
      report(name, shown, expected, fromConfig);
      continue;
    }
    try {
      result[camelCase(name)] = definition.parse(raw);
    } catch (thrown) {
      const expected = thrown instanceof Invalid && thrown.expected ? thrown.expected : definition.expected;
      const shown = definition.isSecret ? '***' : raw;
      report(name, shown, expected, fromConfig);
    }
  }
  if (problems.length > 0) throw new InputError(problems, undefined, location);
  return result as Inputs<S>;
}
