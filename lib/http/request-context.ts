import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { logger, type Logger } from '@/lib/log/logger';
import { ApiError, errorBody } from '@/lib/http/api-error';
import { WebhookBodyError } from '@/lib/greenarrow/webhook-body';

export interface RequestContext {
  requestId: string;
  log: Logger;
}

type Handler = (request: Request, context: RequestContext) => Promise<Response>;

/** Gives a handler a request id and logger, and maps every thrown error to the envelope. */
export function handleRequest(request: Request, handler: Handler): Promise<Response> {
  const requestId = request.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
  const log = logger.child({ requestId, method: request.method, path: new URL(request.url).pathname });
  return handler(request, { requestId, log })
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
    return NextResponse.json(errorBody(error.code, error.message), { status });
  }
  log.error({ err: error }, 'unhandled error');
  return NextResponse.json(errorBody('internal_error', 'Something went wrong on our side'), {
    status: 500,
  });
}
