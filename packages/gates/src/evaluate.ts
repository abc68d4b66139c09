import { branchGate } from './gates/branch.js';
import { changelogGate } from './gates/changelog.js';
import { checksGate } from './gates/checks.js';
import { coverageGate } from './gates/coverage.js';
import { customGate } from './gates/custom.js';
import { docsGate } from './gates/docs.js';
import { flagsGate } from './gates/flags.js';
import { freezeGate } from './gates/freeze.js';
import { migrationsGate } from './gates/migrations.js';
import { performanceGate } from './gates/performance.js';
import { reviewsGate } from './gates/reviews.js';
import { securityGate } from './gates/security.js';
import { testsGate } from './gates/tests.js';
import { describeApiFailure } from '../../kit/src/index.js';
import type { GateContext, GateSettings } from './settings.js';
import type { GateName, GateOutcome, GateResult } from './types.js';

type Gate = (settings: GateSettings, context: GateContext) => Promise<GateOutcome>;

/** Each gate declared once: its check, and what it is about in one phrase for the summary. */
export const GATES: Record<GateName, { check: Gate; title: string }> = {
  tests: { check: testsGate, title: 'Tests' },
  coverage: { check: coverageGate, title: 'Coverage' },
  security: { check: securityGate, title: 'Security' },
  performance: { check: performanceGate, title: 'Performance' },
  reviews: { check: reviewsGate, title: 'Reviews' },
  checks: { check: checksGate, title: 'Checks' },
  branch: { check: branchGate, title: 'Branch policy' },
  changelog: { check: changelogGate, title: 'Changelog' },
  docs: { check: docsGate, title: 'Docs' },
  migrations: { check: migrationsGate, title: 'Database migrations' },
  flags: { check: flagsGate, title: 'Feature flags' },
  freeze: { check: freezeGate, title: 'Freeze windows' },
  custom: { check: customGate, title: 'Custom checks' },
};

/**
 * Every enabled gate runs to its verdict, side by side; one that throws (an
 * API outage, an unreadable directory) is a failed gate with the reason, and
 * never keeps the others from being settled and reported.
 */
export async function evaluateGates(settings: GateSettings, context: GateContext): Promise<GateResult[]> {
  const settled = await Promise.allSettled(
    settings.gates.map(async (gate) => {
      const started = performance.now();
      const result = await GATES[gate].check(settings, context);
      return { gate, ...result, durationMs: Math.round(performance.now() - started) } satisfies GateResult;
    }),
  );
  return settled.map((entry, index) => {
    if (entry.status === 'fulfilled') return entry.value;
    const gate = settings.gates[index]!;
    // An API that gave no answer is said to be unreachable, not to have "answered 500".
    const message = `the ${gate} gate could not be evaluated: ${describeApiFailure(entry.reason, context.apiUrl)}`;
    return {
      gate,
      status: 'failed',
      value: 'error',
      threshold: '',
      summary: message,
      evidence: [{ message }],
    };
  });
}
