import { describe, expect, it } from '@jest/globals';
import { readPacing } from '../../../packages/kit/src/index.js';

describe('pacing', () => {
  it('reads every RELEASE_ACTIONS_*_MS variable as whole milliseconds', () => {
    expect(
      readPacing({
        RELEASE_ACTIONS_API_RETRY_BASE_MS: '0',
        RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10',
        RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '25',
        RELEASE_ACTIONS_NOTIFY_MAX_WAIT_MS: '3600000',
        RELEASE_ACTIONS_GIT_RETRY_BASE_MS: '5',
      }),
    ).toEqual({
      apiRetryBaseMs: 0,
      apiWriteIntervalMs: 10,
      notifyRetryBaseMs: 25,
      notifyMaxWaitMs: 3_600_000,
      gitRetryBaseMs: 5,
    });
  });

  it("ignores what is not a whole number, leaving the action's own figure", () => {
    expect(
      readPacing({ RELEASE_ACTIONS_API_RETRY_BASE_MS: '1.5', RELEASE_ACTIONS_GIT_RETRY_BASE_MS: '-1' }),
    ).toEqual({});
    expect(readPacing({})).toEqual({});
  });
});
