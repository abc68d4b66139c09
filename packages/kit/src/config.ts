import { join } from 'node:path';
import type { Document, LineCounter, Node } from 'yaml';
import rootSchema from '../../../schema/release-actions.schema.json' with { type: 'json' };
import { ReleaseError, type SourceLocation } from './errors.js';
import { readFileIfExists } from './files.js';
import { closestName, didYouMean } from './suggest.js';
import type { ConfigValues } from './input-sources.js';

/**
 * The optional `.github/release-actions.yml`: parsed with a real YAML parser,
 * validated against the JSON Schema in `schema/`, every problem reported with
 * its file, line and column.
 */

export const CONFIG_PATH = '.github/release-actions.yml';
/** The schema's `$id`: where editors fetch it, on the major tag. */
export const SCHEMA_URL = rootSchema.$id;

export interface ReleaseConfig {
  /** The path as written in annotations: relative to the workspace. */
  file: string;
  data: Record<string, unknown>;
  /** Where the value at `path` is; `key` points at the key instead. */
  locate(path: (string | number)[], key?: boolean): SourceLocation;
}

type Yaml = typeof import('yaml');

/** Finds the node at `path`; `key` selects the key rather than the value of the last step. */
function nodeAt(yaml: Yaml, doc: Document, path: (string | number)[], key = false): Node | undefined {
  const { isMap, isPair, isScalar } = yaml;
  let node: unknown = doc.contents;
  for (const [index, segment] of path.entries()) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) return node as Node;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node)
      ? items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
      : items[Number(segment)];
    if (next === undefined) return node as Node;
    if (isPair(next)) node = key && index === path.length - 1 ? next.key : next.value;
    else node = next;
  }
  return node as Node;
}

function locator(yaml: Yaml, file: string, doc: Document, lines: LineCounter) {
  return (path: (string | number)[], key = false): SourceLocation => {
    const node = nodeAt(yaml, doc, path, key);
    const offset = node?.range?.[0];
    if (offset === undefined) return { file, line: 1, column: 1 };
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
}

async function validate(data: unknown, file: string, locate: ReturnType<typeof locator>): Promise<void> {
  // Both are CommonJS whose module.exports carries itself as `.default`, under node and ncc alike.
  const [ajvModule, formatsModule, { SECTION_SCHEMAS }] = await Promise.all([
    import('ajv/dist/2020.js'),
    import('ajv-formats'),
    import('./config-schemas.js'),
  ]);
  const Ajv2020 = ajvModule.default.default;
  const addFormats = formatsModule.default.default;
  // verbose: each problem carries the schema it broke, whose properties are the keys to suggest.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv);
  for (const schema of SECTION_SCHEMAS) ajv.addSchema(schema);
  const check = ajv.compile(rootSchema);
  if (check(data)) return;
  const problems = (check.errors ?? []).map((problem) => {
    const path = problem.instancePath.split('/').slice(1).map(decodeURIComponent);
    const extra = (problem.params as { additionalProperty?: string }).additionalProperty;
    const at = extra ? locate([...path, extra], true) : locate(path);
    const where = `${file}:${at.line}:${at.column}`;
    const known = Object.keys(
      (problem.parentSchema as { properties?: object } | undefined)?.properties ?? {},
    );
    const subject = extra
      ? `unknown key "${extra}"${didYouMean(extra, known)}`
      : `"${path.join('.') || '(root)'}" ${problem.message}`;
    return { at, text: `${where}: ${subject}` };
  });
  // In the order of the file, as an editor lists them.
  problems.sort((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0) || (a.at.column ?? 0) - (b.at.column ?? 0));
  throw new ReleaseError('ECONFIG', problems.map((p) => p.text).join('\n'), {
    location: problems[0]?.at,
    hint: `Start the file with "# yaml-language-server: $schema=${SCHEMA_URL}" and editors check it as you type.`,
  });
}

/** Reads and validates the config file; undefined when the repository has none. */
export async function loadConfig(
  workspace: string,
  relativePath = CONFIG_PATH,
): Promise<ReleaseConfig | undefined> {
  const text = await readFileIfExists(join(workspace, relativePath));
  if (text === undefined) return undefined;
  // Loaded only when the repository has a config file: most runs never pay for the parser.
  const yaml = await import('yaml');
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const start = lines.linePos(syntax.pos[0]);
    const location = { file: relativePath, line: start.line, column: start.col };
    throw new ReleaseError(
      'ECONFIG',
      `${relativePath}:${start.line}:${start.col}: ${syntax.message.split('\n')[0]}`,
      {
        location,
      },
    );
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const locate = locator(yaml, relativePath, doc, lines);
  await validate(data, relativePath, locate);
  return { file: relativePath, data, locate: (path, key) => locate(path, key) };
}

/** The values of one section (`gates`, or `environments.production`) as input defaults. */
export function configSection(config: ReleaseConfig | undefined, path: string[]): ConfigValues | undefined {
  if (!config) return undefined;
  let node: unknown = config.data;
  for (const segment of path) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  return {
    values: node as Record<string, unknown>,
    file: config.file,
    path,
    locate: (name) => config.locate([...path, name]),
  };
}

/**
 * A section chosen by name (`environments.prod`) that the file does not declare,
 * while it declares others: a warning to show, and whether the name looks like a
 * slip for a declared one (`prod` for `production`), which callers treat as an error.
 */
export function undeclaredSection(
  config: ReleaseConfig | undefined,
  path: string[],
): { message: string; likelyTypo: boolean; location: SourceLocation } | undefined {
  if (!config || path.length < 2) return undefined;
  const parentPath = path.slice(0, -1);
  let parent: unknown = config.data;
  for (const segment of parentPath) {
    parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[segment] : undefined;
  }
  if (!parent || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  const name = path[path.length - 1]!;
  const declared = Object.keys(parent);
  if (declared.length === 0 || declared.includes(name)) return undefined;
  const match = closestName(name, declared);
  const where = parentPath.join('.');
  const message =
    `"${name}" is not declared under ${where} in ${config.file} (declared: ${declared.join(', ')})` +
    (match ? `; did you mean "${match}"?` : '; none of its settings apply.') +
    (match ? ` If "${name}" is meant, declare it there, even as "${name}: {}".` : '');
  return { message, likelyTypo: match !== undefined, location: config.locate(parentPath, true) };
}
