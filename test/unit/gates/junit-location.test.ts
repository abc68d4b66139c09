import { describe, expect, it } from '@jest/globals';
import { failureLocation } from '../../../packages/gates/src/parse/junit.js';

describe('where a failed test failed, from its report text', () => {
  it("takes the first frame in the test's own file, skipping dependencies", () => {
    const jest = [
      'Error: expect(received).toBe(expected)',
      '    at helper (/home/runner/work/app/app/src/helpers.js:3:9)',
      '    at Object.toBe (/home/runner/work/app/app/src/math.test.js:5:69)',
      '    at callAsyncCircusFn (/home/runner/work/app/app/node_modules/jest-circus/build/x.js:1:10)',
    ].join('\n');
    expect(failureLocation(jest, 'src/math.test.js')).toEqual({
      file: '/home/runner/work/app/app/src/math.test.js',
      line: 5,
      column: 69,
      own: true,
    });
  });

  it('falls back to the first frame outside dependencies, and reads pytest and compiler lines', () => {
    expect(
      failureLocation('    at node:internal/x:1:1\n    at run (lib/a.ts:9:2)', 'test/a.test.ts'),
    ).toEqual({
      file: 'lib/a.ts',
      line: 9,
      column: 2,
      own: false,
    });
    expect(failureLocation('tests/test_pay.py:41: AssertionError', undefined)).toMatchObject({
      file: 'tests/test_pay.py',
      line: 41,
    });
    expect(failureLocation('expected 3 but was 2', 'x.test.js')).toBeUndefined();
  });
});
