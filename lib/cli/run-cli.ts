import { ConfigError } from '@/lib/config/env';
import { MigrationError } from '@/lib/db/migrator';

/** Runs a command-line entry point: a known failure prints one line and exits 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof MigrationError) {
        process.stderr.write(`${error.message}\n`);
      } else {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
