import 'server-only';
import { isAcceptedWebhookSecret, presentedSecret } from '@/lib/auth/webhook-secrets';
import { loadConfig, type AppConfig } from '@/lib/config/env';
import { getDatabase } from '@/lib/db/client';
import { bodyFormatOf, parseWebhookBody, type WebhookBodyFormat } from '@/lib/greenarrow/webhook-body';
import { ApiError } from '@/lib/http/api-error';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import type { RequestContext } from '@/lib/http/request-context';
import { sortEvents } from '@/lib/ingest/sort-events';
import { storeBatch, type BatchOutcome } from '@/lib/ingest/store-batch';

export interface WebhookResult {
  format: WebhookBodyFormat;
  outcome: BatchOutcome;
}

/** Authenticates, parses, sorts and durably stores one webhook post. */
export async function receiveWebhook(request: Request, context: RequestContext): Promise<WebhookResult> {
  const config = loadConfig();
  if (!(await secretAccepted(request, config, context))) {
    throw new ApiError('unauthorized', 'A valid webhook secret is required (bearer, basic or ?token=)');
  }
  const format = bodyFormatOf(request.headers.get('content-type'));
  const body = parseWebhookBody(format, await readLimitedBody(request, config.webhookMaxBodyBytes));
  const batch = sortEvents(body.events);
  const outcome = await storeOrUnavailable(batch, context);
  for (const event of batch.rejected) {
    context.log.warn({ eventType: event.eventType, reason: event.reason }, 'event rejected');
  }
  context.log.info({ format, received: body.events.length, ...outcome }, 'batch accepted');
  return { format, outcome };
}

async function secretAccepted(request: Request, config: AppConfig, context: RequestContext) {
  try {
    return await isAcceptedWebhookSecret(presentedSecret(request), config, getDatabase);
  } catch (error) {
    context.log.error({ err: error }, 'webhook secret not checked');
    throw new ApiError('database_unavailable', 'The webhook secret could not be checked; retry later');
  }
}

async function storeOrUnavailable(
  batch: ReturnType<typeof sortEvents>,
  context: RequestContext,
): Promise<BatchOutcome> {
  try {
    return await storeBatch(await getDatabase(), batch);
  } catch (error) {
    context.log.error({ err: error }, 'batch not stored');
    throw new ApiError('database_unavailable', 'The events could not be stored; retry later');
  }
}
