import { PeoplePage } from '@/components/auth/people-page';
import { requirePageSession } from '@/lib/auth/page-session';

export const metadata = { title: 'People · Delivery events' };

export default async function Page() {
  const { user } = await requirePageSession();
  return <PeoplePage currentUserId={user.id} />;
}
