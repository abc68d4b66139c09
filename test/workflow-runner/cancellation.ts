/**
 * "Cancel workflow": one flag for a run and the reusable workflows it calls,
 * and the listeners (running jobs, pending ones) that react to it. GitHub
 * then re-evaluates the `if:` of every running job and of the steps left, so
 * cancelling is not an abort: `always()` and `cancelled()` still run.
 */
export class RunCancellation {
  requested = false;
  private readonly listeners = new Set<() => void>();

  constructor(signal?: AbortSignal) {
    if (signal?.aborted) this.requested = true;
    signal?.addEventListener('abort', () => this.cancel(), { once: true });
  }

  cancel(): void {
    if (this.requested) return;
    this.requested = true;
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` when the run is cancelled; returns how to stop listening. */
  onCancel(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** What the runner does to a step it cancels (or that times out), as GitHub documents it. */
export const CANCEL_SIGNALS = {
  /** SIGINT first, then SIGTERM if the step's process is still there after this long. */
  sigtermAfterMs: 7_500,
  /** Then the whole process tree is killed if it is still there after this long. */
  killAfterMs: 2_500,
};
