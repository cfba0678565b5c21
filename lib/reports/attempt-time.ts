// Attempt times as the view shows them: "2025-12-03 12:06:40" in the view's time zone.

import { wallClockFormatter } from '@/lib/reports/zoned-time';

export function formatAttemptTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    wallClockFormatter(timeZone)
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The view's time zone from its query string; UTC when absent or unknown. */
export function viewTimeZone(search: string): string {
  const timeZone = new URLSearchParams(search).get('tz');
  if (!timeZone) return 'UTC';
  try {
    wallClockFormatter(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}
