'use client';

import Link from 'next/link';
import {
  useAdminMutation,
  useShareLinksQuery,
  type ShareLinkRow,
} from '@/components/auth/admin-queries';
import { QueryPanel } from '@/components/query-panel';
import { formatMoment } from '@/lib/client/format-moment';
import { describeView } from '@/lib/client/describe-view';

function linkState(link: ShareLinkRow, now: number): string {
  if (link.revokedAt) return `revoked ${formatMoment(link.revokedAt)}`;
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) return 'expired';
  return 'active';
}

export function ShareLinksPage() {
  const links = useShareLinksQuery();
  const revoke = useAdminMutation<number>({
    resource: 'share-links',
    send: (id) => ({ path: `/api/admin/share-links/${id}`, method: 'DELETE' }),
  });
  const rows = links.data?.links ?? [];
  const now = links.dataUpdatedAt;

  return (
    <QueryPanel
      title="Share links"
      isPending={links.isPending}
      error={links.error}
      isEmpty={rows.length === 0}
      empty={<p>No links yet. Open a report and press Share to make one.</p>}
      onRetry={() => void links.refetch()}
    >
      <div className="table-scroll">
        <table className="data-table" data-testid="share-links">
          <thead>
            <tr>
              <th>Label</th>
              <th>View</th>
              <th>Addresses</th>
              <th>Created by</th>
              <th>Created</th>
              <th>Expires</th>
              <th>Last viewed</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((link) => {
              const state = linkState(link, now);
              return (
                <tr key={link.id}>
                  <td>{link.label}</td>
                  <td>
                    <Link href={link.query ? `${link.path}?${link.query}` : link.path}>
                      {describeView(link.path, link.query)}
                    </Link>
                  </td>
                  <td>{link.maskRecipients ? 'masked' : 'shown'}</td>
                  <td>{link.createdBy ?? '—'}</td>
                  <td className="nowrap">{formatMoment(link.createdAt)}</td>
                  <td className="nowrap">{formatMoment(link.expiresAt, 'never')}</td>
                  <td className="nowrap">{formatMoment(link.lastViewedAt, 'never')}</td>
                  <td>
                    <span
                      className={`state ${state === 'active' ? 'state-active' : 'state-ended'}`}
                    >
                      {state}
                    </span>
                  </td>
                  <td>
                    {!link.revokedAt && (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => revoke.mutate(link.id)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </QueryPanel>
  );
}
