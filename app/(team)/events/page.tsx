import { Suspense } from 'react';
import { LogPage } from '@/components/log/log-page';

export default function Page() {
  return (
    <Suspense>
      <LogPage />
    </Suspense>
  );
}
