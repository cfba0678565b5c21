import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// PGlite allows one open handle per data folder, so the process shares one instance.
const instances = new Map<string, Promise<PGlite>>();

export function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  const folder = path.resolve(dataDir, 'pglite');
  let instance = instances.get(folder);
  if (!instance) {
    mkdirSync(folder, { recursive: true });
    instance = PGlite.create({ dataDir: folder });
    instances.set(folder, instance);
  }
  return instance;
}

export async function closeEmbeddedDatabases(): Promise<void> {
  const open = [...instances.values()];
  instances.clear();
  await Promise.all(open.map(async (instance) => (await instance).close()));
}
