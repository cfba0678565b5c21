import { WEBHOOK_SECRET } from './test-database';

type RouteHandler = (request: Request) => Promise<Response>;

interface PostOptions {
  contentType?: string | null;
  auth?: 'bearer' | 'basic' | 'query' | 'none' | { bearer: string };
}

/** Builds the request GreenArrow would send and hands it to the route handler. */
export function postToWebhook(
  handler: RouteHandler,
  body: string,
  { contentType = 'application/json', auth = 'bearer' }: PostOptions = {},
): Promise<Response> {
  const url = new URL('http://localhost/api/events');
  const headers = new Headers();
  if (contentType) headers.set('content-type', contentType);
  if (auth === 'bearer') headers.set('authorization', `Bearer ${WEBHOOK_SECRET}`);
  if (auth === 'basic') {
    headers.set('authorization', `Basic ${Buffer.from(`greenarrow:${WEBHOOK_SECRET}`).toString('base64')}`);
  }
  if (auth === 'query') url.searchParams.set('token', WEBHOOK_SECRET);
  if (typeof auth === 'object') headers.set('authorization', `Bearer ${auth.bearer}`);
  return handler(new Request(url, { method: 'POST', headers, body }));
}

export function postJson(handler: RouteHandler, events: unknown, options?: PostOptions) {
  return postToWebhook(handler, JSON.stringify(events), options);
}
