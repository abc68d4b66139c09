import type { DigestAlgorithm } from './hash.js';

/**
 * Checksum files in the format `sha256sum -c` reads: the hex digest, two
 * spaces (text mode, which on every platform GNU coreutils treats the same
 * as binary), the file name, a line feed; sorted by name.
 */

export const CHECKSUM_FILES: Record<DigestAlgorithm, string> = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' };

export interface Checksummed {
  name: string;
  sha256: string;
  sha512?: string;
}

export function formatChecksums(items: Checksummed[], algorithm: DigestAlgorithm): string {
  return [...items]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((item) => {
      const digest = item[algorithm];
      if (!digest) throw new Error(`no ${algorithm} digest for ${item.name}`);
      // Names are restricted to a safe set, so none needs coreutils' backslash escaping.
      if (/[\\\n\r]/.test(item.name)) throw new Error(`cannot list "${item.name}" in a checksum file`);
      return `${digest}  ${item.name}\n`;
    })
    .join('');
}

/** Reads `<digest>  <name>` and `<digest> *<name>` lines back (for verifying in tests and merges). */
export function parseChecksums(text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}|[0-9a-f]{128}) [ *](.+)$/.exec(line);
    if (match) result.set(match[2]!, match[1]!);
  }
  return result;
}
