'use client';

import { useState, type FormEvent } from 'react';
import {
  useAdminMutation,
  useWebhookSecretsQuery,
  type WebhookSecretRow,
} from '@/components/auth/admin-queries';
import { QueryPanel } from '@/components/query-panel';
import { formatMoment } from '@/lib/client/format-moment';

interface CreatedSecret {
  secret: string;
  summary: WebhookSecretRow;
}

export function WebhookSecretsPage() {
  const secrets = useWebhookSecretsQuery();
  const revoke = useAdminMutation<number>({
    resource: 'webhook-secrets',
    send: (id) => ({ path: `/api/admin/webhook-secrets/${id}`, method: 'DELETE' }),
  });
  const rows = secrets.data?.secrets ?? [];

  return (
    <>
      <CreateSecretForm />
      <QueryPanel
        title="Webhook secrets"
        isPending={secrets.isPending}
        error={secrets.error}
        isEmpty={rows.length === 0}
        empty={<p>No secrets made here yet; WEBHOOK_SECRETS from the environment still work.</p>}
        onRetry={() => void secrets.refetch()}
      >
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>Label</th>
                <th>Starts with</th>
                <th>Created by</th>
                <th>Created</th>
                <th>Last used</th>
                <th>State</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((secret) => (
                <tr key={secret.id}>
                  <td>{secret.label}</td>
                  <td>
                    <code>{secret.prefix}…</code>
                  </td>
                  <td>{secret.createdBy ?? '—'}</td>
                  <td className="nowrap">{formatMoment(secret.createdAt)}</td>
                  <td className="nowrap">{formatMoment(secret.lastUsedAt, 'never')}</td>
                  <td>
                    <span className={`state ${secret.revokedAt ? 'state-ended' : 'state-active'}`}>
                      {secret.revokedAt ? `revoked ${formatMoment(secret.revokedAt)}` : 'active'}
                    </span>
                  </td>
                  <td>
                    {!secret.revokedAt && (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => revoke.mutate(secret.id)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryPanel>
    </>
  );
}

function CreateSecretForm() {
  const [created, setCreated] = useState<CreatedSecret | null>(null);
  const create = useAdminMutation<string, CreatedSecret>({
    resource: 'webhook-secrets',
    send: (label) => ({ path: '/api/admin/webhook-secrets', method: 'POST', body: { label } }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const label = String(new FormData(form).get('label') ?? '');
    create.mutate(label, {
      onSuccess: (result) => {
        setCreated(result);
        form.reset();
      },
    });
  };

  return (
    <section className="panel" aria-label="New webhook secret">
      <h2>New webhook secret</h2>
      <form className="admin-form inline" onSubmit={submit}>
        <label>
          Label (which GreenArrow server uses it)
          <input name="label" required maxLength={80} />
        </label>
        <button type="submit" className="primary" disabled={create.isPending}>
          Create secret
        </button>
      </form>
      {create.error && (
        <p role="alert" className="form-error">
          {create.error.message}
        </p>
      )}
      {created && (
        <div className="once-secret" role="status">
          <strong>Secret for “{created.summary.label}”: copy it now, it is not shown again.</strong>
          <code className="secret-value" data-testid="new-webhook-secret">{created.secret}</code>
          <span>
            Use it as <code>?token=</code> in GreenArrow&apos;s <code>event_delivery_url</code>.
          </span>
        </div>
      )}
    </section>
  );
}
