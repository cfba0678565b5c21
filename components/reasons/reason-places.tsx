'use client';

import { usePathname } from 'next/navigation';
import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import type { ReasonDetailReport } from '@/lib/reports/reason-detail';
import { hrefWith, withFilter } from '@/lib/reports/report-links';

interface ReasonPlacesProps {
  report: ReasonDetailReport;
  total: number;
  search: string;
}

/** The recipient domains and sending IPs a reason hits; each narrows the view further. */
export function ReasonPlaces({ report, total, search }: ReasonPlacesProps) {
  const pathname = usePathname();
  const id = report.reason.id;
  return (
    <div className="breakdown-grid">
      <BreakdownTable
        title="Recipient domains"
        valueHeader="Recipient domain"
        rows={report.domains}
        total={total}
        fileName={`${id}-domains.csv`}
        linkFor={(row) =>
          hrefWith(`/domains/${encodeURIComponent(row.value)}`, search, { reason: id })
        }
      />
      <BreakdownTable
        title="Sending IPs"
        valueHeader="Sending IP"
        rows={report.sendingIps}
        total={total}
        fileName={`${id}-sending-ips.csv`}
        linkFor={(row) =>
          row.value ? `${pathname}?${withFilter(search, 'sendingIp', row.value)}` : null
        }
      />
    </div>
  );
}
