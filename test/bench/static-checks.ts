import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { validate, type ActionsMetadataProvider } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { listActions } from '../../scripts/actions.mjs';
import { ROOT } from './runner.js';

/**
 * GitHub's own parsers on our files: @actions/workflow-parser for action.yml and
 * workflows, @actions/languageservice for `with:` keys and step outputs checked
 * against our actions' metadata.
 */

export interface Finding {
  file: string;
  line?: number;
  message: string;
}

export interface ActionMetadataFile {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string; value?: string }>;
  runs: { using: string; main?: string; post?: string; pre?: string };
}

export async function readActionMetadata(name: string): Promise<ActionMetadataFile> {
  return parse(await readFile(`${ROOT}/${name}/action.yml`, 'utf8')) as ActionMetadataFile;
}

export async function checkActionFile(path: string): Promise<Finding[]> {
  const content = await readFile(path, 'utf8');
  const result = parseAction({ name: basename(path), content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => ({ file: path, message: error.message }));
}

/** Resolves `org/release-actions/<name>@ref` (any owner) to our own action.yml. */
export const ourActionsMetadata: ActionsMetadataProvider = {
  async fetchActionMetadata(reference) {
    if (reference.name !== 'release-actions' || !reference.path) return undefined;
    const name = reference.path.replace(/^\/+|\/+$/g, '');
    if (!listActions(ROOT).includes(name)) return undefined;
    const metadata = await readActionMetadata(name);
    return {
      name: metadata.name,
      description: metadata.description,
      inputs: metadata.inputs,
      outputs: metadata.outputs,
    } as Awaited<ReturnType<ActionsMetadataProvider['fetchActionMetadata']>>;
  },
};

export async function checkWorkflowFile(path: string): Promise<Finding[]> {
  const content = await readFile(path, 'utf8');
  const findings: Finding[] = [];
  const parsed = parseWorkflow({ name: basename(path), content }, new NoOperationTraceWriter());
  for (const error of parsed.context.errors.getErrors())
    findings.push({ file: path, message: error.message });
  const document = TextDocument.create(`file://${path}`, 'yaml', 1, content);
  const diagnostics = await validate(document, { actionsMetadataProvider: ourActionsMetadata });
  for (const diagnostic of diagnostics) {
    // Severity 1 is an error; warnings (2) are advice, such as unknown third-party actions.
    if (diagnostic.severity === 1) {
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
      findings.push({ file: path, line: diagnostic.range.start.line + 1, message });
    }
  }
  return findings;
}
