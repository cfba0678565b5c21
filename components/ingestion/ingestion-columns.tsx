import type { TableColumn } from '@/components/domains/data-table';
import type { OtherEventCount } from '@/lib/queries/other-event-counts';
import type { RejectedExample } from '@/lib/queries/rejected-examples';
import type { RejectedReason } from '@/lib/queries/rejected-reasons';

const time = (iso: string) => iso.replace('T', ' ').slice(0, 19);

export const OTHER_EVENT_COLUMNS: TableColumn<OtherEventCount>[] = [
  {
    header: 'Event type',
    value: (row) => row.eventType,
    cell: (row) => <code>{row.eventType}</code>,
  },
  { header: 'Events', value: (row) => row.events, numeric: true },
  { header: 'Last received (UTC)', value: (row) => time(row.lastReceivedAt) },
];

export const REJECTED_REASON_COLUMNS: TableColumn<RejectedReason>[] = [
  { header: 'Reason', value: (row) => row.reason },
  { header: 'Events', value: (row) => row.events, numeric: true },
  { header: 'Last received (UTC)', value: (row) => time(row.lastReceivedAt) },
];

// The raw event is attacker-controlled: it is only ever a text node inside <pre>.
export const REJECTED_EXAMPLE_COLUMNS: TableColumn<RejectedExample>[] = [
  { header: 'Received (UTC)', value: (row) => time(row.receivedAt) },
  { header: 'Reason', value: (row) => row.reason },
  {
    header: 'Raw event',
    value: (row) => row.rawJson,
    cell: (row) => <pre className="raw-text raw-json">{row.rawJson}</pre>,
  },
];
