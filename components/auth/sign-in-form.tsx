'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { apiSend } from '@/lib/client/api-fetch';

interface SignInFormProps {
  nextPath: string;
  hasMembers: boolean;
}

const FIRST_ADMIN_COMMAND = 'npm run users -- add you@example.com --role admin';

export function SignInForm({ nextPath, hasMembers }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      await apiSend('/api/auth/sign-in', 'POST', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      router.replace(nextPath);
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not sign in');
      setPending(false);
    }
  };

  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <p className="auth-lead">
        The delivery dashboard holds recipient addresses: it is for the team only.
      </p>
      {!hasMembers && (
        <div className="auth-notice" role="note">
          <p>No one can sign in yet. Create the first admin on the server, then sign in here:</p>
          <pre>
            <code>{FIRST_ADMIN_COMMAND}</code>
          </pre>
          <p>The command reads the password from standard input. There is no default password.</p>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} className="auth-form">
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
