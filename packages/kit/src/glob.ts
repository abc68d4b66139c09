/** Files matched by the toolkit's glob patterns (`**`, `!` excludes, one pattern a line). */
export interface GlobOptions {
  matchDirectories?: boolean;
  implicitDescendants?: boolean;
}

/** @actions/glob is loaded on the first search, not at start-up. */
export async function globFiles(patterns: string, options: GlobOptions = {}): Promise<string[]> {
  const { create } = await import('@actions/glob');
  const globber = await create(patterns, options);
  return globber.glob();
}
