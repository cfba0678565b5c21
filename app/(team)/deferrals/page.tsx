import { Suspense } from 'react';
import { BreakdownPage } from '@/components/breakdowns/breakdown-page';

export default function Page() {
  return (
    <Suspense>
      <BreakdownPage set="deferrals" />
    </Suspense>
  );
}
