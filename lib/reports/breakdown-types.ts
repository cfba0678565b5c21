import type { ReportFilters } from '@/lib/reports/report-filters';

// Rows every breakdown table shows, shared by the overview, deferral, failure and reason pages.

/** The rollup dimensions a report can break attempts down by; each is also a filter. */
export const BREAKDOWN_DIMENSIONS = [
  'reason',
  'category',
  'enhancedCode',
  'smtpCode',
  'provider',
  'domain',
  'sendingIp',
  'virtualMta',
] as const satisfies readonly (keyof ReportFilters)[];

export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number] | 'sendId';

export interface BreakdownRow {
  /** '' when the attempt had no value for the dimension. */
  value: string;
  /** Readable name where the value is an id (reasons, categories). */
  label: string;
  attempts: number;
}

/** A recipient domain or sending IP ranked by deferrals and failures together. */
export interface TroubleRow {
  value: string;
  attempts: number;
  deferrals: number;
  failures: number;
}

export interface ReportRange {
  from: string;
  to: string;
  bucket: 'hour' | 'day';
}
