/**
 * Conditional requests: GitHub answers a GET that carries the ETag of an
 * earlier answer in `If-None-Match` with 304 Not Modified when nothing
 * changed, and a 304 made with an Authorization header does not count against
 * the primary rate limit. The cache keeps, per URL, the ETag, the data (as a
 * caller chose to keep it) and the Link header that pagination follows, and can
 * be saved to a file so that the next run (with the file restored by
 * actions/cache) asks only for what changed.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { GitHubClient } from './github.js';

interface Entry {
  etag: string;
  link?: string;
  data: unknown;
}

/** Shrinks what is kept for a URL (keep only the fields a reader uses); the identity by default. */
export type Slimmer = (url: string, data: unknown) => unknown;

export interface RequestCounts {
  /** Every request sent. */
  requests: number;
  /** Answered 304 from the cache: free of the primary rate limit. */
  notModified: number;
}

const FORMAT = 1;

export class EtagCache {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly slim: Slimmer = (_url, data) => data) {}

  get size(): number {
    return this.entries.size;
  }

  get(url: string): Entry | undefined {
    return this.entries.get(url);
  }

  set(url: string, entry: Entry): void {
    this.entries.set(url, { ...entry, data: this.slim(url, entry.data) });
  }

  /** A cache file from an earlier run; a missing or unreadable one is an empty cache. */
  static async load(path: string, slim?: Slimmer): Promise<EtagCache> {
    const cache = new EtagCache(slim);
    let parsed: { format?: number; entries?: Record<string, Entry> };
    try {
      parsed = JSON.parse(await readFile(path, 'utf8')) as typeof parsed;
    } catch {
      return cache;
    }
    if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null)
      return cache;
    for (const [url, entry] of Object.entries(parsed.entries)) {
      if (typeof entry?.etag === 'string') cache.entries.set(url, entry);
    }
    return cache;
  }

  /** Written to a temporary file first, so a cancelled run never leaves half a cache behind. */
  async save(path: string): Promise<void> {
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(
      temporary,
      JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }),
      'utf8',
    );
    await rename(temporary, path);
  }
}

/**
 * Sends `If-None-Match` on every GET the cache has an ETag for and turns a 304
 * into the cached answer, so callers (and octokit.paginate) see a normal 200.
 * Also counts requests, conditional or not, for the cost report.
 */
export function useConditionalRequests(octokit: GitHubClient, cache: EtagCache | undefined): RequestCounts {
  const counts: RequestCounts = { requests: 0, notModified: 0 };
  octokit.hook.wrap('request', async (request, options) => {
    counts.requests += 1;
    if (!cache || String(options.method).toUpperCase() !== 'GET') return request(options);
    const url = octokit.request.endpoint(options).url;
    const cached = cache.get(url);
    if (cached) options.headers = { ...options.headers, 'if-none-match': cached.etag };
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      if (etag) cache.set(url, { etag, link: response.headers.link, data: response.data });
      return response;
    } catch (thrown) {
      if (cached && (thrown as { status?: number }).status === 304) {
        counts.notModified += 1;
        const headers = cached.link ? { etag: cached.etag, link: cached.link } : { etag: cached.etag };
        return { status: 200, url, headers, data: cache.get(url)!.data } as Awaited<
          ReturnType<typeof request>
        >;
      }
      throw thrown;
    }
  });
  return counts;
}
