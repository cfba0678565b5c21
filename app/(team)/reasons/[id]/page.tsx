import { Suspense } from 'react';
import { ReasonDetailPage } from '@/components/reasons/reason-detail-page';

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <ReasonDetailPage id={id} />
    </Suspense>
  );
}
