/** Branch names the synchronisation derives from the ones it is given. */

/** A branch-name-safe slug: `release/v1.4.0` → `release-v1.4.0`, `Fix login crash!` → `fix-login-crash`. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug.slice(0, maxLength).replace(/[-.]+$/g, '');
}

/** The branch a conflicting sync is parked on for its pull request: `sync/<source>-into-<target>`. */
export function syncBranchName(source: string, target: string): string {
  const from = /^[0-9a-f]{40}$/i.test(source) ? source.slice(0, 12) : slugify(source);
  return `sync/${from || 'source'}-into-${slugify(target) || 'target'}`;
}

/** Fills `{source}` and `{target}` in the merge commit message template. */
export function mergeMessage(template: string, source: string, target: string): string {
  return template.replace(/\{source\}/g, source).replace(/\{target\}/g, target);
}
