import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { currentSession, safeNextPath } from '@/lib/auth/page-session';
import { countUsers } from '@/lib/auth/users';
import { getDatabase } from '@/lib/db/client';

export const metadata = { title: 'Sign in · Delivery events' };

interface PageProps {
  searchParams: Promise<{ next?: string | string[] }>;
}

export default async function SignInPage({ searchParams }: PageProps) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === 'string' ? next : null);
  if (await currentSession()) redirect(nextPath);
  const hasMembers = (await countUsers(await getDatabase())) > 0;

  return (
    <main className="page">
      <SignInForm nextPath={nextPath} hasMembers={hasMembers} />
    </main>
  );
}
