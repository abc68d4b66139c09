export function writeResult(name: string, figures: Record<string, unknown>): Record<string, unknown>;
export function hasCommand(name: string): boolean;
export function runMeasured(
  command: string,
  args: string[],
  options?: Record<string, unknown>,
): { seconds: number; peakMiB: number | undefined; status: number | null; stdout: string; stderr: string };
