/** How artifacts are named: `<stem>-<version>[-<platform>].<format>`, with characters safe everywhere. */

export const ARCHIVE_FORMATS = ['tar.gz', 'zip'] as const;
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

/**
 * Letters, digits, dot, underscore, plus and dash, starting with a letter or
 * digit: no path separators, no spaces, nothing a shell or `sha256sum -c`
 * would need to escape.
 */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
export const SAFE_NAME_EXPECTED = 'letters, digits, ".", "_", "+" or "-", starting with a letter or digit';

export function isSafeName(value: string): boolean {
  return SAFE_NAME.test(value) && value.length <= 200;
}

export function artifactFileName(
  stem: string,
  version: string,
  platform: string | undefined,
  format: ArchiveFormat,
) {
  return `${stem}-${version}${platform ? `-${platform}` : ''}.${format}`;
}

/** The part of a file's name an artifact is named after: `app.exe` → `app`, a directory keeps its name. */
export function stemOf(baseName: string, isDirectory: boolean): string {
  if (isDirectory) return baseName;
  const dot = baseName.lastIndexOf('.');
  return dot > 0 ? baseName.slice(0, dot) : baseName;
}

/** A stem made safe: anything outside the safe set becomes `_`. */
export function safeStem(stem: string): string {
  const cleaned = stem.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^[^A-Za-z0-9]+/, '');
  return cleaned || 'artifact';
}
