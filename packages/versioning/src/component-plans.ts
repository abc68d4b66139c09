import semver from 'semver';
import { ReleaseError } from '../../kit/src/index.js';
import type { Component, ComponentSet } from './components.js';
import { planRelease, type Plan } from './plan.js';
import type { ReleaseSettings } from './settings.js';

/**
 * Plans for each component of a release: the whole repository as one unnamed component, or each
 * component a monorepo declares, with its own folder, tag prefix, version files and changelog.
 * Linked components share one version: the highest any of them calls for.
 */

export interface Unit {
  /** The component's name; undefined for the whole repository. */
  name?: string;
  settings: ReleaseSettings;
}

export interface UnitPlan extends Unit {
  plan: Plan;
}

/** The release settings of one component: its own folder, tags, files and changelog. */
export function componentSettings<S extends ReleaseSettings>(settings: S, component: Component): S {
  return {
    ...settings,
    path: component.path,
    tagPrefix: component.tagPrefix,
    versionFiles: component.versionFiles,
    changelogFile: component.changelogFile,
  };
}

export function releaseUnits<S extends ReleaseSettings>(
  settings: S,
  set?: ComponentSet,
): Array<Unit & { settings: S }> {
  if (!set) return [{ settings }];
  return set.components.map((component) => ({
    name: component.name,
    settings: componentSettings(settings, component),
  }));
}

export async function planUnits(
  units: Unit[],
  root: string,
  start: string,
  linked: string[][] = [],
): Promise<UnitPlan[]> {
  const plans: UnitPlan[] = [];
  for (const unit of units)
    plans.push({ ...unit, plan: await planRelease({ ...unit.settings, root }, start) });
  for (const group of linked) await alignGroup(plans, group, root, start);
  return plans;
}

/** Every member of a linked group moves to the highest version any member calls for. */
async function alignGroup(plans: UnitPlan[], group: string[], root: string, start: string): Promise<void> {
  const members = plans.filter((unit) => unit.name !== undefined && group.includes(unit.name));
  const versions = members.map((unit) => unit.plan.version).filter((v): v is string => v !== undefined);
  if (versions.length === 0) return;
  const shared = versions.sort(semver.rcompare)[0]!;
  for (const member of members) {
    if (member.plan.version === shared) continue;
    const last = member.plan.history.last?.version;
    if (last && !semver.gt(shared, last)) {
      throw new ReleaseError(
        'ECONFIG',
        `The linked components ${group.join(', ')} would share ${shared}, but ${member.name} is already at ${last}`,
        {
          hint: 'Linked components keep one version: release them together once at a version above all of theirs (Release-As).',
        },
      );
    }
    const plan = await planRelease(
      { ...member.settings, root, releaseType: 'version', version: shared },
      start,
    );
    plans[plans.indexOf(member)] = { ...member, plan };
  }
}
