import { expect, test } from 'vitest';
import { humanise, reasonLabel } from '@/lib/reports/reason-info';

test.each([
  ['smtp-connection-failed', 'SMTP connection failed'],
  ['gmail-dmarc-policy', 'Gmail DMARC policy'],
  ['spamhaus-pbl', 'Spamhaus PBL'],
  ['recipient-rejected', 'Recipient rejected'],
  ['tls_required', 'TLS required'],
])('%s reads as "%s"', (id, title) => {
  expect(humanise(id)).toBe(title);
});

test('reason labels: local deliveries, no reason, and ids no version knows', () => {
  expect(reasonLabel('local-delivery')).toBe('Local delivery');
  expect(reasonLabel('')).toBe('(none)');
  expect(reasonLabel('gone-from-the-rules')).toBe('gone-from-the-rules');
});
