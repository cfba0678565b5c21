// Axis and table labels of time buckets, in the view's time zone.

export function formatBucket(value: string, bucket: 'hour' | 'day', timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    bucket === 'hour'
      ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }
      : // Day buckets are UTC days, so they are labelled as such.
        { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Date(value).toLocaleString('en-GB', options);
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}
