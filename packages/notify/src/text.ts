/**
 * Text shaping for channels with length limits and their own Markdown dialects.
 * Lengths are counted in UTF-16 code units (what JavaScript and these APIs count),
 * and a cut never splits a surrogate pair, so an emoji is never broken in half.
 */

const ELLIPSIS = '…';

/** Cuts before `index` without leaving half of a surrogate pair. */
function safeCut(text: string, index: number): string {
  if (index <= 0) return '';
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, index - 1) : text.slice(0, index);
}

/**
 * Shortens `text` to at most `max` code units, ending with `…`. The cut is moved
 * back to a line break or a space when one is near, so words stay whole.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return safeCut(ELLIPSIS, max);
  const room = max - ELLIPSIS.length;
  let cut = safeCut(text, room);
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (boundary >= room * 0.8) cut = cut.slice(0, boundary);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * Splits `text` into pieces of at most `max` code units, breaking at line ends
 * where possible (paragraphs stay together), else at spaces, else anywhere safe.
 */
export function chunk(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = safeCut(rest, max);
    let cut = window.lastIndexOf('\n');
    if (cut < max * 0.5) cut = window.lastIndexOf(' ');
    if (cut < max * 0.5) cut = window.length;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((piece, index) => piece.length > 0 || index === 0);
}

/** Slack's three control characters must be escaped in any text it should show as written. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g;

/**
 * GitHub-flavoured Markdown to Slack mrkdwn: links become `<url|text>`, `**bold**`
 * and headings become `*bold*`, list markers become bullets. Everything else is
 * escaped, so `<!channel>` or `<@U123>` in release notes never pings anyone.
 * Code blocks are left as they are (Slack renders them the same way).
 */
export function markdownToSlack(markdown: string): string {
  const parts = markdown.split(/(```[\s\S]*?```)/g);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return escapeSlack(part);
      // Links are swapped for private-use markers while the rest is escaped, then put back.
      const links: string[] = [];
      const withTokens = part.replace(LINK, (_, label: string, url: string) => {
        links.push(
          `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeSlack(label).replace(/\|/g, '¦')}>`,
        );
        return `\uE000${links.length - 1}\uE000`;
      });
      return escapeSlack(withTokens)
        .replace(/^#{1,6}\s+(.+?)\s*#*$/gm, '*$1*')
        .replace(/\*\*(.+?)\*\*/g, '*$1*')
        .replace(/__(.+?)__/g, '*$1*')
        .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
        .replace(/\uE000(\d+)\uE000/g, (_, n: string) => links[Number(n)]!);
    })
    .join('');
}

/** Headings as bold lines: for renderers (Adaptive Cards) that have no headings. */
export function headingsToBold(markdown: string): string {
  return markdown.replace(/^#{1,6}\s+(.+?)\s*#*$/gm, '**$1**');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
