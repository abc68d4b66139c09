import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { readFileIfExists } from '../../kit/src/index.js';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import {
  changelogHeading,
  notesFooter,
  planInsertion,
  writeNotesBody,
  type NotesContext,
} from './changelog.js';
import { writeChunk, type FileEdit } from './files.js';
import type { Plan } from './plan.js';
import { linkPullRequests, type FindPulls, type LookupReport, type PullLink } from './pull-requests.js';
import type { ReleaseSettings, WrittenNotes } from './settings.js';
import { detectedSpecs, planVersionFiles } from './version-files/index.js';

/**
 * The release's text and files: the notes (written once, to the notes file, and
 * streamed from there into the changelog), and every version file edit, all
 * computed before anything in the repository is written.
 */

export function notesContext(
  settings: ReleaseSettings,
  plan: Plan,
  date: string,
  links?: Map<string, PullLink>,
): NotesContext {
  return {
    version: plan.version!,
    tag: plan.tag!,
    previousTag: plan.notesFrom?.name,
    date,
    repositoryUrl: settings.repositoryUrl,
    links,
  };
}

export async function lookupPulls(
  settings: ReleaseSettings,
  plan: Plan,
  findPulls: FindPulls | undefined,
): Promise<{ links?: Map<string, PullLink>; report?: LookupReport }> {
  if (!findPulls || settings.pullLookupLimit === 0 || unreachableFinders.has(findPulls)) return {};
  const { links, report } = await linkPullRequests(plan.notes.lookupCandidates, findPulls, {
    limit: settings.pullLookupLimit,
  });
  if (report.unreachable) {
    // Said once: a later plan of the same run (after a race on the branch) skips the lookup silently.
    unreachableFinders.add(findPulls);
    settings.log.warning(
      `Pull request lookups skipped after the first try: ${report.error}. The notes link ${report.linked > 0 ? 'what was found so far and ' : ''}commits only; the release goes on.`,
    );
  } else if (report.error) {
    const permission = report.forbidden ? ' The job needs `pull-requests: read` for the rest.' : '';
    settings.log.warning(
      `Pull request lookup stopped (${report.error}); the notes link what was found so far.${permission}`,
    );
  }
  return { links, report };
}

/** Lookups whose API gave no answer: not tried again in the same run. */
const unreachableFinders = new WeakSet<FindPulls>();

export async function writeNotes(
  settings: ReleaseSettings,
  plan: Plan,
  ctx: NotesContext,
): Promise<WrittenNotes> {
  await mkdir(settings.notesDir, { recursive: true });
  const file = join(settings.notesDir, `${plan.tag!.replace(/[^\w.-]+/g, '-')}-notes.md`);
  const out = createWriteStream(file);
  let preview = '';
  let chars = 0;
  let bodyBytes = 0;
  const take = async (text: string) => {
    if (preview.length < settings.previewLimit)
      preview += text.slice(0, settings.previewLimit - preview.length);
    chars += text.length;
    bodyBytes += Buffer.byteLength(text);
    await writeChunk(out, text);
  };
  await writeNotesBody(plan.notes.entries, ctx, take);
  const footer = notesFooter(ctx);
  await writeChunk(out, footer);
  out.end();
  await once(out, 'finish');
  const truncated = chars > preview.length;
  return { file, preview: truncated ? preview : preview + footer, truncated, bodyBytes };
}

/** Copies the first `bytes` of the notes file into the changelog, in the file's own line endings. */
async function copyBody(out: Writable, notes: WrittenNotes, crlf: boolean): Promise<void> {
  if (notes.bodyBytes === 0) return;
  for await (const chunk of createReadStream(notes.file, {
    encoding: 'utf8',
    start: 0,
    end: notes.bodyBytes - 1,
  })) {
    await writeChunk(out, crlf ? (chunk as string).replace(/\n/g, '\r\n') : (chunk as string));
  }
}

/** Every file the release writes; a file that cannot be updated stops the release here, before any write. */
export async function fileEdits(
  settings: ReleaseSettings,
  root: string,
  plan: Plan,
  ctx: NotesContext,
  notes: WrittenNotes,
): Promise<FileEdit[]> {
  const specs = settings.versionFiles ?? detectedSpecs(settings.path);
  const versionFiles = await planVersionFiles(root, specs, plan.version!);
  for (const skipped of versionFiles.skipped) settings.log.info(`Skipped ${skipped}`);
  const edits: FileEdit[] = [...versionFiles.edits];
  if (settings.changelogFile) {
    const before = await readFileIfExists(join(root, settings.changelogFile));
    const at = planInsertion(before, plan.version!);
    if (!at) settings.log.info(`${settings.changelogFile} already has a section for ${plan.version}`);
    else {
      const heading = changelogHeading(ctx);
      const after = async (out: Writable) => {
        await writeChunk(out, at.before + (at.crlf ? heading.replace(/\n/g, '\r\n') : heading));
        await copyBody(out, notes, at.crlf);
        await writeChunk(out, at.after);
      };
      edits.push({ path: settings.changelogFile, before, after });
    }
  }
  return edits;
}
