import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_FOLDERS = ['app', 'components', 'lib', 'public', 'prisma'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json'];
export const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');

/** Runs `next build` when there is no build or a source is newer than it. */
export function buildIfStale(): boolean {
  if (!buildIsStale()) return false;
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed');
  return true;
}

function buildIsStale(): boolean {
  const marker = path.resolve('.next', 'BUILD_ID');
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  const newest = Math.max(
    ...SOURCE_FOLDERS.map(newestModification),
    ...SOURCE_FILES.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs),
  );
  return newest > builtAt;
}

function newestModification(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.parentPath.includes(`${path.sep}generated`)) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
