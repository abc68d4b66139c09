import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv/dist/2020.js';
import { ROOT } from '../bench/runner.js';

const Ajv2020 = AjvModule.default;

describe('the config schema', () => {
  it('compiles, with every section file it refers to', () => {
    const ajv = new Ajv2020({ strict: false });
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
