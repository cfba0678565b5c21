'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';

// On /share/<token> the report containers are the same as the team's; this context sends
// their API calls to /api/share/<token>/… and tells the filter bar the view is fixed.

export interface ShareViewValue {
  token: string;
  path: string;
  query: string;
  label: string;
  expiresAt: string | null;
  maskRecipients: boolean;
}

const ShareViewContext = createContext<ShareViewValue | null>(null);

export function ShareViewProvider({
  value,
  children,
}: {
  value: ShareViewValue;
  children: ReactNode;
}) {
  return <ShareViewContext.Provider value={value}>{children}</ShareViewContext.Provider>;
}

/** The shared view being shown, or null on the team's own pages. */
export function useShareView(): ShareViewValue | null {
  return useContext(ShareViewContext);
}

/** Maps `/api/<endpoint>?…` to the share API while a shared view is shown. */
export function useApiPath(): (path: string) => string {
  const share = useShareView();
  const token = share?.token;
  return useCallback(
    (path: string) =>
      token && path.startsWith('/api/')
        ? `/api/share/${token}/${path.slice('/api/'.length)}`
        : path,
    [token],
  );
}
