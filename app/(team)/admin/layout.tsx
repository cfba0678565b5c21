import type { ReactNode } from 'react';
import { AdminTabs } from '@/components/auth/admin-tabs';
import { requirePageSession } from '@/lib/auth/page-session';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await requirePageSession();
  if (user.role !== 'admin') {
    return (
      <section className="panel" role="alert">
        <h1>Admins only</h1>
        <p>People, webhook secrets and share links are managed by the team&apos;s admins.</p>
      </section>
    );
  }
  return (
    <>
      <h1 className="admin-title">Admin</h1>
      <AdminTabs />
      {children}
    </>
  );
}
