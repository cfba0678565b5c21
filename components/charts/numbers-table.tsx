'use client';

import type { ChartSeries } from '@/components/charts/series-chart';
import { formatCount } from '@/components/charts/chart-format';
import { CsvDownloadButton } from '@/components/csv-download-button';
import type { CsvColumn } from '@/lib/reports/csv';

interface NumbersTableProps<Point extends { bucket: string }> {
  title: string;
  points: readonly Point[];
  series: readonly ChartSeries<Point>[];
  format: (bucket: string) => string;
}

/** The chart's numbers, for screen readers and for anyone who wants exact values. */
export function NumbersTable<Point extends { bucket: string }>(props: NumbersTableProps<Point>) {
  const { title, points, series, format } = props;
  const columns: CsvColumn<Point>[] = [
    { header: 'Time', value: (point) => format(point.bucket) },
    ...series.map((s) => ({ header: s.label, value: s.value })),
  ];
  const fileName = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`;
  return (
    <details className="chart-numbers">
      <summary>Show numbers</summary>
      <CsvDownloadButton fileName={fileName} columns={columns} rows={points} />
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              {series.map((s) => (
                <th scope="col" key={s.key} className="numeric">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.bucket}>
                <th scope="row" className="nowrap">
                  {format(point.bucket)}
                </th>
                {series.map((s) => (
                  <td key={s.key} className="numeric">
                    {formatCount(s.value(point))}
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
