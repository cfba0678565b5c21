import { buildIfStale } from '@/lib/cli/build-freshness';
import { startProductionServer, type ProductionServer } from '@/lib/cli/production-server';

// Runs the production build as a real server, the way `npm start` serves it.

export type AppServer = ProductionServer;

export async function startAppServer(environment: Record<string, string>): Promise<AppServer> {
  buildIfStale();
  return startProductionServer(environment, 60_000);
}
