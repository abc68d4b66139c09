#!/usr/bin/env node
// Converts a semantic-release, release-please or changesets configuration into
// .github/release-actions.yml, once, when a team moves to release-actions. It reads
// the tool's files in the current folder (or --cwd), writes the settings it can
// carry over, checks the result against schema/release-actions.schema.json, and
// reports what it could not map and what belongs in the workflow instead.
//
//   node scripts/migrate-config.mjs [--from semantic-release|release-please|changesets]
//                                   [--cwd <repository>] [--output <file>] [--force] [--stdout]
//   npx --yes github:org/release-actions release-actions-migrate   (the same, without a clone)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Document } from 'yaml';
import * as changesets from './migrate/changesets.mjs';
import * as releasePlease from './migrate/release-please.mjs';
import * as semanticRelease from './migrate/semantic-release.mjs';

const TOOLS = { 'semantic-release': semanticRelease, 'release-please': releasePlease, changesets };
const SECTION_ORDER = [
  'version',
  'components',
  'linked-versions',
  'gates',
  'artifacts',
  'smoke',
  'environments',
  'announce',
  'sync',
];
const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(join(SCHEMA_DIR, 'config'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, 'config', file), 'utf8')));
  }
  const root = JSON.parse(readFileSync(join(SCHEMA_DIR, 'release-actions.schema.json'), 'utf8'));
  return { check: ajv.compile(root), url: root.$id };
}

function ordered(config) {
  return Object.fromEntries(SECTION_ORDER.filter((key) => config[key]).map((key) => [key, config[key]]));
}

function render(migration, url) {
  const doc = new Document(ordered(migration.config));
  const lines = [
    ' .github/release-actions.yml',
    ` yaml-language-server: $schema=${url}`,
    ` Converted from ${migration.tool} (${migration.read.join(', ')}) by release-actions-migrate.`,
    ` See docs/migrating/${migration.tool}.md for what changes in behaviour.`,
  ];
  if (migration.unmapped.length > 0) {
    lines.push(' Not converted, to do by hand:');
    for (const { from, why } of migration.unmapped) lines.push(`   - ${from}: ${why}`);
  }
  doc.commentBefore = lines.join('\n');
  return doc.toString({ lineWidth: 0 });
}

function report(migration, written) {
  const out = [`Read ${migration.read.join(', ')} (${migration.tool}).`];
  out.push(written);
  out.push('', `Mapped (${migration.mapped.length}):`);
  for (const { from, to } of migration.mapped) out.push(`  ${from}\n      → ${to}`);
  out.push('', `Not mapped (${migration.unmapped.length}):`);
  if (migration.unmapped.length === 0) out.push('  nothing');
  for (const { from, why } of migration.unmapped) out.push(`  ${from}\n      ${why}`);
  out.push('', 'In your workflow:');
  for (const line of migration.workflow) out.push(`  - ${line}`);
  return out.join('\n');
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    cwd: { type: 'string', default: process.cwd() },
    output: { type: 'string', default: '.github/release-actions.yml' },
    force: { type: 'boolean', default: false },
    stdout: { type: 'boolean', default: false },
  },
});
const cwd = resolve(values.cwd);
if (values.from && !TOOLS[values.from]) {
  fail(`--from "${values.from}": expected one of ${Object.keys(TOOLS).join(', ')}`, 2);
}
const found = Object.keys(TOOLS).filter((name) => TOOLS[name].detect(cwd));
const tool = values.from ?? found[0];
if (!tool || !TOOLS[tool].detect(cwd)) {
  fail(
    `No ${values.from ?? 'semantic-release, release-please or changesets'} configuration in ${cwd}: looked for .releaserc(.json|.yaml|.yml|.js), release.config.js, "release" in package.json, release-please-config.json, .release-please-manifest.json and .changeset/config.json.`,
    2,
  );
}
if (!values.from && found.length > 1) fail(`Found ${found.join(' and ')}: choose one with --from.`, 2);

const migration = TOOLS[tool].convert(cwd);
const { check, url } = validator();
if (!check(migration.config)) {
  const problems = check.errors
    .map((error) => `  ${error.instancePath || '(root)'} ${error.message}`)
    .join('\n');
  fail(
    `The converted settings do not pass schema/release-actions.schema.json:\n${problems}\nNothing was written.`,
  );
}
const text = render(migration, url);
if (values.stdout) {
  process.stdout.write(text);
  console.error(report(migration, 'Printed the settings (nothing written).'));
} else {
  const target = resolve(cwd, values.output);
  if (existsSync(target) && !values.force) fail(`${relative(cwd, target)} exists: --force replaces it.`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(
    report(migration, `Wrote ${relative(cwd, target)}, checked against the release-actions schema.`),
  );
}
