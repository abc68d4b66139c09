/**
 * What is live right now, asked of the world rather than the record: the
 * provider's status-command, else the version the environment URL reports.
 * Used to settle a deployment whose run died between a change and its status.
 */
import type { CommandContext, Provider } from './provider.js';
import type { DeploySettings } from './types.js';
import { readVersionAt } from './verify.js';

export interface LiveProbe {
  version?: string;
  slot?: string;
  /** Which source answered, for the notes written to the record. */
  source: 'status-command' | 'environment-url';
}

export async function probeLive(
  provider: Provider,
  settings: DeploySettings,
  context: Omit<CommandContext, 'operation'>,
): Promise<LiveProbe | undefined> {
  if (provider.has('status')) {
    try {
      const answer = await provider.live({ ...context, operation: 'status' });
      if (answer && (answer.version || answer.slot)) return { ...answer, source: 'status-command' };
    } catch {
      // A failing status command tells nothing; fall back to the URL.
    }
  }
  if (settings.environmentUrl && settings.verify.versionPath) {
    const version = await readVersionAt(settings.environmentUrl, settings.verify.versionPath);
    if (version) return { version, source: 'environment-url' };
  }
  return undefined;
}
