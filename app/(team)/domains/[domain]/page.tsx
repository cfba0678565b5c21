import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DomainPage } from '@/components/domains/domain-page';
import { domainFromSegment } from '@/lib/reports/domain-param';

export default async function Page({ params }: { params: Promise<{ domain: string }> }) {
  const domain = domainFromSegment((await params).domain);
  if (domain === null) notFound();
  return (
    <Suspense>
      <DomainPage domain={domain} />
    </Suspense>
  );
}
