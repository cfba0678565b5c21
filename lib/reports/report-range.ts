import { z } from 'zod';

// The time range every report is asked for: a rolling preset or fixed bounds.

export const RANGE_PRESETS = { '1h': 1, '24h': 24, '3d': 72, '7d': 168, '30d': 720 } as const;
export type RangePreset = keyof typeof RANGE_PRESETS;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const MAX_RANGE_DAYS = 400;

export const reportRangeSchema = z
  .object({
    range: z.enum(Object.keys(RANGE_PRESETS) as [RangePreset, ...RangePreset[]]).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((query) => (query.from === undefined) === (query.to === undefined), {
    message: 'from and to go together',
  });

export type ReportRangeQuery = z.infer<typeof reportRangeSchema>;

export interface ResolvedRange {
  from: Date;
  to: Date;
  bucket: 'hour' | 'day';
}

/** Fixed bounds win over a preset (which ends now); the default is the last 24 hours. */
export function resolveRange(query: ReportRangeQuery, now = new Date()): ResolvedRange {
  let from: Date;
  let to: Date;
  if (query.from && query.to) {
    from = new Date(query.from);
    to = new Date(query.to);
  } else {
    // The end of the current minute: what arrived this minute counts, and a view asked for
    // twice in one minute is the same view.
    to = new Date(Math.ceil((now.getTime() + 1) / MINUTE_MS) * MINUTE_MS);
    from = new Date(to.getTime() - RANGE_PRESETS[query.range ?? '24h'] * HOUR_MS);
  }
  if (from >= to) throw new RangeError('from must be before to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 24 * HOUR_MS) {
    throw new RangeError(`a range may span at most ${MAX_RANGE_DAYS} days`);
  }
  return { from, to, bucket: bucketFor(from, to) };
}

export function bucketFor(from: Date, to: Date): 'hour' | 'day' {
  return to.getTime() - from.getTime() <= 3 * 24 * HOUR_MS ? 'hour' : 'day';
}
