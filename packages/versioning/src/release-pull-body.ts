import { fillTemplate, type ReleaseSettings } from './settings.js';

/**
 * The release pull request's text: a title, the notes as its body, and a marker the next run reads
 * back once it is merged (which tag each component gets). The marker holds a list, so one pull
 * request can carry several components of a monorepo.
 */

export interface ReleaseComponent {
  /** The monorepo component's name, as the config file declares it; absent for the whole repository. */
  name?: string;
  /** The component's folder ('.' for the whole repository). */
  path: string;
  tag: string;
  version: string;
  /** The version released before this one. */
  previous?: string;
}

export interface ReleaseMarker {
  target: string;
  components: ReleaseComponent[];
}

/** release-please's labels, so that dashboards and habits carry over. */
export const RELEASE_LABELS = { pending: 'autorelease: pending', tagged: 'autorelease: tagged' } as const;

const MARKER = /<!-- release-actions:release (\{.*?\}) -->/;
const NOTES_START = '<!-- release-actions:notes:start -->';
const NOTES_END = '<!-- release-actions:notes:end -->';

/** The pull request branch for a target branch, in release-please's style. */
export function releasePullBranch(target: string): string {
  return `release-actions--branches--${target}`;
}

/** The commit message's first line, for one component or several (their tags and versions listed). */
export function pullTitle(
  settings: Pick<ReleaseSettings, 'commitMessage'>,
  components: ReleaseComponent[],
): string {
  return fillTemplate(settings.commitMessage, releaseValues(components)).split('\n')[0]!;
}

/** `{tag}` and `{version}` for the release commit: `v1.2.0`, or `api-v1.2.0, web-v2.0.0`. */
export function releaseValues(components: ReleaseComponent[]): { version: string; tag: string } {
  if (components.length === 1) return { version: components[0]!.version, tag: components[0]!.tag };
  return {
    tag: components.map((c) => c.tag).join(', '),
    version: components.map((c) => `${c.name ?? c.path} ${c.version}`).join(', '),
  };
}

export function pullBody(input: {
  target: string;
  /** The branch the release is planned from, when it is not the target (a hotfix branch). */
  source?: string;
  components: Array<ReleaseComponent & { notes: string }>;
  limit: number;
}): string {
  const marker: ReleaseMarker = {
    target: input.target,
    components: input.components.map(({ name, path, tag, version, previous }) => ({
      ...(name ? { name } : {}),
      path,
      tag,
      version,
      ...(previous ? { previous } : {}),
    })),
  };
  const names = input.components.map((c) => `\`${c.tag}\``).join(', ');
  const from = input.source ?? input.target;
  const intro =
    `Merging this pull request releases ${names} from \`${from}\`: the next run of the release ` +
    'workflow tags the merge commit, then builds, deploys and announces it.\n';
  const outro =
    `\n---\nKept up to date on every push to \`${from}\`; edits to this text are replaced. ` +
    "To change the notes, change the commits (or a merged pull request's `BEGIN_COMMIT_OVERRIDE` block).\n\n" +
    `<!-- release-actions:release ${JSON.stringify(marker)} -->\n`;
  const room = input.limit - intro.length - outro.length;
  const sections = input.components
    .map(
      (c) =>
        `\n## ${c.name ? `${c.name}: ` : ''}${c.tag}\n\n${NOTES_START}\n${c.notes.trimEnd()}\n${NOTES_END}\n`,
    )
    .join('');
  const cut =
    sections.length > room
      ? `${sections.slice(0, room - 200)}\n\n… (the notes are too long for a pull request body; the CHANGELOG has them whole)\n${NOTES_END}\n`
      : sections;
  return intro + cut + outro;
}

export function readMarker(body: string | null | undefined): ReleaseMarker | undefined {
  const found = body ? MARKER.exec(body) : null;
  if (!found) return undefined;
  try {
    const marker = JSON.parse(found[1]!) as ReleaseMarker;
    return Array.isArray(marker.components) && marker.components.length > 0 ? marker : undefined;
  } catch {
    return undefined;
  }
}

/** The notes of the component at `index` (in the marker's order), as the merged pull request showed them. */
export function notesOf(body: string, index = 0): string {
  let start = -1;
  for (let seen = 0; seen <= index; seen += 1) {
    start = body.indexOf(NOTES_START, start + 1);
    if (start === -1) return '';
  }
  const end = body.indexOf(NOTES_END, start);
  if (end === -1) return '';
  return `${body.slice(start + NOTES_START.length, end).trim()}\n`;
}

/**
 * A pull request body's `BEGIN_COMMIT_OVERRIDE` … `END_COMMIT_OVERRIDE` block as commit messages:
 * each line that starts a Conventional Commit header begins a message, other lines are its body.
 */
export function commitOverride(body: string | null | undefined): string[] | undefined {
  const found = body ? /BEGIN_COMMIT_OVERRIDE\s*\r?\n([\s\S]*?)\r?\n\s*END_COMMIT_OVERRIDE/.exec(body) : null;
  if (!found) return undefined;
  const messages: string[][] = [];
  for (const line of found[1]!.split(/\r?\n/)) {
    if (/^\w+(?:\([^()]*\))?!?: \S/.test(line)) messages.push([line.trim()]);
    else if (messages.length > 0) messages.at(-1)!.push(line);
  }
  return messages.map((lines) => lines.join('\n').trim());
}
