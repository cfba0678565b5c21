'use client';

import type { ChartSeries } from '@/components/charts/series-chart';
import { formatCount } from '@/components/charts/chart-format';

interface NumbersTableProps<Point extends { bucket: string }> {
  title: string;
  points: readonly Point[];
  series: readonly ChartSeries<Point>[];
  format: (bucket: string) => string;
}

/** The chart's numbers, for screen readers and for anyone who wants exact values. */
export function NumbersTable<Point extends { bucket: string }>(props: NumbersTableProps<Point>) {
  const { title, points, series, format } = props;
  return (
    <details className="chart-numbers">
      <summary>Show numbers</summary>
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
