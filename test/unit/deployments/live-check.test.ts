/**
 * The live check against a real HTTP server on 127.0.0.1 whose answers are slow: the
 * request that confirms a failure is sent before the failed answer arrives, so a slow
 * broken version is not given a second whole answer time before traffic moves back.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { watchLive } from '../../../packages/deployments/src/index.js';

interface Served {
  index: number;
  arrivedAt: number;
  answeredAt?: number;
}

let server: Server | undefined;

/** Answers after `latencyMs`; `fails(index)` picks the requests answered with a 500. */
async function slowService(latencyMs: number, fails: (index: number) => boolean) {
  const served: Served[] = [];
  server = createServer((_request, response) => {
    const entry: Served = { index: served.length, arrivedAt: Date.now() };
    served.push(entry);
    setTimeout(() => {
      entry.answeredAt = Date.now();
      response.statusCode = fails(entry.index) ? 500 : 200;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ version: '2.0.0' }));
    }, latencyMs);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, served };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  server = undefined;
});

describe('the live check after a switch', () => {
  it('has the confirming request on its way before the first failed answer arrives', async () => {
    const service = await slowService(400, () => true);
    const outcome = await watchLive({
      url: service.url,
      version: '2.0.0',
      durationMs: 5_000,
      intervalMs: 50,
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.answers).toBe(2);
    expect(outcome.reason).toMatch(
      /failure \(status 500\) on request 1 .* and again \(status 500\) on the next/,
    );
    const [first, second] = service.served;
    // Sent while the first was still being answered, not after it.
    expect(second!.arrivedAt).toBeLessThan(first!.answeredAt!);
    // The failure is timed from when its answer came, not from when the verdict was reached.
    expect(outcome.firstFailureAt).toBeGreaterThanOrEqual(first!.answeredAt!);
    expect(outcome.firstFailureAt).toBeLessThan(second!.answeredAt!);
  });

  it('keeps asking no more than four requests at a time', async () => {
    const service = await slowService(300, () => false);
    let most = 0;
    const timer = setInterval(() => {
      const open = service.served.filter((entry) => entry.answeredAt === undefined).length;
      most = Math.max(most, open);
    }, 10);
    const outcome = await watchLive({
      url: service.url,
      version: '2.0.0',
      versionPath: '$.version',
      durationMs: 1_500,
    });
    clearInterval(timer);
    expect(outcome).toMatchObject({ passed: true, loneFailures: 0 });
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('passes a version whose failures come one at a time, counting them', async () => {
    const service = await slowService(20, (index) => index % 5 === 2);
    const outcome = await watchLive({
      url: service.url,
      version: '2.0.0',
      versionPath: '$.version',
      durationMs: 1_000,
    });
    expect(outcome.passed).toBe(true);
    expect(outcome.loneFailures).toBeGreaterThan(0);
  });
});
