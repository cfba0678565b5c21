import { formatAttemptTime } from '@/lib/reports/attempt-time';
import type { TableColumn } from '@/components/domains/data-table';
import type { OtherEventCount } from '@/lib/queries/other-event-counts';
import type { RejectedExample } from '@/lib/queries/rejected-examples';
import type { RejectedReason } from '@/lib/queries/rejected-reasons';

export const otherEventColumns = (timeZone: string): TableColumn<OtherEventCount>[] => [
  {
    header: 'Event type',
    value: (row) => row.eventType,
    cell: (row) => <code>{row.eventType}</code>,
  },
  { header: 'Events', value: (row) => row.events, numeric: true },
  {
    header: `Last received (${timeZone})`,
    value: (row) => formatAttemptTime(row.lastReceivedAt, timeZone),
  },
];

export const rejectedReasonColumns = (timeZone: string): TableColumn<RejectedReason>[] => [
  { header: 'Reason', value: (row) => row.reason },
  { header: 'Events', value: (row) => row.events, numeric: true },
  {
    header: `Last received (${timeZone})`,
    value: (row) => formatAttemptTime(row.lastReceivedAt, timeZone),
  },
];

// The raw event is attacker-controlled: it is only ever a text node inside <pre>.
export const rejectedExampleColumns = (timeZone: string): TableColumn<RejectedExample>[] => [
  { header: `Received (${timeZone})`, value: (row) => formatAttemptTime(row.receivedAt, timeZone) },
  { header: 'Reason', value: (row) => row.reason },
  {
    header: 'Raw event',
    value: (row) => row.rawJson,
    cell: (row) => <pre className="raw-text raw-json">{row.rawJson}</pre>,
  },
];
