import { Suspense } from 'react';
import { ReasonsPage } from '@/components/reasons/reasons-page';

export const metadata = { title: 'Reasons · Delivery events' };

export default function Page() {
  return (
    <Suspense>
      <ReasonsPage />
    </Suspense>
  );
}
