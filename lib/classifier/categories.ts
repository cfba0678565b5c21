/** The fixed taxonomy every attempt is sorted into; rollups group by these ids. */
export const CATEGORIES = [
  { id: 'accepted', label: 'Accepted', description: 'The receiving server took the message.' },
  {
    id: 'invalid-recipient',
    label: 'Invalid recipient',
    description: 'The address does not exist, is disabled or can no longer receive mail.',
  },
  {
    id: 'mailbox-full',
    label: 'Mailbox full',
    description: 'The recipient exists but has no room left for new mail.',
  },
  {
    id: 'message-too-large',
    label: 'Message too large',
    description: 'The message is bigger than the receiving side allows.',
  },
  {
    id: 'reputation-blocklist',
    label: 'Reputation or blocklist',
    description: 'Refused because of the sending IP or domain reputation, or a blocklist entry.',
  },
  {
    id: 'rate-limited',
    label: 'Rate limited',
    description: 'The receiver is slowing us down because of volume or complaints.',
  },
  {
    id: 'throttled',
    label: 'Throttled by GreenArrow',
    description: 'GreenArrow held the attempt back to stay inside its own throttle limits.',
  },
  {
    id: 'authentication',
    label: 'SPF / DKIM / DMARC',
    description: 'The message failed sender authentication checks.',
  },
  {
    id: 'content-spam',
    label: 'Content or spam',
    description: 'The content was judged to be spam, unsolicited or dangerous.',
  },
  {
    id: 'policy',
    label: 'Receiver policy',
    description: 'A local rule of the receiving site refused the message.',
  },
  {
    id: 'greylisting',
    label: 'Greylisting',
    description: 'A deliberate first-contact deferral that clears when we retry.',
  },
  { id: 'dns', label: 'DNS', description: 'A DNS lookup failed or the records are unusable.' },
  { id: 'tls', label: 'TLS', description: 'Encryption could not be negotiated or was required.' },
  {
    id: 'connection',
    label: 'Connection',
    description: 'The TCP or SMTP connection could not be opened or was lost.',
  },
  {
    id: 'protocol',
    label: 'SMTP protocol',
    description: 'A command, syntax or format problem in the SMTP conversation.',
  },
  {
    id: 'smtp-auth',
    label: 'SMTP authentication',
    description: 'Logging in to a relay server with SMTP AUTH failed.',
  },
  {
    id: 'local-configuration',
    label: 'Local configuration',
    description: 'GreenArrow settings stopped or altered the delivery.',
  },
  {
    id: 'internal',
    label: 'GreenArrow internal',
    description: 'An internal GreenArrow or queue problem, not related to the receiver.',
  },
  {
    id: 'expired',
    label: 'Expired',
    description: 'The message stayed queued past its lifetime and was given up.',
  },
  { id: 'other', label: 'Other', description: 'Not recognised well enough to file elsewhere.' },
] as const;

export type Category = (typeof CATEGORIES)[number]['id'];

export interface CategoryInfo {
  id: Category;
  label: string;
  description: string;
}

const BY_ID: ReadonlyMap<string, CategoryInfo> = new Map(CATEGORIES.map((c) => [c.id, c]));

export function categoryInfo(id: Category): CategoryInfo {
  return BY_ID.get(id) ?? { id, label: id, description: '' };
}
