import { describe, it, expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openApi } from './index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

type Extract = (description: unknown, operationIds?: string[]) => Record<string, unknown>;

async function loadExtract(): Promise<{ extract: Extract; OPERATION_IDS: string[] }> {
  const url = pathToFileURL(join(root, 'scripts/openapi-extract.mjs')).href;
  return (await import(url)) as { extract: Extract; OPERATION_IDS: string[] };
}

/** A tiny description with the features the script must handle: refs, nullable, docs keywords. */
const description = {
  openapi: '3.0.3',
  paths: {
    '/repos/{owner}/{repo}/things/{id}': {
      get: {
        operationId: 'things/get',
        description: 'long prose',
        parameters: [
          { $ref: '#/components/parameters/owner' },
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/thing' },
                examples: { a: { value: 1 } },
              },
            },
          },
          '404': { $ref: '#/components/responses/not_found' },
        },
      },
    },
    '/other': { get: { operationId: 'other/get', responses: { '200': { description: 'ok' } } } },
  },
  components: {
    parameters: {
      owner: { name: 'owner', in: 'path', required: true, schema: { type: 'string' }, description: 'x' },
    },
    responses: {
      not_found: {
        description: 'nf',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } },
      },
    },
    schemas: {
      thing: {
        type: 'object',
        description: 'A thing',
        required: ['owner'],
        properties: {
          owner: { $ref: '#/components/schemas/user' },
          description: { type: 'string', nullable: true, example: 'x' },
        },
      },
      user: { type: 'object', properties: { login: { type: 'string' } }, 'x-github': {} },
      error: { type: 'object', properties: { message: { type: 'string' } } },
      unused: { type: 'string' },
    },
  },
};

describe('GitHub API emulator tooling', () => {
  it('extracts operations with every component they reference, transitively, with sorted keys', async () => {
    const { extract } = await loadExtract();
    const result = extract(description, ['things/get']);
    expect(Object.keys(result.operations as object)).toEqual(['things/get']);
    const components = result.components as Record<string, Record<string, unknown>>;
    expect(Object.keys(components.schemas!)).toEqual(['error', 'thing', 'user']);
    expect(Object.keys(components.parameters!)).toEqual(['owner']);
    expect(Object.keys(components.responses!)).toEqual(['not_found']);
    // Documentation keywords go; a property named "description" stays.
    expect(components.schemas!.thing).toEqual({
      properties: {
        description: { nullable: true, type: 'string' },
        owner: { $ref: '#/components/schemas/user' },
      },
      required: ['owner'],
      type: 'object',
    });
    expect(Object.keys(result)).toEqual(['components', 'operations', 'source']);
    expect(Object.keys(components.schemas!.thing as object)).toEqual(['properties', 'required', 'type']);
    expect(JSON.stringify(result)).toBe(JSON.stringify(extract(description, ['things/get'])));
    expect(() => extract(description, ['things/get', 'nope/missing'])).toThrow(/nope\/missing/);
  });

  it('lists in the script exactly the operations the committed extract holds', async () => {
    const { OPERATION_IDS } = await loadExtract();
    expect([...OPERATION_IDS].sort()).toEqual([...openApi().operations.keys()].sort());
  });

  it('runs standalone: prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [join(root, 'scripts/emulator.mjs'), '--repo', 'octo/shop', '--token', 'tok'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [firstChunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = firstChunk.toString().split('\n')[0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/repos/octo/shop`, { headers: { authorization: 'token tok' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { full_name: string }).full_name).toBe('octo/shop');
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stderr).toMatch(/stopped on SIGTERM: 1 call\(s\), no violations/);
  });
});
