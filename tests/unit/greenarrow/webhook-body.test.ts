import { expect, test } from 'vitest';
import { bodyFormatOf, parseWebhookBody, WebhookBodyError } from '@/lib/greenarrow/webhook-body';

test('content types map to body formats', () => {
  expect(bodyFormatOf('application/json; charset=utf-8')).toBe('json');
  expect(bodyFormatOf('application/vnd.greenarrow+json')).toBe('json');
  expect(bodyFormatOf('application/x-www-form-urlencoded')).toBe('form');
  for (const contentType of ['text/plain', null, 'multipart/form-data; boundary=x']) {
    expect(() => bodyFormatOf(contentType)).toThrow(WebhookBodyError);
  }
});

test('a JSON object is one event and an array is a batch', () => {
  expect(parseWebhookBody('json', '{"a":1}').events).toEqual([{ a: 1 }]);
  expect(parseWebhookBody('json', '[{"a":1},{"a":2}]').events).toEqual([{ a: 1 }, { a: 2 }]);
});

test('a form post is one event of string fields', () => {
  expect(parseWebhookBody('form', 'event_type=scomp&email=a%40b.example&listid=').events).toEqual([
    { event_type: 'scomp', email: 'a@b.example', listid: '' },
  ]);
});

test('malformed and empty JSON bodies are 400 with the reason', () => {
  const malformed = () => parseWebhookBody('json', '{"a":');
  expect(malformed).toThrow(/not valid JSON/);
  try {
    parseWebhookBody('json', '  ');
  } catch (error) {
    expect(error).toMatchObject({ status: 400, code: 'empty_body' });
  }
  expect.assertions(2);
});
