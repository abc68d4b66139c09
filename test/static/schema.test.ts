import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { ROOT } from '../bench/runner.js';

const Ajv2020 = AjvModule.default;
const addFormats = formatsModule.default;

describe('the config schema', () => {
  it('compiles, with every section file it refers to', () => {
    // With the formats the actions check (date, uri…), as packages/kit/src/config.ts does.
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const sections = readdirSync(join(ROOT, 'schema/config')).map((file) =>
      JSON.parse(readFileSync(join(ROOT, 'schema/config', file), 'utf8')),
    );
    for (const section of sections) ajv.addSchema(section);
    const root = JSON.parse(readFileSync(join(ROOT, 'schema/release-actions.schema.json'), 'utf8'));
    const validate = ajv.compile(root);
    expect(validate({ environments: { staging: {} } })).toBe(true);
    expect(validate({ unknown: 1 })).toBe(false);
  });
});

describe('the config schema URL', () => {
  const root = JSON.parse(readFileSync(join(ROOT, 'schema/release-actions.schema.json'), 'utf8')) as {
    $id: string;
  };

  it('is a stable URL on the major tag that the sections share, so their relative $refs resolve', () => {
    expect(root.$id).toBe(
      'https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json',
    );
    const base = root.$id.slice(0, root.$id.lastIndexOf('/') + 1);
    for (const file of readdirSync(join(ROOT, 'schema/config'))) {
      const section = JSON.parse(readFileSync(join(ROOT, 'schema/config', file), 'utf8')) as { $id: string };
      expect(section.$id).toBe(`${base}config/${file}`);
    }
  });

  it('is the one the docs tell editors to use', () => {
    const line = `# yaml-language-server: $schema=${root.$id}`;
    expect(readFileSync(join(ROOT, 'docs/pipelines.md'), 'utf8')).toContain(line);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(root.$id);
  });
});
