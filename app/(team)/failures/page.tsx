import { Suspense } from 'react';
import { BreakdownPage } from '@/components/breakdowns/breakdown-page';

export const metadata = { title: 'Failures · Delivery events' };

export default function Page() {
  return (
    <Suspense>
      <BreakdownPage set="failures" />
    </Suspense>
  );
}
