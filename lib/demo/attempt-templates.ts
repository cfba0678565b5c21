import { compileText, renderText, type CompiledText } from './text-template';
import { DELIVERY_STATUSES, type DeliveryStatus, type TemplateEntry } from './types';

type Placeholder = 'IP' | 'HOSTNAME' | 'MESSAGE' | 'ERROR';

const PLACEHOLDER = /\{(IP|HOSTNAME|MESSAGE|ERROR)\}/;

export interface AttemptTemplate {
  id: string;
  statuses: readonly DeliveryStatus[];
  text: CompiledText<Placeholder>;
  /** Carries the remote server's reply, whose code then decides the status. */
  hasReply: boolean;
  /** Quotes the helper's error output, as the message-modification entry does. */
  hasError: boolean;
  /** A remote host was reached (or at least picked), so mx_hostname and mx_ip are filled. */
  contactsRemote: boolean;
}

export interface PlaceholderValues {
  ip: string;
  hostname: string;
  reply: string;
  error: string;
}

/** Catalogue entries the traffic model uses by role; the rest appear through rare injection. */
const ROLE_IDS = {
  accepted: 'remote-accepted',
  recipientRejected: 'recipient-rejected',
  afterData: 'message-rejected-after-data',
  dataRejected: 'data-rejected',
  senderRejected: 'sender-rejected',
  greetingFailed: 'greeting-failed',
  backlog: 'connection-backlog-used-up',
  expired: 'message-expired',
  connectFailed: 'smtp-connection-failed',
  noHost: 'no-host-named',
  connectionDied: 'connection-died',
} as const;

export type TemplateRole = keyof typeof ROLE_IDS;

export interface TemplateSet {
  byRole: Record<TemplateRole, AttemptTemplate>;
  all: readonly AttemptTemplate[];
}

export function compileTemplates(entries: readonly TemplateEntry[]): TemplateSet {
  const all = entries.map(compileEntry);
  const byRole = {} as Record<TemplateRole, AttemptTemplate>;
  for (const [role, id] of Object.entries(ROLE_IDS) as [TemplateRole, string][]) {
    const template = all.find((candidate) => candidate.id === id);
    if (!template) throw new Error(`catalogue has no entry "${id}" for the demo's ${role} role`);
    byRole[role] = template;
  }
  return { byRole, all };
}

function compileEntry(entry: TemplateEntry): AttemptTemplate {
  const statuses = entry.statuses.filter((status): status is DeliveryStatus =>
    (DELIVERY_STATUSES as readonly string[]).includes(status),
  );
  const hasReply = entry.template.includes('{MESSAGE}');
  return {
    id: entry.id,
    statuses: statuses.length > 0 ? statuses : ['deferral'],
    text: compileText<Placeholder>(entry.template, PLACEHOLDER),
    hasReply,
    hasError: entry.template.includes('{ERROR}'),
    contactsRemote: hasReply || entry.template.includes('{IP}'),
  };
}

export function renderAttemptMessage(template: AttemptTemplate, values: PlaceholderValues): string {
  return renderText(template.text, placeholderValue, values);
}

function placeholderValue(placeholder: Placeholder, values: PlaceholderValues): string {
  if (placeholder === 'IP') return values.ip;
  if (placeholder === 'HOSTNAME') return values.hostname;
  if (placeholder === 'MESSAGE') return values.reply;
  return values.error;
}
