// How a history of N attempts over D days is made from one pool: the pool spans a whole
// number of days (a week when it fits, so weekly and daily rhythms survive) and is copied
// back in time until the days are covered.

const POOL_MAX_ATTEMPTS = 300_000;
const SPAN_CHOICES = [7, 3, 2, 1] as const;
/** Attempts per message vary with the span (1.0 to 1.2): aim low, trim the surplus. */
const ATTEMPTS_PER_MESSAGE = 0.98;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface SeedPlan {
  spanDays: number;
  replicas: number;
  perReplica: number;
  poolMessages: number;
  poolStart: Date;
  end: Date;
}

export function planSeed(events: number, days: number, now = new Date()): SeedPlan {
  const spanDays =
    SPAN_CHOICES.find((span) => span <= days && (events * span) / days <= POOL_MAX_ATTEMPTS) ?? 1;
  const replicas = Math.ceil(days / spanDays);
  const perReplica = Math.ceil(events / replicas);
  const end = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  return {
    spanDays,
    replicas,
    perReplica,
    poolMessages: Math.ceil(perReplica / ATTEMPTS_PER_MESSAGE),
    poolStart: new Date(end.getTime() - spanDays * DAY_MS),
    end,
  };
}

/** Rows each replica keeps so the total is exactly the requested count when the pool allows. */
export function replicaKeep(plan: SeedPlan, events: number, pool: number, index: number): number {
  const remaining = events - index * plan.perReplica;
  return Math.max(0, Math.min(pool, plan.perReplica, remaining));
}
