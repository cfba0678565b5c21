import { Suspense } from 'react';
import { IngestionPage } from '@/components/ingestion/ingestion-page';

export const metadata = { title: 'Ingestion health · Delivery events' };

export default function Page() {
  return (
    <Suspense>
      <IngestionPage />
    </Suspense>
  );
}
