'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useRef } from 'react';
import { useSignedInUser } from '@/components/auth/session-context';
import { ShareDialog } from '@/components/share/share-dialog';
import { useShareView } from '@/components/share/share-view-context';
import { isShareablePage } from '@/lib/auth/share-scope';

/** Share this view (page, filters, range) as a read-only link; admins only, shareable pages only. */
export function ShareButton() {
  const user = useSignedInUser();
  const share = useShareView();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const dialog = useRef<HTMLDialogElement>(null);
  if (share || user?.role !== 'admin' || !isShareablePage(pathname)) return null;

  return (
    <>
      <button type="button" className="share-button" onClick={() => dialog.current?.showModal()}>
        Share
      </button>
      <ShareDialog ref={dialog} path={pathname} search={search} />
    </>
  );
}
