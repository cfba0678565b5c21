import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedReport } from '@/components/share/shared-report';
import { openSharedView } from '@/lib/auth/share-links';
import { getDatabase } from '@/lib/db/client';

export const metadata: Metadata = {
  title: 'Shared report · Delivery events',
  robots: { index: false, follow: false },
};

interface PageProps {
  params: Promise<{ token: string }>;
}

export default async function SharedReportPage({ params }: PageProps) {
  const { token } = await params;
  const view = await openSharedView(await getDatabase(), token);
  if (!view) notFound();

  const { label, path, query, maskRecipients } = view;
  const expiresAt = view.expiresAt?.toISOString() ?? null;
  return <SharedReport share={{ token, label, path, query, maskRecipients, expiresAt }} />;
}
