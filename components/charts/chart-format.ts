// Axis and table labels of time buckets, in the view's time zone.

export type TimeBucket = 'minute' | 'hour' | 'day';

export function formatBucket(value: string, bucket: TimeBucket, timeZone: string): string {
  return new Date(value).toLocaleString('en-GB', bucketLabelOptions(bucket, timeZone));
}

function bucketLabelOptions(bucket: TimeBucket, timeZone: string): Intl.DateTimeFormatOptions {
  if (bucket === 'minute') return { hour: '2-digit', minute: '2-digit', timeZone };
  if (bucket === 'hour') {
    return { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone };
  }
  // Day buckets are UTC days, so they are labelled as such.
  return { month: 'short', day: 'numeric', timeZone: 'UTC' };
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}
