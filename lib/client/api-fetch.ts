// Browser-side fetcher: passes the AbortSignal and throws a typed error.

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export async function apiFetch<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (response.status === 401) toSignIn();
  return readResponse<T>(response);
}

// Set from the moment sign-out starts, so a report fetch answered 401 meanwhile does not start a
// second navigation that races the one to the sign-in page.
let leavingPage = false;

/** Ends the session, then loads the sign-in page in full: none of the cached reports survive. */
export async function signOutAndLeave(): Promise<void> {
  leavingPage = true;
  await apiSend('/api/auth/sign-out', 'POST').catch(() => undefined);
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign('/sign-in');
}

/** A session that ended while the page was open: sign in again, then come back here. */
function toSignIn(): void {
  if (leavingPage) return;
  const here = `${window.location.pathname}${window.location.search}`;
  // A full load on purpose: nothing of the ended session's page should survive.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

async function readResponse<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiRequestError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `The server answered ${response.status}`,
    );
  }
  return (await response.json()) as T;
}

/** A change sent as JSON (same origin, so the session cookie and Origin header go with it). */
export async function apiSend<T>(path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readResponse<T>(response);
}
