/**
 * Cancellation as the runner does it: SIGINT to the step's node process, SIGTERM
 * 7.5 s later, then the process tree is killed 2.5 s after that. An action that
 * must end in a known state (a deploy half done) takes both signals as "stop and
 * clean up" and gets those seconds to do it, instead of dying on the first.
 */
export interface Cancellation {
  signal: AbortSignal;
  /** The signal that cancelled the step, once one did. */
  readonly by?: NodeJS.Signals;
  /** Gives the signals back their default meaning (the work is done). */
  release(): void;
}

export function onCancellation(log: (message: string) => void): Cancellation {
  const controller = new AbortController();
  let by: NodeJS.Signals | undefined;
  const handle = (received: NodeJS.Signals) => {
    if (!by) {
      by = received;
      log(`Received ${received}: the run is being cancelled; finishing on a known version`);
      controller.abort(new Error(`cancelled (${received})`));
    } else {
      log(`Received ${received} as well: still finishing (the runner kills the step 2.5 s after SIGTERM)`);
    }
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return {
    signal: controller.signal,
    get by() {
      return by;
    },
    release() {
      process.off('SIGINT', handle);
      process.off('SIGTERM', handle);
    },
  };
}
