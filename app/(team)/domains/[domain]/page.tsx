import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DomainPage } from '@/components/domains/domain-page';
import { domainFromSegment } from '@/lib/reports/domain-param';

type Params = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Params) {
  const domain = domainFromSegment((await params).domain);
  return { title: `${domain ?? 'Domain'} · Delivery events` };
}

export default async function Page({ params }: Params) {
  const domain = domainFromSegment((await params).domain);
  if (domain === null) notFound();
  return (
    <Suspense>
      <DomainPage domain={domain} />
    </Suspense>
  );
}
