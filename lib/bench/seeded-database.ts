import {
  benchDatabaseName,
  databaseUrl,
  readSeedLabel,
  type SeedLabel,
} from '@/lib/bench/bench-database';
import { printLine, perSecond } from '@/lib/bench/print-line';
import { seedHistory } from '@/lib/bench/seed-history';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

// A benchmark database of the requested size: reused, by name, when it was seeded with the
// same parameters (seeding ten million attempts takes minutes), else seeded afresh.

export interface SeedRequest {
  events: number;
  days: number;
  seed: number;
  workers: number;
}

export async function seededDatabase(serverUrl: string, request: SeedRequest) {
  const url = databaseUrl(serverUrl, benchDatabaseName(request.events));
  const existing = await readSeedLabel(url).catch(() => null);
  if (existing && sameSeed(existing, request)) {
    // Migrations added since the seed (an index, say) are applied, as a deploy would.
    await applyMigrations(parseConfig({ DATABASE_URL: url }));
    printLine('reused', `${benchDatabaseName(request.events)}, seeded up to ${existing.end}`);
    return { url, label: existing };
  }
  const label = await seedHistory({ url, ...request }, (phase, rows, seconds, note) => {
    const detail = note ? `, ${note}` : '';
    printLine(
      `seed ${phase}`,
      `${rows} rows in ${seconds.toFixed(1)} s, ${perSecond(rows, seconds)}${detail}`,
    );
  });
  return { url, label };
}

function sameSeed(label: SeedLabel, request: SeedRequest): boolean {
  return (
    label.events === request.events && label.days === request.days && label.seed === request.seed
  );
}
