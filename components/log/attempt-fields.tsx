import Link from 'next/link';
import type { ReactNode } from 'react';
import { domainHref } from '@/components/log/attempt-log-table';
import type { AttemptDetailReport } from '@/lib/reports/attempt-detail';
import { formatAttemptTime, viewTimeZone } from '@/lib/reports/attempt-time';
import type { FilterName } from '@/lib/reports/report-links';

type Attempt = AttemptDetailReport['attempt'];

/** The value as a link to the log filtered by it, from its first page. */
function logLink(search: string, name: FilterName | 'recipient' | 'sender', value: string | null) {
  if (value === null || value === '') return '–';
  const next = new URLSearchParams(search);
  next.delete('cursor');
  next.set(name, value);
  return <Link href={`/events?${next.toString()}`}>{value}</Link>;
}

const text = (value: string | number | null) =>
  value === null || value === '' ? '–' : String(value);

/** Every stored field of the attempt; values link to the log filtered by them. */
export function AttemptFields({ attempt, search }: { attempt: Attempt; search: string }) {
  const timeZone = viewTimeZone(search);
  const time = (iso: string | null) => (iso === null ? '–' : formatAttemptTime(iso, timeZone));
  const rows: [string, ReactNode][] = [
    [`Attempted at (${timeZone})`, time(attempt.attemptedAt)],
    [`Injected at (${timeZone})`, time(attempt.injectedAt)],
    [`Received at (${timeZone})`, time(attempt.receivedAt)],
    ['First attempt or retry', attempt.isRetry ? 'Retry' : 'First attempt'],
    ['Recipient', logLink(search, 'recipient', attempt.recipient)],
    [
      'Recipient domain',
      <Link key="domain" href={domainHref(attempt.recipientDomain, search)}>
        {attempt.recipientDomain}
      </Link>,
    ],
    ['Sender', logLink(search, 'sender', attempt.sender)],
    ['Send id', logLink(search, 'sendId', attempt.sendId)],
    ['List id', text(attempt.listId)],
    ['VirtualMTA', logLink(search, 'virtualMta', attempt.virtualMta)],
    ['Sending IP', logLink(search, 'sendingIp', attempt.sendingIp)],
    ['Sending hostname', text(attempt.sendingHostname)],
    ['MX host', `${text(attempt.mxHostname)} (${text(attempt.mxIp)})`],
    [
      'SMTP code',
      logLink(search, 'smtpCode', attempt.smtpCode === null ? null : String(attempt.smtpCode)),
    ],
    ['Enhanced code', logLink(search, 'enhancedCode', attempt.enhancedCode)],
    ['Provider', logLink(search, 'provider', attempt.provider)],
    ['Message id (msguid)', text(attempt.msguid)],
  ];
  return (
    <dl className="attempt-fields">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
