import { parseReportQuery } from '@/lib/reports/report-filters';
import { reportSearch } from '@/lib/reports/report-links';

// What a share link may see: one page of the dashboard and the API requests that page
// makes, with the filters and range stored in the link. The client chooses nothing but
// its position inside the view (sort and page of a list).

export interface EndpointGrant {
  /** The endpoint below /api, path segments decoded: `overview`, `domains/gmail.com`. */
  endpoint: string;
  /** Parameters the page itself always sends to this endpoint. */
  fixed: Readonly<Record<string, string>>;
  /** Parameters the client may choose: positions within the same rows, never other rows. */
  paging: readonly string[];
}

interface ViewRule {
  page: RegExp;
  grants: (segments: string[]) => EndpointGrant[];
}

const grant = (endpoint: string, fixed = {}, paging: readonly string[] = []): EndpointGrant => ({
  endpoint,
  fixed,
  paging,
});

// The raw log, single attempts and ingestion health are for the team only.
const SHAREABLE_VIEWS: readonly ViewRule[] = [
  { page: /^\/$/, grants: () => [grant('overview')] },
  { page: /^\/deferrals$/, grants: () => [grant('breakdowns', { set: 'deferrals' })] },
  { page: /^\/failures$/, grants: () => [grant('breakdowns', { set: 'failures' })] },
  { page: /^\/reasons$/, grants: () => [grant('reasons')] },
  { page: /^\/reasons\/[^/]+$/, grants: ([, id]) => [grant(`reasons/${id}`)] },
  { page: /^\/domains$/, grants: () => [grant('domains', {}, ['sort', 'dir', 'page'])] },
  { page: /^\/domains\/[^/]+$/, grants: ([, domain]) => [grant(`domains/${domain}`)] },
];

/** A page path with each segment decoded, or null when it cannot be decoded. */
export function normalisePagePath(path: string): string | null {
  if (!path.startsWith('/') || path.includes('?') || path.includes('#')) return null;
  try {
    const segments = path
      .split('/')
      .slice(1)
      .map((segment) => decodeURIComponent(segment));
    if (segments.some((segment) => segment.includes('/'))) return null;
    const normalised = `/${segments.join('/')}`;
    return normalised.length > 1 && normalised.endsWith('/') ? normalised.slice(0, -1) : normalised;
  } catch {
    return null;
  }
}

function rulesFor(pagePath: string): EndpointGrant[] | null {
  const rule = SHAREABLE_VIEWS.find((view) => view.page.test(pagePath));
  return rule ? rule.grants(pagePath.split('/').slice(1)) : null;
}

export function isShareablePage(pagePath: string): boolean {
  return rulesFor(pagePath) !== null;
}

/** The grant of one endpoint of a shared page, or null: that request is not part of the view. */
export function grantFor(
  pagePath: string,
  endpointSegments: readonly string[],
): EndpointGrant | null {
  const endpoint = endpointSegments.join('/');
  return rulesFor(pagePath)?.find((candidate) => candidate.endpoint === endpoint) ?? null;
}

export type ViewQueryParse = { ok: true; query: string } | { ok: false; message: string };

/**
 * The stored query of a view: only the report parameters, validated, and a rolling
 * 24 hours made explicit so the link keeps meaning what it showed.
 */
export function viewQuery(search: string): ViewQueryParse {
  const params = new URLSearchParams(reportSearch(search));
  const parsed = parseReportQuery(params);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (!params.has('from') && !params.has('range')) params.set('range', '24h');
  if (params.has('from')) params.delete('range');
  return { ok: true, query: reportSearch(params) };
}

/** The query the endpoint is asked: the stored view, the page's own, the client's position. */
export function scopedSearch(
  endpointGrant: EndpointGrant,
  storedQuery: string,
  clientParams: URLSearchParams,
): URLSearchParams {
  const params = new URLSearchParams(storedQuery);
  for (const [name, value] of Object.entries(endpointGrant.fixed)) params.set(name, value);
  for (const name of endpointGrant.paging) {
    const value = clientParams.get(name);
    if (value) params.set(name, value);
  }
  return params;
}
