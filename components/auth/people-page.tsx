'use client';

import { useState, type FormEvent } from 'react';
import { useAdminMutation, useMembersQuery, type MemberRow } from '@/components/auth/admin-queries';
import { QueryPanel } from '@/components/query-panel';
import { ROLES, type Role } from '@/lib/auth/roles';
import { formatMoment } from '@/lib/client/format-moment';

interface MemberChange {
  id: number;
  role?: Role;
  disabled?: boolean;
}

export function PeoplePage({ currentUserId }: { currentUserId: number }) {
  const members = useMembersQuery();
  const change = useAdminMutation<MemberChange>({
    resource: 'users',
    send: ({ id, ...body }) => ({ path: `/api/admin/users/${id}`, method: 'PATCH', body }),
  });
  const rows = members.data?.users ?? [];

  return (
    <>
      <AddMemberForm />
      <QueryPanel
        title="People"
        isPending={members.isPending}
        error={members.error}
        isEmpty={rows.length === 0}
        empty={<p>No one yet.</p>}
        onRetry={() => void members.refetch()}
      >
        {change.error && (
          <p role="alert" className="form-error">
            {change.error.message}
          </p>
        )}
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>Email</th>
                <th>Role</th>
                <th>State</th>
                <th>Last sign-in</th>
                <th>Added</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <MemberRowView
                  key={member.id}
                  member={member}
                  isYou={member.id === currentUserId}
                  onChange={(update) => change.mutate({ id: member.id, ...update })}
                />
              ))}
            </tbody>
          </table>
        </div>
      </QueryPanel>
    </>
  );
}

interface MemberRowProps {
  member: MemberRow;
  isYou: boolean;
  onChange: (update: Omit<MemberChange, 'id'>) => void;
}

function MemberRowView({ member, isYou, onChange }: MemberRowProps) {
  const disabled = member.disabledAt !== null;
  return (
    <tr>
      <td>
        {member.email}
        {isYou && ' (you)'}
      </td>
      <td>
        <select
          aria-label={`Role of ${member.email}`}
          value={member.role}
          onChange={(event) => onChange({ role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span className={`state ${disabled ? 'state-ended' : 'state-active'}`}>
          {disabled ? 'disabled' : 'active'}
        </span>
      </td>
      <td className="nowrap">{formatMoment(member.lastSignInAt, 'never')}</td>
      <td className="nowrap">{formatMoment(member.createdAt)}</td>
      <td>
        <button
          type="button"
          className={disabled ? '' : 'danger'}
          onClick={() => onChange({ disabled: !disabled })}
        >
          {disabled ? 'Enable' : 'Disable'}
        </button>
      </td>
    </tr>
  );
}

function AddMemberForm() {
  const [formKey, setFormKey] = useState(0);
  const add = useAdminMutation<{ email: string; role: Role; password: string }>({
    resource: 'users',
    send: (body) => ({ path: '/api/admin/users', method: 'POST', body }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get('email') ?? ''),
      role: String(form.get('role') ?? 'viewer') as Role,
      password: String(form.get('password') ?? ''),
    };
    add.mutate(input, { onSuccess: () => setFormKey((key) => key + 1) });
  };

  return (
    <section className="panel" aria-label="Add a member">
      <h2>Add a member</h2>
      <form key={formKey} className="admin-form inline" onSubmit={submit}>
        <label>
          Email
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label>
          Role
          <select name="role" defaultValue="viewer">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <label>
          First password (12+ characters)
          <input
            name="password"
            type="password"
            minLength={12}
            required
            autoComplete="new-password"
          />
        </label>
        <button type="submit" className="primary" disabled={add.isPending}>
          Add
        </button>
      </form>
      {add.error && (
        <p role="alert" className="form-error">
          {add.error.message}
        </p>
      )}
    </section>
  );
}
