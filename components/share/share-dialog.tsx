'use client';

import { useState, type FormEvent, type RefObject } from 'react';
import { useAdminMutation, type ShareLinkRow } from '@/components/auth/admin-queries';
import { describeView } from '@/lib/client/describe-view';
import { isRollingView, shareSearch, type RangeMode } from '@/lib/client/share-request';

interface ShareDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  path: string;
  search: string;
}

const EXPIRY_CHOICES = [
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
] as const;

interface NewLink {
  label: string;
  mode: RangeMode;
  expiresInDays: number | null;
  maskRecipients: boolean;
}

export function ShareDialog({ ref, path, search }: ShareDialogProps) {
  const [url, setUrl] = useState<string | null>(null);
  const rolling = isRollingView(search);
  const create = useAdminMutation<NewLink, { path: string; link: ShareLinkRow }>({
    resource: 'share-links',
    send: ({ mode, ...rest }) => ({
      path: '/api/admin/share-links',
      method: 'POST',
      body: { path, search: shareSearch(search, mode), ...rest },
    }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expiry = String(form.get('expiry') ?? '');
    create.mutate(
      {
        label: String(form.get('label') ?? ''),
        mode: form.get('mode') === 'fixed' ? 'fixed' : 'rolling',
        expiresInDays: expiry === '' ? null : Number(expiry),
        maskRecipients: form.get('mask') === 'on',
      },
      { onSuccess: (result) => setUrl(new URL(result.path, window.location.origin).toString()) },
    );
  };

  const close = () => {
    ref.current?.close();
    setUrl(null);
    create.reset();
  };

  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby="share-title"
      onClose={() => setUrl(null)}
    >
      <h2 id="share-title">Share this view</h2>
      <p className="shared-summary">{describeView(path, search)}</p>
      {url ? (
        <SharedUrl url={url} onClose={close} />
      ) : (
        <form onSubmit={submit}>
          <label>
            Label (who it is for)
            <input
              name="label"
              required
              maxLength={120}
              placeholder="Postmaster desk, Example Corp"
            />
          </label>
          <label>
            Time range
            <select name="mode" defaultValue="rolling" disabled={!rolling}>
              {rolling && <option value="rolling">Rolling: always the latest period</option>}
              <option value="fixed">Fixed: the period shown now</option>
            </select>
          </label>
          <label>
            Expires after
            <select name="expiry" defaultValue="30">
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice.days} value={choice.days}>
                  {choice.label}
                </option>
              ))}
              <option value="">Never (until revoked)</option>
            </select>
          </label>
          <label className="check">
            <input name="mask" type="checkbox" defaultChecked /> Mask recipient addresses
          </label>
          {create.error && (
            <p role="alert" className="form-error">
              {create.error.message}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={create.isPending}>
              Create link
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

function SharedUrl({ url, onClose }: { url: string; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = () => void navigator.clipboard?.writeText(url).then(() => setCopied(true));
  return (
    <div className="share-created" role="status">
      <p>Anyone with this link sees this view, read-only, until it expires or is revoked:</p>
      <div className="share-url">
        <input
          readOnly
          value={url}
          aria-label="Share link"
          data-testid="share-url"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
