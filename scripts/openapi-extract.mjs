#!/usr/bin/env node
// Extracts, from GitHub's published REST description, the operations the test emulator
// serves plus every component they reference, into test/bench/emulator/openapi-extract.json.
// The full description ships in @octokit/openapi (hundreds of MB unpacked), so it is not a
// dependency: this script installs one pinned version into a temporary folder, reads it and
// removes the folder. Output keys are sorted, so running it again yields the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@octokit/openapi';
const VERSION = '23.0.2';
const DESCRIPTION_FILE = 'generated/api.github.com.json';

/** Every operation the emulator answers; keep in step with the handlers in test/bench/emulator. */
export const OPERATION_IDS = [
  // git data and the repository
  'git/get-ref',
  'git/list-matching-refs',
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'git/create-tag',
  'git/get-tag',
  'git/get-commit',
  'repos/get',
  'repos/list-tags',
  // commits and branches
  'repos/get-commit',
  'repos/list-commits',
  'repos/compare-commits-with-basehead',
  'repos/list-pull-requests-associated-with-commit',
  'repos/list-branches',
  'repos/get-branch',
  'repos/merge',
  // branch protection and rulesets
  'repos/get-branch-protection',
  'repos/get-branch-rules',
  // pull requests
  'pulls/get',
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'pulls/list-reviews',
  'pulls/list-commits',
  'pulls/merge',
  'pulls/create-review',
  // issues, comments and labels
  'issues/get',
  'issues/create',
  'issues/update',
  'issues/list-for-repo',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/add-labels',
  'issues/remove-label',
  'issues/list-labels-on-issue',
  'issues/create-label',
  'issues/get-label',
  // releases and their assets
  'repos/create-release',
  'repos/get-release',
  'repos/get-latest-release',
  'repos/get-release-by-tag',
  'repos/list-releases',
  'repos/update-release',
  'repos/delete-release',
  'repos/list-release-assets',
  'repos/upload-release-asset',
  'repos/get-release-asset',
  'repos/delete-release-asset',
  'repos/generate-release-notes',
  // deployments and environments
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/get-deployment',
  'repos/delete-deployment',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  'repos/get-deployment-status',
  'repos/get-environment',
  'repos/create-or-update-environment',
  'repos/get-all-environments',
  // people and checks
  'repos/get-collaborator-permission-level',
  'checks/list-for-ref',
  'checks/create',
  'checks/update',
  'repos/get-combined-status-for-ref',
  'repos/create-commit-status',
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Documentation-only schema keywords: they do not constrain data and make up most of the bytes.
const DROPPED_SCHEMA_KEYS = new Set(['description', 'example', 'examples', 'externalDocs']);

/** Copies a JSON Schema without documentation keywords; property names are kept whatever they are. */
function cleanSchema(schema) {
  if (Array.isArray(schema)) return schema.map(cleanSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_SCHEMA_KEYS.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, cleanSchema(sub)]));
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = cleanSchema(value);
    }
  }
  return out;
}

function cleanParameter(parameter) {
  if (parameter.$ref) return { $ref: parameter.$ref };
  const { name, in: where, required, schema } = parameter;
  return { in: where, name, ...(required ? { required: true } : {}), schema: cleanSchema(schema ?? {}) };
}

/** Keeps only the media types' schemas: examples live in components/examples, which are not extracted. */
function cleanContent(content) {
  if (!content) return undefined;
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => [
      type,
      media.schema ? { schema: cleanSchema(media.schema) } : {},
    ]),
  );
}

function cleanResponse(response) {
  if (response.$ref) return { $ref: response.$ref };
  const content = cleanContent(response.content);
  return { description: response.description ?? '', ...(content ? { content } : {}) };
}

function cleanOperation(method, path, operation) {
  const requestContent = cleanContent(operation.requestBody?.content);
  return {
    method: method.toUpperCase(),
    path,
    summary: operation.summary ?? '',
    ...(operation.servers ? { servers: operation.servers.map((server) => ({ url: server.url })) } : {}),
    parameters: (operation.parameters ?? []).map(cleanParameter),
    ...(requestContent
      ? { requestBody: { required: Boolean(operation.requestBody.required), content: requestContent } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [status, cleanResponse(response)]),
    ),
  };
}

function collectRefs(value, found) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, sub] of Object.entries(value)) {
      if (key === '$ref' && typeof sub === 'string') found.add(sub);
      else collectRefs(sub, found);
    }
  }
}

/** Recursively sorts object keys so the JSON text depends on content only. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}

export function extract(description, operationIds = OPERATION_IDS) {
  const wanted = new Set(operationIds);
  const operations = {};
  for (const [path, item] of Object.entries(description.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation && wanted.has(operation.operationId)) {
        operations[operation.operationId] = cleanOperation(method, path, operation);
      }
    }
  }
  const missing = operationIds.filter((id) => !operations[id]);
  if (missing.length > 0) throw new Error(`operations not in the description: ${missing.join(', ')}`);

  // Follow $refs transitively: a component may reference others.
  const components = {};
  const pending = new Set();
  collectRefs(operations, pending);
  const done = new Set();
  while (pending.size > 0) {
    const [ref] = pending;
    pending.delete(ref);
    if (done.has(ref)) continue;
    done.add(ref);
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    if (!match) throw new Error(`unsupported $ref ${ref}`);
    const [, section, name] = match;
    const source = description.components[section]?.[name];
    if (!source) throw new Error(`dangling $ref ${ref}`);
    const cleaned =
      section === 'schemas'
        ? cleanSchema(source)
        : section === 'parameters'
          ? cleanParameter(source)
          : section === 'responses'
            ? cleanResponse(source)
            : cleanSchema(source);
    (components[section] ??= {})[name] = cleaned;
    collectRefs(cleaned, pending);
  }
  return sortKeys({
    source: { file: DESCRIPTION_FILE, openapi: description.openapi, package: PACKAGE, version: VERSION },
    operations,
    components,
  });
}

function loadDescription() {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-extract-'));
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefix',
        dir,
        `${PACKAGE}@${VERSION}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const installed = JSON.parse(readFileSync(join(dir, 'node_modules', PACKAGE, 'package.json'), 'utf8'));
    if (installed.version !== VERSION)
      throw new Error(`installed ${PACKAGE}@${installed.version}, wanted ${VERSION}`);
    return JSON.parse(readFileSync(join(dir, 'node_modules', PACKAGE, DESCRIPTION_FILE), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const target = join(root, 'test/bench/emulator/openapi-extract.json');
  const result = extract(loadDescription());
  writeFileSync(target, `${JSON.stringify(result, null, 1)}\n`);
  const count = (section) => Object.keys(result.components[section] ?? {}).length;
  console.log(
    `wrote ${target}: ${Object.keys(result.operations).length} operations, ` +
      `${count('schemas')} schemas, ${count('parameters')} parameters, ${count('responses')} responses`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
