import { Suspense } from 'react';
import { DomainsPage } from '@/components/domains/domains-page';

export const metadata = { title: 'Domains · Delivery events' };

export default function Page() {
  return (
    <Suspense>
      <DomainsPage />
    </Suspense>
  );
}
