import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { authorize, type Access } from '@/lib/auth/access';
import type { SignedInUser } from '@/lib/auth/sessions';
import { logger, type Logger } from '@/lib/log/logger';
import { ApiError, errorBody } from '@/lib/http/api-error';
import { WebhookBodyError } from '@/lib/greenarrow/webhook-body';

export interface RequestContext {
  requestId: string;
  log: Logger;
  /** The signed-in member; null on public routes. */
  user: SignedInUser | null;
}

export interface HandleOptions {
  /** Who may call the route; a signed-in member unless the route says otherwise. */
  access?: Access;
}

type Handler = (request: Request, context: RequestContext) => Promise<Response>;

/**
 * Gives a handler a request id, logger and the signed-in member its access asks for,
 * and maps every thrown error to the envelope.
 */
export function handleRequest(
  request: Request,
  handler: Handler,
  { access = 'session' }: HandleOptions = {},
): Promise<Response> {
  const requestId = request.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
  const log = logger.child({ requestId, method: request.method, path: new URL(request.url).pathname });
  return authorize(request, access)
    .then((user) => handler(request, { requestId, log, user }))
    .catch((error: unknown) => errorResponse(error, log))
    .then((response) => {
      response.headers.set('x-request-id', requestId);
      return response;
    });
}

export function errorResponse(error: unknown, log: Logger): Response {
  if (error instanceof ApiError || error instanceof WebhookBodyError) {
    const status = error.status;
    log[status >= 500 ? 'error' : 'warn']({ code: error.code, status }, error.message);
    const headers = error instanceof ApiError ? error.headers : {};
    return NextResponse.json(errorBody(error.code, error.message), { status, headers });
  }
  log.error({ err: error }, 'unhandled error');
  return NextResponse.json(errorBody('internal_error', 'Something went wrong on our side'), {
    status: 500,
  });
}
