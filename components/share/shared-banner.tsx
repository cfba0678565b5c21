'use client';

import { useShareView } from '@/components/share/share-view-context';
import { describeView } from '@/lib/client/describe-view';
import { formatMoment } from '@/lib/client/format-moment';

/** Says plainly that this is a shared, read-only view, what it covers and until when. */
export function SharedBanner() {
  const share = useShareView();
  if (!share) return null;
  return (
    <div className="shared-banner" role="note" data-testid="shared-banner">
      <strong>Shared report, read-only</strong>
      <span>{share.label}</span>
      <span>{describeView(share.path, share.query)}</span>
      <span>
        {share.expiresAt ? `Link expires ${formatMoment(share.expiresAt)}` : 'Link does not expire'}
      </span>
      {share.maskRecipients && <span>Recipient addresses are masked</span>}
    </div>
  );
}
