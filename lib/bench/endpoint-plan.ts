import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The dashboard's read endpoints, found in app/api rather than listed by hand, so an
// endpoint finished after this script was written is still measured.

/** Not dashboard reads: the webhook, health, sign-in and the admin and share machinery. */
const NOT_DASHBOARD = /^\/api\/(events|health|auth|admin|share)(\/|$)/;

export const RANGES = { '24h': 24, '7d': 168, '30d': 720 } as const;
export type RangeName = keyof typeof RANGES;

export interface Fixtures {
  /** The newest attempt's hour: every range ends there. */
  end: Date;
  domain: string;
  reason: string;
  attemptId: number;
  /** A keyset cursor half-way back through each range, as page N of the log would carry. */
  deepCursors: Record<RangeName, string>;
}

export interface PlannedRequest {
  endpoint: string;
  range: RangeName | '-';
  path: string;
}

/** Every GET route under app/api as an URL pattern such as /api/domains/[domain]. */
export function discoverRoutes(appDir: string): string[] {
  const apiDir = path.join(appDir, 'api');
  return readdirSync(apiDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .filter((file) =>
      /export (async )?function GET\b/.test(readFileSync(path.join(apiDir, file), 'utf8')),
    )
    .map((file) => `/api/${path.dirname(file).split(path.sep).join('/')}`)
    .filter((route) => !NOT_DASHBOARD.test(route))
    .sort();
}

type Variant = { name: string; query: Record<string, string> };

// How each known route is asked, beyond its time range; an unknown route gets the range only.
const VARIANTS: Record<string, (fixtures: Fixtures, range: RangeName) => Variant[]> = {
  '/api/breakdowns': (): Variant[] => [
    { name: 'deferrals', query: { set: 'deferrals' } },
    { name: 'failures', query: { set: 'failures' } },
  ],
  '/api/attempts': (fixtures, range): Variant[] => [
    { name: 'log page 1', query: {} },
    { name: 'log deep page', query: { cursor: fixtures.deepCursors[range] } },
    { name: 'log failures', query: { status: 'failure,failure_toolong' } },
  ],
  '/api/domains': (): Variant[] => [
    { name: 'domain list', query: {} },
    { name: 'domain list by deferral rate', query: { sort: 'deferralRate', page: '3' } },
  ],
};

export function planRequests(routes: string[], fixtures: Fixtures): PlannedRequest[] {
  const planned: PlannedRequest[] = [];
  for (const route of routes) {
    if (route === '/api/attempts/[id]') {
      planned.push({
        endpoint: 'attempt detail',
        range: '-',
        path: `/api/attempts/${fixtures.attemptId}`,
      });
      continue;
    }
    const concrete = route
      .replace('[domain]', encodeURIComponent(fixtures.domain))
      .replace('[id]', encodeURIComponent(fixtures.reason));
    for (const range of Object.keys(RANGES) as RangeName[]) {
      const variants = VARIANTS[route]?.(fixtures, range) ?? [
        { name: endpointName(route), query: {} },
      ];
      for (const variant of variants) {
        const query = new URLSearchParams({ ...rangeQuery(fixtures.end, range), ...variant.query });
        planned.push({ endpoint: variant.name, range, path: `${concrete}?${query}` });
      }
    }
  }
  return planned;
}

function endpointName(route: string): string {
  const known: Record<string, string> = {
    '/api/overview': 'overview',
    '/api/domains/[domain]': 'one domain',
    '/api/reasons': 'reasons list',
    '/api/reasons/[id]': 'one reason',
    '/api/ingestion': 'ingestion',
  };
  return known[route] ?? route.replace(/^\/api\//, '');
}

export function rangeQuery(end: Date, range: RangeName): { from: string; to: string } {
  const from = new Date(end.getTime() - RANGES[range] * 3_600_000);
  return { from: from.toISOString(), to: end.toISOString() };
}
