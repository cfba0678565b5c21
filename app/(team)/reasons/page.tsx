import { Suspense } from 'react';
import { ReasonsPage } from '@/components/reasons/reasons-page';

export default function Page() {
  return (
    <Suspense>
      <ReasonsPage />
    </Suspense>
  );
}
