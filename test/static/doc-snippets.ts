import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import AjvModule from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parseDocument } from 'yaml';
import { listActions } from '../../scripts/actions.mjs';
import { ROOT } from '../bench/runner.js';
import { lintWorkflowFile, type LintFinding } from '../workflow-runner/lint.js';

/**
 * The yaml blocks of the documentation, each checked as what it claims to be:
 * a workflow (GitHub's parser and language service with our actions' inputs,
 * actionlint and our workflow lint) or `.github/release-actions.yml` (its JSON
 * Schema). A fragment that is neither is a finding: every block users copy must
 * be complete.
 */

export interface Snippet {
  /** The markdown file, relative to the repository. */
  file: string;
  /** Line of the opening fence. */
  line: number;
  text: string;
}

const Ajv2020 = AjvModule.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;

/** README.md, every markdown file under docs/ and examples/, and every action's README. */
export function documentationFiles(root = ROOT): string[] {
  const markdownUnder = (folder: string) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => join(folder, file));
  return [
    'README.md',
    ...markdownUnder('docs'),
    ...markdownUnder('examples'),
    ...listActions(root).map((name) => `${name}/README.md`),
  ].sort();
}

export function yamlSnippets(file: string, root = ROOT): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/.exec(lines[index]!);
    if (!open) continue;
    const [, indent, fence] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end]!.startsWith(`${indent}${fence}`)) {
      body.push(lines[end]!.slice(indent!.length));
      end++;
    }
    snippets.push({ file, line: index + 1, text: body.join('\n') + '\n' });
    index = end;
  }
  return snippets;
}

let configValidator: ReturnType<InstanceType<typeof Ajv2020>['compile']> | undefined;

function validateConfig(value: unknown): string[] {
  if (!configValidator) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const section of readdirSync(join(ROOT, 'schema/config'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schema/config', section), 'utf8')) as object);
    }
    configValidator = ajv.compile(
      JSON.parse(readFileSync(join(ROOT, 'schema/release-actions.schema.json'), 'utf8')) as object,
    );
  }
  if (configValidator(value)) return [];
  return (configValidator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

const CONFIG_HEADER = /^#\s*\.github\/release-actions\.ya?ml\b/;

/** Every finding of one snippet, with the markdown file and the line inside it. */
export async function checkSnippet(snippet: Snippet): Promise<LintFinding[]> {
  const at = (line?: number) => ({ file: snippet.file, line: snippet.line + (line ?? 0) });
  const document = parseDocument(snippet.text);
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      ...at(error.linePos?.[0]?.line),
      rule: 'yaml',
      message: error.message.split('\n')[0]!,
    }));
  }
  const value = document.toJS() as unknown;
  const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (CONFIG_HEADER.test(snippet.text)) {
    return validateConfig(value).map((message) => ({ ...at(), rule: 'config', message }));
  }
  if (!isMapping || !('jobs' in value) || !('on' in value)) {
    return [
      {
        ...at(),
        rule: 'complete',
        message:
          'not a complete workflow (on: and jobs:) nor a config file (a first line "# .github/release-actions.yml"): ' +
          'readers copy blocks as they are',
      },
    ];
  }
  const directory = await mkdtemp(join(tmpdir(), 'doc-snippet-'));
  try {
    const path = join(directory, 'snippet.yml');
    await writeFile(path, snippet.text);
    return (await lintWorkflowFile(path)).map((finding) => ({ ...finding, ...at(finding.line) }));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

export function snippetName(snippet: Snippet, root = ROOT): string {
  return `${relative(root, join(root, snippet.file))}:${snippet.line}`;
}
