/**
 * Every channel's payload is measured as the bytes actually sent (UTF-8 of the
 * JSON or the mail bodies), not as JavaScript string lengths: 20,000 UTF-16
 * units of Japanese text with emoji are about 31 KB. When the notes do not fit,
 * they are cut at a line or word, and the message says so and links to the
 * full notes.
 *
 * Each budget is the service's documented limit less a margin for what the
 * service adds or counts differently:
 * - Teams (Workflows, "post card in a chat or channel"): about 28 KB per message
 *   (Microsoft's Teams connector "known issues and limitations"); budget 25,000 bytes.
 * - Slack: 3,000 characters per section and 50 blocks (Block Kit reference); calls
 *   with much more than 13,000 characters of blocks are refused as msg_blocks_too_long;
 *   budget 12,000 bytes for the whole payload.
 * - Discord: an embed's description holds 4,096 characters and all its text 6,000
 *   (Discord's embed limits); counted in UTF-16 units, never fewer than Discord's count.
 * - E-mail: relays commonly refuse messages over 10 MB; budget 1,000,000 bytes of bodies.
 * - JSON webhooks: 512,000 bytes, well under what common receivers accept.
 * - GitHub release body: 125,000 characters ("body is too long (maximum is 125000
 *   characters)"); budget 120,000 bytes, which is never more characters.
 */
export const BYTE_BUDGETS = {
  teams: 25_000,
  slack: 12_000,
  email: 1_000_000,
  webhook: 512_000,
  releaseBody: 120_000,
} as const;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** JSON as it goes on the wire, in bytes. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** Cuts before `index` without leaving half of a surrogate pair. */
function safeCut(text: string, index: number): string {
  if (index <= 0) return '';
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, index - 1) : text.slice(0, index);
}

/** `text` cut at `length`, moved back to a line break or space when one is near, ending with `…`. */
function cutAt(text: string, length: number): string {
  let cut = safeCut(text, length);
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (boundary >= length * 0.8) cut = cut.slice(0, boundary);
  return `${cut.trimEnd()}…`;
}

export interface Fitted {
  text: string;
  /** True when the text was cut to fit. */
  cut: boolean;
}

/**
 * The longest start of `text` (ending in `…` and then `notice`) for which
 * `size(candidate)`, the bytes of the whole payload built from it, is within
 * `budget`. `text` itself when it fits; empty when not even the notice fits.
 */
export function fitText(
  text: string,
  budget: number,
  size: (candidate: string) => number,
  notice = '',
): Fitted {
  if (size(text) <= budget) return { text, cut: false };
  let low = 0;
  let high = text.length;
  let best = notice.trimStart();
  if (size(best) > budget) best = '';
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = cutAt(text, middle) + notice;
    if (size(candidate) <= budget) {
      best = candidate;
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return { text: best, cut: true };
}

/** The line added where notes were cut, linking to the whole of them when there is a link. */
export function cutNotice(url: string | undefined, format: 'markdown' | 'slack' | 'plain'): string {
  if (!url) return '\n\n(The notes were shortened to fit.)';
  if (format === 'slack') return `\n\n<${url}|The full notes> are longer than a message allows.`;
  if (format === 'plain') return `\n\nThe full notes are longer than a message allows: ${url}`;
  return `\n\n[The full notes](${url}) are longer than a message allows.`;
}
