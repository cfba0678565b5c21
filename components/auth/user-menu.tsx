'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { SignedInUser } from '@/lib/auth/sessions';
import { signOutAndLeave } from '@/lib/client/api-fetch';

/** Who is signed in, the admin pages for admins, and Sign out (which ends the session). */
export function UserMenu({ user }: { user: SignedInUser }) {
  const [pending, setPending] = useState(false);

  const signOut = async () => {
    setPending(true);
    await signOutAndLeave();
  };

  return (
    <div className="user-menu">
      {user.role === 'admin' && <Link href="/admin/people">Admin</Link>}
      <span className="user-email" title={`Signed in as ${user.role}`}>
        {user.email}
      </span>
      <button type="button" onClick={() => void signOut()} disabled={pending}>
        Sign out
      </button>
    </div>
  );
}
