import type { AnalysisRecord, StepRecord } from './types.js';

/** The steps a deploy or rollback took, with their timings, for the job summary. */
export class Timeline {
  readonly steps: StepRecord[] = [];
  readonly analyses: AnalysisRecord[] = [];
  readonly startedAt = Date.now();

  async step<T>(name: string, detail: string, body: () => Promise<T>): Promise<T> {
    const startedAt = Date.now();
    const began = performance.now();
    try {
      const value = await body();
      this.steps.push({ name, detail, startedAt, durationMs: performance.now() - began, ok: true });
      return value;
    } catch (thrown) {
      const note = thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
      this.steps.push({ name, detail, startedAt, durationMs: performance.now() - began, ok: false, note });
      throw thrown;
    }
  }

  /** A step that took no time of its own (a decision, a skipped check). */
  note(name: string, detail: string, ok = true): void {
    this.steps.push({ name, detail, startedAt: Date.now(), durationMs: 0, ok });
  }

  get elapsedMs(): number {
    return Date.now() - this.startedAt;
  }
}
