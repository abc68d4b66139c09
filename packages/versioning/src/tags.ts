import semver from 'semver';
import { git, gitText } from '../../kit/src/index.js';

/** Release tags: `<prefix><semver>` reachable from a commit; anything else is ignored. */

export interface ReleaseTag {
  name: string;
  version: string;
  /** The commit the tag points at (peeled through annotated tags). */
  commit: string;
}

export interface ReleaseHistory {
  /** The highest version reachable, prereleases included: the base for the next version. */
  last?: ReleaseTag;
  /** The highest stable version reachable: where the commits to analyse start. */
  lastStable?: ReleaseTag;
  /** Every release tag reachable, highest first. */
  all: ReleaseTag[];
}

/** The version a tag names under this prefix, or undefined when it is not `<prefix><strict semver>`. */
export function versionOfTag(tag: string, prefix: string): string | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const rest = tag.slice(prefix.length);
  return semver.valid(rest) === rest ? rest : undefined;
}

function globEscape(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

export async function listReleaseTags(
  cwd: string,
  prefix: string,
  mergedInto?: string,
): Promise<ReleaseTag[]> {
  const args = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)'];
  if (mergedInto) args.push(`--merged=${mergedInto}`);
  args.push(`refs/tags/${globEscape(prefix)}*`);
  const { stdout } = await git(args, { cwd });
  const tags: ReleaseTag[] = [];
  for (const line of stdout.split('\n')) {
    if (!line) continue;
    const [name = '', object = '', peeled = ''] = line.split('\0');
    const version = versionOfTag(name, prefix);
    if (version) tags.push({ name, version, commit: peeled || object });
  }
  return tags.sort((a, b) => semver.rcompare(a.version, b.version));
}

/** The commit a tag points at, or undefined when there is no such tag here. */
export async function tagCommit(cwd: string, tag: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
    cwd,
    allowFailure: true,
  });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The annotation of a tag (empty for a lightweight tag). */
export async function tagMessage(cwd: string, tag: string): Promise<string> {
  return gitText(['for-each-ref', '--format=%(contents)', `refs/tags/${tag}`], { cwd });
}
