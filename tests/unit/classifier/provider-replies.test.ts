import { describe, expect, test } from 'vitest';
import { classifyAttempt } from '@/lib/classifier';
import { REPLY_CASES, statusFor, wrapReply } from './fixtures';

describe('remote replies from well-known providers', () => {
  test('the table is large enough to mean something', () => {
    expect(REPLY_CASES.length).toBeGreaterThanOrEqual(100);
  });

  test.each(REPLY_CASES.map((c, i) => [i, ...c] as const))(
    'case %i: %s via %s (%s)',
    (i, provider, mx, wrap, reply, smtpCode, enhancedCode, category) => {
      const slashJoined = i % 2 === 0;
      const message = wrapReply(wrap, reply, slashJoined);
      const result = classifyAttempt({ message, status: statusFor(smtpCode), mxHostname: mx });
      expect(result.remoteReply).toBe(slashJoined ? reply.replace(/\n/g, '/') : reply);
      expect({
        smtpCode: result.smtpCode,
        enhancedCode: result.enhancedCode,
        category: result.category,
        provider: result.provider,
      }).toEqual({ smtpCode, enhancedCode, category, provider });
    },
  );
});
