'use client';

import { Suspense, type ReactNode } from 'react';
import { BreakdownPage } from '@/components/breakdowns/breakdown-page';
import { DomainPage } from '@/components/domains/domain-page';
import { DomainsPage } from '@/components/domains/domains-page';
import { OverviewPage } from '@/components/overview/overview-page';
import { ReasonDetailPage } from '@/components/reasons/reason-detail-page';
import { ReasonsPage } from '@/components/reasons/reasons-page';
import { SharedBanner } from '@/components/share/shared-banner';
import { ShareViewProvider, type ShareViewValue } from '@/components/share/share-view-context';

// The same page containers the team uses, inside the share context: one for each
// shareable page of lib/auth/share-scope.ts.
function containerFor(path: string): ReactNode {
  const [section = '', item] = path.split('/').slice(1);
  if (section === '') return <OverviewPage />;
  if (section === 'deferrals' || section === 'failures') return <BreakdownPage set={section} />;
  if (section === 'domains') return item ? <DomainPage domain={item} /> : <DomainsPage />;
  if (section === 'reasons') return item ? <ReasonDetailPage id={item} /> : <ReasonsPage />;
  return <p className="panel">This view cannot be shown here.</p>;
}

export function SharedReport({ share }: { share: ShareViewValue }) {
  return (
    <ShareViewProvider value={share}>
      <SharedBanner />
      <main className="page shared-view">
        <Suspense>{containerFor(share.path)}</Suspense>
      </main>
    </ShareViewProvider>
  );
}
