import { readWorkspaceText } from '../parse/files.js';
import { outcome, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';

export interface ChangelogSection {
  title: string;
  line: number;
  level: number;
  /** Non-blank lines under the heading, up to the next heading of the same or a higher level. */
  entries: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s/;

/**
 * The headings of a Markdown changelog, each with the count of content lines
 * under it up to the next heading of the same or a higher level (so a version
 * whose notes sit under `### Fixes` is not empty). Fenced code is not a heading.
 */
export function changelogSections(text: string): ChangelogSection[] {
  const lines = text.split(/\r?\n/);
  const headings: { title: string; line: number; level: number }[] = [];
  const content: boolean[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) headings.push({ title: heading[2]!, line: index + 1, level: heading[1]!.length });
    content.push(!heading && line.trim() !== '' && !LINK_DEFINITION.test(line));
  });
  return headings.map((heading, index) => {
    const next = headings.find((h, i) => i > index && h.level <= heading.level);
    const to = next ? next.line - 1 : lines.length;
    let entries = 0;
    for (let i = heading.line; i < to; i += 1) if (content[i]) entries += 1;
    return { ...heading, entries };
  });
}

export function versionHeading(title: string, version: string): boolean {
  const escaped = version.replace(/[.+]/g, '\\$&');
  return new RegExp(`(^|[^\\w.-])v?${escaped}(?![\\w.-]*\\d|-)`).test(title);
}

/** changelog: an entry for the version, or a non-empty Unreleased section. */
export async function changelogGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const file = settings.changelog;
  const threshold = settings.version
    ? `entry for ${settings.version} (or Unreleased)`
    : 'non-empty Unreleased section';
  const read = await readWorkspaceText(context.workspace, file, file);
  if (!('text' in read)) {
    const summary = read.problem;
    return outcome(false, { value: read.value, threshold, summary, evidence: [{ message: summary, file }] });
  }
  const text = read.text;
  const sections = changelogSections(text);
  const entry = settings.version
    ? sections.find((s) => versionHeading(s.title, settings.version!))
    : undefined;
  const unreleased = sections.find((s) => /\bunreleased\b/i.test(s.title));
  if (entry && entry.entries > 0) {
    return outcome(true, {
      value: `entry "${entry.title}"`,
      threshold,
      summary: `${file} has ${entry.entries} line(s) for ${settings.version}`,
      evidence: [{ message: `entry for ${settings.version}`, file, line: entry.line }],
      data: { file, section: entry.title, line: entry.line },
    });
  }
  if (unreleased && unreleased.entries > 0) {
    return outcome(true, {
      value: `Unreleased (${unreleased.entries} lines)`,
      threshold,
      summary: `${file} has a non-empty Unreleased section${settings.version ? ` to become ${settings.version}` : ''}`,
      evidence: [{ message: 'Unreleased section', file, line: unreleased.line }],
      data: { file, section: unreleased.title, line: unreleased.line },
    });
  }
  const problem = entry
    ? `the entry for ${settings.version} in ${file} is empty`
    : unreleased
      ? `${file} has no entry for ${settings.version ?? 'the release'} and its Unreleased section is empty`
      : `${file} has no ${settings.version ? `entry for ${settings.version} and no ` : ''}Unreleased section`;
  const at = entry ?? unreleased;
  return outcome(false, {
    value: entry ? 'empty entry' : unreleased ? 'empty Unreleased' : 'no entry',
    threshold,
    summary: problem,
    evidence: [{ message: problem, file, line: at?.line ?? 1 }],
    data: { file },
  });
}
