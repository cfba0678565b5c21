import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Delivery events
      </Link>
      <nav aria-label="Main">
        <Link href="/">Overview</Link>
      </nav>
    </header>
  );
}
