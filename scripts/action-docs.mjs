#!/usr/bin/env node
// Writes the inputs and outputs tables of each <name>/README.md from its
// action.yml, between the action-docs markers, so the docs cannot drift.
// `--check` exits 1 when a README is out of date (CI runs it through the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { listActions } from './actions.mjs';

const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n+/g, ' ');

export function renderDocs(action) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = ['## Inputs', ''];
  if (inputs.length === 0) lines.push('None.');
  else {
    lines.push('| name | required | default | description |', '| --- | --- | --- | --- |');
    for (const [name, spec] of inputs) {
      const fallback = spec.default === undefined ? '' : `\`${cell(spec.default)}\``;
      lines.push(
        `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${fallback} | ${cell(spec.description)} |`,
      );
    }
  }
  lines.push('', '## Outputs', '');
  if (outputs.length === 0) lines.push('None.');
  else {
    lines.push('| name | description |', '| --- | --- |');
    for (const [name, spec] of outputs) lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  }
  return lines.join('\n');
}

export function updateReadme(name, check) {
  const action = parse(readFileSync(`${name}/action.yml`, 'utf8'));
  const path = `${name}/README.md`;
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} lacks the ${START} … ${END} markers`);
  const next = `${readme.slice(0, start + START.length)}\n${renderDocs(action)}\n${readme.slice(end)}`;
  if (next === readme) return false;
  if (!check) writeFileSync(path, next);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  const broken = [];
  for (const name of listActions()) {
    try {
      if (updateReadme(name, check)) stale.push(name);
    } catch (error) {
      broken.push(`${name}: ${String(error.message ?? error).split('\n')[0]}`);
    }
  }
  for (const problem of broken) console.error(problem);
  if (check && stale.length > 0) {
    console.error(`Out of date: ${stale.map((n) => `${n}/README.md`).join(', ')}. Run npm run docs.`);
  }
  if (!check) for (const name of stale) console.log(`updated ${name}/README.md`);
  if (broken.length > 0 || (check && stale.length > 0)) process.exit(1);
}
