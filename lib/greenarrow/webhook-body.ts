// Turns a webhook request body into a list of raw events. GreenArrow posts one
// JSON object, a JSON array (the batching processor) or a legacy form post.

export type WebhookBodyFormat = 'json' | 'form';

export interface WebhookBody {
  format: WebhookBodyFormat;
  events: unknown[];
}

export class WebhookBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'malformed_json' | 'body_too_large' | 'unsupported_media_type' | 'empty_body',
    message: string,
  ) {
    super(message);
    this.name = 'WebhookBodyError';
  }
}

export function bodyFormatOf(contentType: string | null): WebhookBodyFormat {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  throw new WebhookBodyError(
    415,
    'unsupported_media_type',
    `Content-Type ${mediaType ? `"${mediaType}"` : 'is missing; it'} must be application/json ` +
      'or application/x-www-form-urlencoded',
  );
}

export function parseWebhookBody(format: WebhookBodyFormat, text: string): WebhookBody {
  if (format === 'form') return { format, events: [formFields(text)] };
  if (text.trim() === '') {
    throw new WebhookBodyError(400, 'empty_body', 'The request body is empty; expected JSON');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unparseable';
    throw new WebhookBodyError(400, 'malformed_json', `The body is not valid JSON: ${detail}`);
  }
  return { format, events: Array.isArray(parsed) ? parsed : [parsed] };
}

function formFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) fields[name] = value;
  return fields;
}
