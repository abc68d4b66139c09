import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EtagCache, useConditionalRequests } from '../../../packages/kit/src/conditional.js';
import { clientFor } from './client.js';
import { startEmulator, type Emulator } from './index.js';

let emulator: Emulator | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const repo = { owner: 'acme', repo: 'app' };

async function deployment(octokit: Awaited<ReturnType<typeof clientFor>>): Promise<number> {
  const { data } = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: 'main',
    environment: 'staging',
    required_contexts: [],
  });
  return (data as { id: number }).id;
}

describe('GitHub API emulator: conditional requests', () => {
  it('answers a GET with a weak ETag, and 304 without a body or a rate-limit charge when it still matches', async () => {
    emulator = await startEmulator();
    const octokit = await clientFor(emulator);
    const id = await deployment(octokit);
    const first = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
    const used = Number(first.headers['x-ratelimit-used']);

    const again = await fetch(`${emulator.url}/repos/acme/app/deployments/${id}/statuses`, {
      headers: { authorization: 'token test-token', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(Number(again.headers.get('x-ratelimit-used'))).toBe(used);

    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'in_progress' });
    const changed = await fetch(`${emulator.url}/repos/acme/app/deployments/${id}/statuses`, {
      headers: { authorization: 'token test-token', 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it("the kit's cache turns 304s into the cached answers, across a saved file, pagination included", async () => {
    emulator = await startEmulator();
    const writer = await clientFor(emulator);
    for (let i = 0; i < 5; i += 1) await deployment(writer);
    const dir = await mkdtemp(join(tmpdir(), 'etag-cache-'));
    dirs.push(dir);
    const file = join(dir, 'cache.json');

    const list = async (cache: EtagCache) => {
      const octokit = await clientFor(emulator!);
      const counts = useConditionalRequests(octokit, cache);
      const ids = (await octokit.paginate(octokit.rest.repos.listDeployments, { ...repo, per_page: 2 })).map(
        (d) => d.id,
      );
      return { ids, counts };
    };
    const cold = await list(await EtagCache.load(file));
    expect(cold.counts).toEqual({ requests: 3, notModified: 0 });
    expect(cold.ids).toHaveLength(5);

    const cache = await EtagCache.load(file);
    expect(cache.size).toBe(0);
    const warmFirst = await list(cache);
    await cache.save(file);
    const warm = await list(await EtagCache.load(file));
    expect(warm).toEqual({ ids: cold.ids, counts: { requests: 3, notModified: 3 } });
    expect(warmFirst.counts.notModified).toBe(0);

    await deployment(writer);
    const after = await list(await EtagCache.load(file));
    expect(after.ids).toHaveLength(6);
    expect(after.counts.notModified).toBe(0);
  });
});
