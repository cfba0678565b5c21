import type { z } from 'zod';
import { ApiError } from '@/lib/http/api-error';

// Small JSON bodies of the dashboard's own forms, validated by a schema.

const MAX_FORM_BYTES = 16 * 1024;

export async function readJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) throw new ApiError('invalid_request', 'The body is too large');
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new ApiError('malformed_json', 'The body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      'invalid_request',
      `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** A positive integer id from a path segment. */
export function idFromSegment(segment: string): number {
  if (!/^[1-9]\d{0,9}$/.test(segment) || Number(segment) > 2_147_483_647) {
    throw new ApiError('invalid_request', 'id: a positive number');
  }
  return Number(segment);
}
