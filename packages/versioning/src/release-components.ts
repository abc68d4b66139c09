import { planUnits, releaseUnits } from './component-plans.js';
import type { ComponentSet } from './components.js';
import { release } from './release.js';
import * as repo from './repository.js';
import type { ReleaseOutcome, ReleaseSettings } from './settings.js';

/**
 * The direct mode for a monorepo: each component released in turn, its own release commit and
 * tag pushed before the next plans (a component's release commit touches only its own folder, so
 * it never counts for another). Each release finds its tag on a re-run, so a re-run tags nothing twice.
 */

export interface ComponentOutcome {
  name: string;
  path: string;
  outcome: ReleaseOutcome;
}

/** The versions linked components share, planned from the checkout before anything is written. */
async function linkedVersions(settings: ReleaseSettings, set: ComponentSet): Promise<Map<string, string>> {
  const shared = new Map<string, string>();
  if (set.linked.length === 0) return shared;
  const root = await repo.repositoryRoot(settings.workspace);
  const head = await repo.headCommit(root);
  const plans = await planUnits(releaseUnits(settings, set), root, head, set.linked);
  const linked = new Set(set.linked.flat());
  for (const { name, plan } of plans) {
    if (name && linked.has(name) && plan.version) shared.set(name, plan.version);
  }
  return shared;
}

export async function releaseComponents(
  settings: ReleaseSettings,
  set: ComponentSet,
): Promise<ComponentOutcome[]> {
  const shared = await linkedVersions(settings, set);
  const outcomes: ComponentOutcome[] = [];
  for (const unit of releaseUnits(settings, set)) {
    const version = shared.get(unit.name!);
    const own = version ? { ...unit.settings, releaseType: 'version' as const, version } : unit.settings;
    settings.log.info(`Component ${unit.name} (${unit.settings.path}, tags ${unit.settings.tagPrefix}…)`);
    outcomes.push({ name: unit.name!, path: unit.settings.path, outcome: await release(own) });
  }
  return outcomes;
}
