import type { RunState } from './state.js';

/**
 * Concurrency groups, shared by every run of this process as GitHub shares them
 * across a repository's runs: at most one running and one pending job per group.
 * A newer job replaces the pending one (which is cancelled), whatever
 * `cancel-in-progress` says; with `cancel-in-progress: true` it also cancels the
 * running one. Group names are case-insensitive.
 */

export interface ConcurrencySlot {
  granted: boolean;
  reason?: string;
  release(): void;
}

interface Waiter {
  admit(): void;
  reject(reason: string): void;
}

interface Group {
  running?: { cancel(reason: string): void };
  pending?: Waiter;
}

const groups = new Map<string, Group>();

const replacedMessage = (group: string) =>
  `Canceling since a higher priority waiting request for '${group}' exists`;

export async function acquireConcurrency(
  run: RunState,
  concurrency: { group: string; cancelInProgress: boolean },
  cancelRunning: (reason: string) => void,
): Promise<ConcurrencySlot> {
  const key = `${run.repository}\n${concurrency.group}`.toLowerCase();
  const group = groups.get(key) ?? {};
  groups.set(key, group);
  const holder = { cancel: cancelRunning };
  const release = () => {
    if (group.running !== holder) return;
    group.running = undefined;
    const next = group.pending;
    group.pending = undefined;
    if (next) next.admit();
    else groups.delete(key);
  };
  if (!group.running) {
    group.running = holder;
    return { granted: true, release };
  }
  group.pending?.reject(replacedMessage(concurrency.group));
  let stop = () => {};
  const admitted = new Promise<string | undefined>((resolve) => {
    const waiter: Waiter = {
      admit: () => {
        group.running = holder;
        resolve(undefined);
      },
      reject: (reason) => resolve(reason),
    };
    group.pending = waiter;
    stop = run.cancellation.onCancel(() => {
      if (group.pending === waiter) group.pending = undefined;
      resolve('The run was canceled.');
    });
  });
  if (concurrency.cancelInProgress) group.running.cancel(replacedMessage(concurrency.group));
  const reason = await admitted;
  stop();
  if (reason !== undefined) return { granted: false, reason, release: () => undefined };
  return { granted: true, release };
}
