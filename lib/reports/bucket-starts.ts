import { isoToZonedLocal, zonedLocalToIso } from '@/lib/reports/zoned-time';

// The buckets of a chart: hours are UTC hours, days start at local midnight, so a day can
// be 23 or 25 hours. The rollups count by UTC hour, so where midnight is not a whole UTC
// hour (India, Nepal, parts of Australia and Canada) a day starts at the first whole hour
// after it: 00:30 in India. The API's bucket instants say so exactly.

const HOUR_MS = 3_600_000;

/** The SQL time zone to truncate in: the view's zone for days, UTC for hours. */
export function truncationZone(bucket: 'hour' | 'day', timeZone: string): string {
  return bucket === 'day' ? timeZone : 'UTC';
}


/** Each bucket's start, from the one holding `from` up to the last that starts before `to`. */
export function bucketStarts(from: Date, to: Date, bucket: 'hour' | 'day', timeZone: string): Date[] {
  const starts: Date[] = [];
  if (bucket === 'hour') {
    for (let time = Math.floor(from.getTime() / HOUR_MS) * HOUR_MS; time < to.getTime(); time += HOUR_MS) {
      starts.push(new Date(time));
    }
    return starts;
  }
  let day = isoToZonedLocal(from.toISOString(), timeZone).slice(0, 10);
  for (;;) {
    const midnight = new Date(zonedLocalToIso(`${day}T00:00`, timeZone) ?? Number.NaN);
    const start = new Date(Math.ceil(midnight.getTime() / HOUR_MS) * HOUR_MS);
    if (Number.isNaN(start.getTime()) || start >= to) return starts;
    starts.push(start);
    day = nextDay(day);
  }
}

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
