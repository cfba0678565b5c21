import Link from 'next/link';
import { UserMenu } from '@/components/auth/user-menu';
import type { SignedInUser } from '@/lib/auth/sessions';

export function SiteHeader({ user }: { user: SignedInUser }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Delivery events
      </Link>
      <nav aria-label="Main">
        <Link href="/">Overview</Link>
        <Link href="/deferrals">Deferrals</Link>
        <Link href="/failures">Failures</Link>
        <Link href="/domains">Domains</Link>
        <Link href="/reasons">Reasons</Link>
        <Link href="/events">Log</Link>
        <Link href="/ingestion">Ingestion</Link>
      </nav>
      <UserMenu user={user} />
    </header>
  );
}
