// Shared views hide mailbox names: `someone@example.com` becomes `s***@example.com`
// wherever it appears (recipient fields, remote replies quoting the address, raw text).
// The domain stays: it is what a deliverability report is about.

const ADDRESS =
  /([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, '$1***@$2');
}

/** The same JSON value with every string's addresses masked. */
export function maskRecipients(value: unknown): unknown {
  if (typeof value === 'string') return maskAddresses(value);
  if (Array.isArray(value)) return value.map(maskRecipients);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, maskRecipients(entry)]),
    );
  }
  return value;
}
