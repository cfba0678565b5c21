import { Suspense } from 'react';
import { ReasonDetailPage } from '@/components/reasons/reason-detail-page';
import { reasonLabel } from '@/lib/reports/reason-info';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  return { title: `${reasonLabel((await params).id)} · Delivery events` };
}

export default async function Page({ params }: Params) {
  const { id } = await params;
  return (
    <Suspense>
      <ReasonDetailPage id={id} />
    </Suspense>
  );
}
