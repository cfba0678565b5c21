import { WebhookBodyError } from '@/lib/greenarrow/webhook-body';

/** Reads a request body as UTF-8, refusing it as soon as it passes `limitBytes`. */
export async function readLimitedBody(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(limitBytes: number): WebhookBodyError {
  return new WebhookBodyError(
    413,
    'body_too_large',
    `The body is larger than the limit of ${limitBytes} bytes (WEBHOOK_MAX_BODY_BYTES)`,
  );
}
