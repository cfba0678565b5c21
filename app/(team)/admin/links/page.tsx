import { ShareLinksPage } from '@/components/share/share-links-page';

export const metadata = { title: 'Share links · Delivery events' };

export default function Page() {
  return <ShareLinksPage />;
}
