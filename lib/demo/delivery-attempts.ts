import { CATALOGUE } from '@/lib/classifier/catalogue';

import { AttemptQueue } from './attempt-queue';
import { runNextAttempt, type Run } from './attempt-step';
import { compileTemplates, type AttemptTemplate } from './attempt-templates';
import { planEpisodes } from './episodes';
import { InjectionSchedule } from './injection-schedule';
import { RARE_EVERY, queueMessage, type QueuedMessage } from './message';
import { Random } from './random';
import type { DeliveryAttemptEvent, DemoOptions } from './types';

const TEMPLATES = compileTemplates(CATALOGUE);

export const DEFAULT_DEMO_SEED = 20_240_115;

/** Delivery attempts in time order, made lazily: memory grows with messages in flight only. */
export function* streamDeliveryAttempts(options: DemoOptions): Generator<DeliveryAttemptEvent> {
  const random = new Random(options.seed ?? DEFAULT_DEMO_SEED);
  const startSec = options.start.getTime() / 1000;
  const endSec = options.end.getTime() / 1000;
  if (!(endSec > startSec) || !(options.messages > 0)) return;
  const schedule = new InjectionSchedule(startSec, endSec, options.messages);
  const run: Run = {
    templates: TEMPLATES,
    episodes: planEpisodes(startSec, endSec, random),
    random,
    endSec,
    legacyIds: { next: 40_000_000 + random.int(9_000_000) },
    load: 1,
  };
  const seedMix = random.int(100_000_000);
  const queue = new AttemptQueue<QueuedMessage>();
  for (let index = 0; index < options.messages; index++) {
    const injectedAt = schedule.timeOf(index, random);
    // Nothing queued later can happen before this injection, so earlier attempts are final.
    while (queue.peekTime() <= injectedAt) yield runNextAttempt(run, queue);
    run.load = schedule.loadNow();
    const stream = schedule.streamNow(random);
    const message = queueMessage(index, injectedAt, stream, rareTemplate(index), random, seedMix);
    if (message.firstAttemptAt <= endSec) queue.push(message.firstAttemptAt, message);
  }
  while (queue.size > 0) yield runNextAttempt(run, queue);
}

export function generateDeliveryAttempts(options: DemoOptions): DeliveryAttemptEvent[] {
  return Array.from(streamDeliveryAttempts(options));
}

/** Every catalogue entry in turn, once per RARE_EVERY messages, so each one shows up. */
function rareTemplate(index: number): AttemptTemplate | null {
  if (index % RARE_EVERY !== RARE_EVERY >> 1) return null;
  return TEMPLATES.all[Math.floor(index / RARE_EVERY) % TEMPLATES.all.length] ?? null;
}
