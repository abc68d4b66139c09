import { ReleaseError, type ErrorCode } from '../../../kit/src/index.js';
import { locateJsonValue } from './json-locate.js';

/**
 * One function per file format: the text in, the text with the new version out,
 * everything else (indentation, quotes, comments, key order, line endings) kept.
 * A file without a version, or one that cannot be read, fails with its file and line.
 */

export type VersionFileKind =
  | 'package.json'
  | 'package-lock.json'
  | 'pyproject.toml'
  | 'Cargo.toml'
  | 'Chart.yaml'
  | 'VERSION'
  | 'gradle.properties'
  | 'regex';

export const KNOWN_FILES: readonly VersionFileKind[] = [
  'package.json',
  'pyproject.toml',
  'Cargo.toml',
  'Chart.yaml',
  'VERSION',
  'gradle.properties',
];

export interface EditContext {
  file: string;
  version: string;
  /** For `regex` files: the pattern whose first group (or group `version`) is the version. */
  pattern?: RegExp;
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** EVERSIONFILE: the file cannot be read or updated. */
function fail(
  file: string,
  line: number | undefined,
  message: string,
  hint?: string,
  code: ErrorCode = 'EVERSIONFILE',
): never {
  throw new ReleaseError(code, `${file}${line ? `:${line}` : ''}: ${message}`, {
    location: { file, line },
    hint,
  });
}

/** ENOVERSION: a readable file that does not hold the version (skipped when the file was only found by looking). */
export const NO_VERSION = 'ENOVERSION';
function absent(file: string, line: number | undefined, message: string, hint?: string): never {
  fail(file, line, message, hint, NO_VERSION);
}

function replaceAt(text: string, start: number, end: number, value: string): string {
  return text.slice(0, start) + value + text.slice(end);
}

function parseJson(text: string, file: string): void {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    const message = (thrown as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : undefined;
    fail(file, line, `not valid JSON (${message.replace(/^JSON\.parse: /, '')})`);
  }
}

function setJsonString(
  text: string,
  path: string[],
  version: string,
  file: string,
  required: boolean,
): string {
  const span = locateJsonValue(text, path);
  if (!span) {
    if (required) absent(file, 1, `no "${path.join('.')}" field`);
    return text;
  }
  if (text[span.start] !== '"') fail(file, lineAt(text, span.start), `"${path.join('.')}" is not a string`);
  return replaceAt(text, span.start, span.end, JSON.stringify(version));
}

function packageJson(text: string, { file, version }: EditContext): string {
  parseJson(text, file);
  return setJsonString(text, ['version'], version, file, true);
}

/** Both places npm records the root package's version; lockfile v1 has only the first. */
function packageLock(text: string, { file, version }: EditContext): string {
  parseJson(text, file);
  const top = setJsonString(text, ['version'], version, file, false);
  return setJsonString(top, ['packages', '', 'version'], version, file, false);
}

interface TomlLine {
  text: string;
  start: number;
  table?: string;
  number: number;
}

/** Lines of a TOML file, each with the `[table]` it belongs to. */
function tomlLines(text: string): TomlLine[] {
  const lines: TomlLine[] = [];
  let table: string | undefined;
  let start = 0;
  let number = 1;
  for (const line of text.split('\n')) {
    const header = /^\s*\[\s*([^[\]]+?)\s*\]\s*(#.*)?\r?$/.exec(line);
    if (header) table = header[1]!.replace(/\s*\.\s*/g, '.');
    else if (/^\s*\[\[/.test(line)) table = `[[${line.trim()}]]`;
    lines.push({ text: line, start, table, number });
    start += line.length + 1;
    number += 1;
  }
  return lines;
}

const TOML_VERSION = /^(\s*version\s*=\s*)(["'])([^"'\n]*)\2/;

function setTomlVersion(text: string, tables: string[], ctx: EditContext, hint: string): string {
  const lines = tomlLines(text);
  for (const table of tables) {
    for (const line of lines.filter((l) => l.table === table)) {
      const match = TOML_VERSION.exec(line.text);
      if (match) {
        const start = line.start + match[1]!.length + 1;
        return replaceAt(text, start, start + match[3]!.length, ctx.version);
      }
      if (/^\s*version\s*(\.\s*workspace\s*=|=\s*\{)/.test(line.text)) {
        absent(ctx.file, line.number, 'the version is inherited from the workspace', hint);
      }
      if (/^\s*dynamic\s*=.*["']version["']/.test(line.text)) {
        absent(ctx.file, line.number, `[${table}] declares the version as dynamic`, hint);
      }
    }
  }
  const first = lines.find((l) => l.table && tables.includes(l.table));
  absent(
    ctx.file,
    first?.number ?? 1,
    `no version = "…" in ${tables.map((t) => `[${t}]`).join(' or ')}`,
    hint,
  );
}

function pyproject(text: string, ctx: EditContext): string {
  return setTomlVersion(
    text,
    ['project', 'tool.poetry'],
    ctx,
    'List the file that holds the version instead, as file:regex (for example src/pkg/__init__.py:__version__ = "(.*)").',
  );
}

function cargoToml(text: string, ctx: EditContext): string {
  return setTomlVersion(
    text,
    ['package', 'workspace.package'],
    ctx,
    'List the workspace root Cargo.toml, whose [workspace.package] holds the version.',
  );
}

/** The package's own entry in Cargo.lock: `name = "<crate>"` followed by its version. */
export function cargoLock(text: string, ctx: EditContext & { crate: string }): string {
  const pattern = new RegExp(
    `(\\[\\[package\\]\\]\\r?\\nname = "${ctx.crate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\r?\\nversion = ")([^"]*)"`,
  );
  const match = pattern.exec(text);
  if (!match) return text;
  const start = match.index + match[1]!.length;
  return replaceAt(text, start, start + match[2]!.length, ctx.version);
}

export function cargoCrateName(text: string): string | undefined {
  const line = tomlLines(text).find((l) => l.table === 'package' && /^\s*name\s*=/.test(l.text));
  return line ? /=\s*["']([^"']+)["']/.exec(line.text)?.[1] : undefined;
}

/** `version:` (required) and `appVersion:` (when present) at the top level of a Helm chart. */
function chartYaml(text: string, ctx: EditContext): string {
  let found = false;
  const out = text.replace(
    /^(version|appVersion)(:[ \t]*)(["']?)([^"'\s#]+)\3/gm,
    (_whole, key, sep, quote) => {
      if (key === 'version') found = true;
      return `${key}${sep}${quote}${ctx.version}${quote}`;
    },
  );
  if (!found) absent(ctx.file, 1, 'no top-level "version:" key');
  return out;
}

function versionFile(text: string, ctx: EditContext): string {
  const match = /^(\s*)(v?)(\S+)(\s*)$/.exec(text);
  if (!match || !/^\d+\.\d+\.\d+/.test(match[3]!)) {
    fail(ctx.file, 1, `expected a version such as 1.4.0, found "${text.trim().slice(0, 40)}"`);
  }
  return `${match[1]}${match[2]}${ctx.version}${match[4]}`;
}

function gradleProperties(text: string, ctx: EditContext): string {
  const match = /^([ \t]*version[ \t]*[=:][ \t]*)(.*?)([ \t]*)$/m.exec(text);
  if (!match) absent(ctx.file, 1, 'no "version=" property');
  const start = match.index + match[1]!.length;
  return replaceAt(text, start, start + match[2]!.length, ctx.version);
}

/** Every match's first group (or group `version`) becomes the version. */
function regexFile(text: string, ctx: EditContext): string {
  const source = ctx.pattern!;
  const pattern = new RegExp(source.source, source.flags.includes('d') ? source.flags : `${source.flags}d`);
  let out = '';
  let last = 0;
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    const indices = match.indices!;
    const span = indices.groups?.['version'] ?? indices[1];
    if (!span) continue;
    out += text.slice(last, span[0]) + ctx.version;
    last = span[1];
    count += 1;
  }
  if (count === 0) fail(ctx.file, undefined, `the pattern /${source.source}/ matches nothing`);
  return out + text.slice(last);
}

export const EDITORS: Record<VersionFileKind, (text: string, ctx: EditContext) => string> = {
  'package.json': packageJson,
  'package-lock.json': packageLock,
  'pyproject.toml': pyproject,
  'Cargo.toml': cargoToml,
  'Chart.yaml': chartYaml,
  VERSION: versionFile,
  'gradle.properties': gradleProperties,
  regex: regexFile,
};
