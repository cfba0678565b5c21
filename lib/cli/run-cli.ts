import { loadEnvConfig } from '@next/env';
import { ConfigError } from '@/lib/config/env';
import { MigrationError } from '@/lib/db/migrator';
import { ApiError } from '@/lib/http/api-error';

/** A failure the user can fix from its message alone: printed without a stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

function isKnownFailure(error: unknown): error is Error {
  return [ConfigError, MigrationError, ApiError, CliError].some((known) => error instanceof known);
}

/**
 * Runs a command-line entry point: a known failure prints one line and exits 1. The
 * `.env` files are read first, by Next's own loader, so a command sees the same settings
 * as the server it starts (variables already in the environment win).
 */
export function runCli(main: () => Promise<void>): void {
  loadEnvConfig(process.cwd(), false, {
    info: () => undefined,
    error: (...parts: unknown[]) => process.stderr.write(`${parts.join(' ')}\n`),
  });
  main().then(
    () => undefined,
    (error: unknown) => {
      if (isKnownFailure(error)) {
        process.stderr.write(`${error.message}\n`);
      } else {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
