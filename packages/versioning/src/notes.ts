import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { insertSection, renderChangelogSection, renderNotes, type NotesContext } from './changelog.js';
import type { FileEdit } from './files.js';
import type { Plan } from './plan.js';
import { linkPullRequests, type FindPulls, type LookupReport } from './pull-requests.js';
import type { ReleaseSettings } from './settings.js';
import { detectedSpecs, planVersionFiles } from './version-files/index.js';

/** The release's text and files, computed in memory: notes, changelog, version files. */

export function notesContext(settings: ReleaseSettings, plan: Plan, date: string): NotesContext {
  return {
    version: plan.version!,
    tag: plan.tag!,
    previousTag: plan.notesFrom?.name,
    date,
    repositoryUrl: settings.repositoryUrl,
  };
}

export async function releaseNotes(
  settings: ReleaseSettings,
  plan: Plan,
  date: string,
  findPulls: FindPulls | undefined,
): Promise<{ notes: string; lookup?: LookupReport }> {
  let lookup: LookupReport | undefined;
  if (findPulls && settings.pullLookupLimit > 0) {
    lookup = await linkPullRequests(plan.notes.entries, findPulls, { limit: settings.pullLookupLimit });
    if (lookup.error) {
      settings.log.warning(
        `Pull request lookup stopped (${lookup.error}); the notes link what was found so far. The job needs \`pull-requests: read\` for the rest.`,
      );
    }
  }
  return { notes: renderNotes(plan.notes.entries, notesContext(settings, plan, date)), lookup };
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw thrown;
  }
}

/** Every file the release writes; a file that cannot be updated stops the release here, before any write. */
export async function fileEdits(settings: ReleaseSettings, root: string, plan: Plan, date: string): Promise<FileEdit[]> {
  const specs = settings.versionFiles ?? detectedSpecs(settings.path);
  const versionFiles = await planVersionFiles(root, specs, plan.version!);
  for (const skipped of versionFiles.skipped) settings.log.info(`Skipped ${skipped}`);
  const edits = [...versionFiles.edits];
  if (settings.changelogFile) {
    const before = await readOptional(join(root, settings.changelogFile));
    const section = renderChangelogSection(plan.notes.entries, notesContext(settings, plan, date));
    const after = insertSection(before, section, plan.version!);
    if (after !== undefined) edits.push({ path: settings.changelogFile, before, after });
    else settings.log.info(`${settings.changelogFile} already has a section for ${plan.version}`);
  }
  return edits;
}
