import 'server-only';
import { after } from 'next/server';
import { logger } from '@/lib/log/logger';

/**
 * Runs background work once the response is sent. Never throws: the work must
 * not turn a committed request into an error. Outside a Next.js request scope
 * (tests, scripts) it simply starts the work.
 */
export function runAfterResponse(name: string, work: () => Promise<unknown>): void {
  const guarded = () => work().catch((error: unknown) => logger.error({ err: error, job: name }, 'background job failed'));
  try {
    after(guarded);
  } catch {
    void guarded();
  }
}
