import { describe, expect, it } from '@jest/globals';
import { chunk, markdownToSlack, retryAfterMs, scrub, truncate } from '../../../packages/notify/src/index.js';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('hello', 5)).toBe('hello');
  });

  it('cuts at a word boundary near the end and adds an ellipsis, within the limit', () => {
    const cut = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(cut).toBe('the quick brown fox…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('never splits an emoji (a surrogate pair)', () => {
    const text = '🚀'.repeat(10);
    const cut = truncate(text, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('🚀🚀…');
    expect(Buffer.from(cut, 'utf8').toString('utf8')).toBe(cut);
  });
});

describe('chunk', () => {
  it('splits at line ends, each piece within the limit, losing nothing but the break', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const pieces = chunk(lines.join('\n'), 300);
    expect(pieces.every((piece) => piece.length <= 300)).toBe(true);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
  });

  it('splits a long line without breaks anywhere safe', () => {
    const pieces = chunk('a'.repeat(25), 10);
    expect(pieces).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });
});

describe('markdownToSlack', () => {
  it('converts links, bold, headings and bullets, and escapes control characters', () => {
    expect(markdownToSlack('## New\n- **fast** & <safe> [docs](https://x.dev/a?b=1&c=2)\n<!here>')).toBe(
      '*New*\n• *fast* &amp; &lt;safe&gt; <https://x.dev/a?b=1&c=2|docs>\n&lt;!here&gt;',
    );
  });

  it('keeps code blocks as they are, escaped', () => {
    expect(markdownToSlack('```\n**not bold** <x>\n```')).toBe('```\n**not bold** &lt;x&gt;\n```');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-05T09:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('0.5', now)).toBe(500);
    expect(retryAfterMs('Mon, 05 Jan 2026 09:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Mon, 05 Jan 2026 08:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('scrub', () => {
  it('removes a webhook URL whole, by its path and percent-encoded', () => {
    const url = 'https://hooks.slack.com/services/T0/B0/secretpart';
    const text = `POST ${url} failed; Cannot POST /services/T0/B0/secretpart; ${encodeURIComponent(url)}`;
    expect(scrub(text, [url])).toBe('POST *** failed; Cannot POST ***; ***');
  });

  it('removes plain secrets and ignores very short values', () => {
    expect(scrub('token xoxb-123456 and a', ['xoxb-123456', 'a'])).toBe('token *** and a');
  });
});
