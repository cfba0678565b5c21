'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { SignedInUser } from '@/lib/auth/sessions';

// The signed-in member, for controls only some roles see (the Share button).
const SessionContext = createContext<SignedInUser | null>(null);

export function SessionProvider({ user, children }: { user: SignedInUser; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

export function useSignedInUser(): SignedInUser | null {
  return useContext(SessionContext);
}
