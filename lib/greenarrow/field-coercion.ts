import { z } from 'zod';

// GreenArrow sends ids as strings or numbers depending on version, and blanks
// for "not applicable"; these coercions accept every shape seen in the field.

const EARLIEST_EPOCH_SECONDS = Date.UTC(2000, 0, 1) / 1000;
const LATEST_EPOCH_SECONDS = Date.UTC(2100, 0, 1) / 1000;

/** An id-like field: string or finite number, blank meaning absent. */
export const optionalId = z
  .union([z.string(), z.number().finite(), z.null()])
  .optional()
  .transform((value) => {
    if (value === null || value === undefined) return null;
    const text = String(value).trim();
    return text === '' ? null : text;
  });

export const optionalText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined || value === '' ? null : value));

/** Epoch seconds (integer or fractional, number or numeric string) or an ISO 8601 string. */
export const epochTime = z.union([z.number(), z.string()]).transform((value, context) => {
  const date = toDate(value);
  if (!date) {
    context.addIssue({ code: 'custom', message: `not a time: ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return date;
});

export const optionalEpochTime = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value, context) => {
    if (value === null || value === undefined || value === '' || value === 0) return null;
    const date = toDate(value);
    if (!date) {
      context.addIssue({ code: 'custom', message: `not a time: ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return date;
  });

/** 0/1, "0"/"1", true/false, "true"/"false"; absent means a first attempt. */
export const retryFlag = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1', 'true', 'false', '']), z.null()])
  .optional()
  .transform((value) => value === true || value === 1 || value === '1' || value === 'true');

export const optionalSize = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d*$/), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined || value === '' ? null : BigInt(value)));

function toDate(value: number | string): Date | null {
  const numeric = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(numeric)) {
    if (numeric < EARLIEST_EPOCH_SECONDS || numeric > LATEST_EPOCH_SECONDS) return null;
    return new Date(Math.round(numeric * 1000));
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
