// Posts events to a running dashboard's webhook in batches, as GreenArrow does.

export interface PostTotals {
  batches: number;
  stored: number;
  duplicates: number;
  other: number;
  rejected: number;
}

export interface PostOptions {
  baseUrl: string;
  secret: string;
  batchSize: number;
  concurrency: number;
  onBatch?: (totals: PostTotals) => void;
}

export async function postBatches(events: Iterable<unknown>, options: PostOptions): Promise<PostTotals> {
  const totals: PostTotals = { batches: 0, stored: 0, duplicates: 0, other: 0, rejected: 0 };
  const batches = chunk(events, options.batchSize);
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) {
      const outcome = await postOne(next.value, options);
      totals.batches += 1;
      totals.stored += outcome.stored;
      totals.duplicates += outcome.duplicates;
      totals.other += outcome.other;
      totals.rejected += outcome.rejected;
      options.onBatch?.(totals);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return totals;
}

async function postOne(batch: unknown[], options: PostOptions): Promise<Omit<PostTotals, 'batches'>> {
  const response = await fetch(`${options.baseUrl}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.secret}` },
    body: JSON.stringify(batch),
  });
  if (!response.ok) {
    throw new Error(`The webhook answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as Omit<PostTotals, 'batches'>;
}

function* chunk<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let current: T[] = [];
  for (const item of items) {
    current.push(item);
    if (current.length === size) {
      yield current;
      current = [];
    }
  }
  if (current.length > 0) yield current;
}

/** Waits until GET /api/health answers 200, or throws after `timeoutMs`. */
export async function waitForHealthy(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isHealthy(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl} did not become healthy within ${timeoutMs / 1000} s`);
}

export async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`)).ok;
  } catch {
    return false;
  }
}
