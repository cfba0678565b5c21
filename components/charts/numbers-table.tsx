'use client';

import type { ChartSeries } from '@/components/charts/series-chart';
import { formatCount } from '@/components/charts/chart-format';
import { CsvDownloadButton } from '@/components/csv-download-button';
import type { CsvColumn } from '@/lib/reports/csv';

/** Where a chart's numbers table departs from one row per point with a "Time" column. */
export interface NumbersTableOptions<Point> {
  /** The points worth listing, when most are empty; every point otherwise. */
  listedPoints?: readonly Point[];
  summary?: string;
  /** The time column's heading, naming the zone when the labels leave it unsaid. */
  timeHeading?: string;
  /** Row times, when a row needs more than the axis label (the date, say). */
  formatRowTime?: (bucket: string) => string;
  /** A count before the series, such as the attempts that shares are of. */
  total?: { label: string; value: (point: Point) => number };
  /** On unless the numbers have no agreed CSV form yet. */
  exportable?: boolean;
}

interface NumbersTableProps<Point extends { bucket: string }> extends NumbersTableOptions<Point> {
  title: string;
  points: readonly Point[];
  series: readonly ChartSeries<Point>[];
  formatTime: (bucket: string) => string;
  formatValue: (value: number | null) => string;
}

/** The chart's numbers, for screen readers and for anyone who wants exact values. */
export function NumbersTable<Point extends { bucket: string }>(props: NumbersTableProps<Point>) {
  const { title, series, total, formatValue, summary = 'Show numbers' } = props;
  const { timeHeading = 'Time', exportable = true } = props;
  const rows = props.listedPoints ?? props.points;
  const rowTime = props.formatRowTime ?? props.formatTime;
  const columns: CsvColumn<Point>[] = [
    { header: timeHeading, value: (point) => rowTime(point.bucket) },
    ...(total ? [{ header: total.label, value: total.value }] : []),
    ...series.map((s) => ({ header: s.label, value: s.value })),
  ];
  const fileName = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`;
  return (
    <details className="chart-numbers">
      <summary>{summary}</summary>
      {exportable && <CsvDownloadButton fileName={fileName} columns={columns} rows={rows} />}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{timeHeading}</th>
              {total && (
                <th scope="col" className="numeric">
                  {total.label}
                </th>
              )}
              {series.map((s) => (
                <th scope="col" key={s.key} className="numeric">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => (
              <tr key={point.bucket}>
                <th scope="row" className="nowrap">
                  {rowTime(point.bucket)}
                </th>
                {total && <td className="numeric">{formatCount(total.value(point))}</td>}
                {series.map((s) => (
                  <td key={s.key} className="numeric">
                    {formatValue(s.value(point))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
