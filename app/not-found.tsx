import Link from 'next/link';
import { connection } from 'next/server';

/**
 * Rendered per request, not prebuilt: the Content-Security-Policy carries a fresh nonce
 * each time, and a prebuilt page's scripts would not have it.
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="page not-found">
      <h1>Not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Go to the overview</Link>
      </p>
    </main>
  );
}
