/**
 * A sync with no target and no branch to delete has nothing to do. Known from the inputs alone
 * (no git needed), so the step can say so before it loads the sync itself.
 */
export function nothingToSync(options: { targets: string[]; deleteBranch?: string }): string | undefined {
  if (options.targets.length > 0 || options.deleteBranch) return undefined;
  return 'Input "targets": got "", expected at least one branch to merge into (or a delete-branch)';
}
