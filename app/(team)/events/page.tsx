import { Suspense } from 'react';
import { LogPage } from '@/components/log/log-page';

export const metadata = { title: 'Log · Delivery events' };

export default function Page() {
  return (
    <Suspense>
      <LogPage />
    </Suspense>
  );
}
