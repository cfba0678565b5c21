import type { IngestionReport } from '@/lib/reports/ingestion';

function ago(iso: string | null, now: number): string {
  if (iso === null) return 'never';
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
}

export function IngestionSummary({ report, now }: { report: IngestionReport; now: number }) {
  const { totals } = report;
  const tiles = [
    {
      id: 'last-event',
      label: 'Last event received',
      value: ago(report.lastEventAt, now),
      title: report.lastEventAt ?? undefined,
    },
    { id: 'posts', label: 'Webhook posts', value: totals.batches.toLocaleString('en-US') },
    { id: 'stored', label: 'Attempts stored', value: totals.stored.toLocaleString('en-US') },
    { id: 'duplicates', label: 'Duplicates', value: totals.duplicates.toLocaleString('en-US') },
    { id: 'other', label: 'Other event types', value: totals.other.toLocaleString('en-US') },
    { id: 'rejected', label: 'Rejected', value: totals.rejected.toLocaleString('en-US') },
  ];
  return (
    <dl className="totals">
      {tiles.map((tile) => (
        <div className="total" key={tile.id}>
          <dt>{tile.label}</dt>
          <dd data-testid={`ingest-${tile.id}`} title={tile.title}>
            {tile.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
