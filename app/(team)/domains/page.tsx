import { Suspense } from 'react';
import { DomainsPage } from '@/components/domains/domains-page';

export default function Page() {
  return (
    <Suspense>
      <DomainsPage />
    </Suspense>
  );
}
