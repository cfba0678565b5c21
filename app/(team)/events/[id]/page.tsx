import { Suspense } from 'react';
import { AttemptPage } from '@/components/log/attempt-page';

export const metadata = { title: 'Attempt · Delivery events' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <AttemptPage id={id} />
    </Suspense>
  );
}
