import type { ReactNode } from 'react';
import { SessionProvider } from '@/components/auth/session-context';
import { SiteHeader } from '@/components/site-header';
import { requirePageSession } from '@/lib/auth/page-session';

// Every page of the team's dashboard: no session, no page (sign-in instead).
export default async function TeamLayout({ children }: { children: ReactNode }) {
  const { user } = await requirePageSession();
  return (
    <SessionProvider user={user}>
      <a className="skip-link" href="#content">
        Skip to the report
      </a>
      <SiteHeader user={user} />
      <main className="page" id="content">
        {children}
      </main>
    </SessionProvider>
  );
}
