import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../bench/runner.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    users: { alice: 'admin', mona: 'maintain', dana: 'write', rita: 'read' },
  });
});
afterAll(async () => {
  await emulator.close();
});

const check = (actor: string, inputs: Record<string, string> = {}) =>
  runAction('authorize', { apiUrl: emulator.url, inputs: { actor, token: 'test-token', ...inputs } });

describe('authorize bundle', () => {
  it('lets a maintainer and an admin through with their role as output', async () => {
    for (const [actor, role] of [
      ['mona', 'maintain'],
      ['alice', 'admin'],
    ]) {
      const result = await check(actor!, { operation: 'start a hotfix' });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toEqual({ role, allowed: 'true' });
      expect(result.summary).toContain('✅ allowed');
    }
  });

  it('refuses a writer, a reader and a stranger with one clear error each', async () => {
    const expected: Record<string, string> = {
      dana: '@dana has the write role on acme/app; to start a hotfix you need maintain or admin.',
      rita: '@rita has the read role on acme/app; to start a hotfix you need maintain or admin.',
      mallory: '@mallory has no role on acme/app; to start a hotfix you need maintain or admin.',
    };
    for (const [actor, message] of Object.entries(expected)) {
      const result = await check(actor, { operation: 'start a hotfix' });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.split('\n')[0]).toBe(message);
      expect(result.annotations[0]!.properties['title']).toBe('EFORBIDDEN');
      expect(result.outputs['allowed']).toBe('false');
      expect(result.summary).toContain('❌ refused');
    }
  });

  it('accepts a lower requirement', async () => {
    const result = await check('dana', { permission: 'write' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['role']).toBe('write');
  });

  it('rejects a bad input before calling the API', async () => {
    const calls = emulator.calls.length;
    const result = await check('dana; rm -rf /', { permission: 'owner' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain(
      'Input "permission": got "owner", expected one of: read, triage, write, maintain, admin',
    );
    expect(result.errors[0]).toContain('Input "actor": got "dana; rm -rf /", expected a GitHub login');
    expect(emulator.calls.length).toBe(calls);
  });
});
