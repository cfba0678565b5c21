'use client';

import { Suspense, type ReactNode } from 'react';
import { OverviewPage } from '@/components/overview/overview-page';
import { SharedBanner } from '@/components/share/shared-banner';
import { ShareViewProvider, type ShareViewValue } from '@/components/share/share-view-context';

// The same page containers the team uses, inside the share context. Each shareable page
// of lib/auth/share-scope.ts has its container here.
function containerFor(path: string): ReactNode {
  const [section = ''] = path.split('/').slice(1);
  switch (section) {
    case '':
      return <OverviewPage />;
    default:
      return <p className="panel">This view cannot be shown here.</p>;
  }
}

export function SharedReport({ share }: { share: ShareViewValue }) {
  return (
    <ShareViewProvider value={share}>
      <SharedBanner />
      <Suspense>{containerFor(share.path)}</Suspense>
    </ShareViewProvider>
  );
}
