// GitHub's page-based pagination: per_page (default 30, at most 100), page (from 1) and a
// Link header with first/prev/next/last, which octokit.paginate follows.
import type { ApiRequest, EmulatorContext, Reply } from './context.js';

export interface Page<T> {
  items: T[];
  link: string | undefined;
}

export function paginate<T>(request: ApiRequest, context: EmulatorContext, all: T[]): Page<T> {
  const perPage = Math.min(Math.max(Number(request.params.per_page ?? 30), 1), 100);
  const page = Math.max(Number(request.params.page ?? 1), 1);
  const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number): string => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `${context.apiUrl}${request.path}?${query.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return { items, link: links.length > 0 ? links.join(', ') : undefined };
}

/** A 200 answer with one page of `all` and its Link header. */
export function pagedReply<T>(
  request: ApiRequest,
  context: EmulatorContext,
  all: T[],
  map: (item: T) => unknown,
): Reply {
  const { items, link } = paginate(request, context, all);
  return { status: 200, body: items.map(map), headers: linkHeaders(link) };
}

export function linkHeaders(link: string | undefined): Record<string, string> {
  return link ? { link } : {};
}
