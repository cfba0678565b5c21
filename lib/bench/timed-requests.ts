import type { PlannedRequest } from '@/lib/bench/endpoint-plan';

// Each request is timed from send to the last byte of the body, one at a time, so a
// figure is one request's latency and not a queue's.

export interface Timing {
  endpoint: string;
  range: string;
  p50: number;
  p95: number;
  /** Status codes other than 200 seen, e.g. "401x20"; empty when all answered 200. */
  failures: string;
}

const WARM_UP_RUNS = 2;

export async function timeRequests(
  baseUrl: string,
  cookie: string,
  planned: PlannedRequest[],
  runs: number,
): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const request of planned) {
    const samples: number[] = [];
    const statuses = new Map<number, number>();
    for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${request.path}`, { headers: { cookie } });
      await response.arrayBuffer();
      const elapsed = performance.now() - started;
      if (run < WARM_UP_RUNS) continue;
      samples.push(elapsed);
      if (response.status !== 200)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    timings.push({
      endpoint: request.endpoint,
      range: request.range,
      p50: percentile(samples, 0.5),
      p95: percentile(samples, 0.95),
      failures: [...statuses].map(([status, count]) => `${status}x${count}`).join(' '),
    });
  }
  return timings;
}

/** Nearest-rank percentile: a value that was really measured. */
export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
