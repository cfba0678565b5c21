import { Suspense } from 'react';
import { IngestionPage } from '@/components/ingestion/ingestion-page';

export default function Page() {
  return (
    <Suspense>
      <IngestionPage />
    </Suspense>
  );
}
