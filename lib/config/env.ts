import { z } from 'zod';

// The one place that reads process.env: everything else asks for `loadConfig()`.

const byteSize = z
  .string()
  .trim()
  .regex(/^\d+\s*(b|kb|mb|gb)?$/i, 'expected bytes, e.g. 10485760 or 10mb')
  .transform(parseByteSize);

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL');

const environmentSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().trim().min(1).default('0.0.0.0'),
  WEBHOOK_SECRETS: z
    .string()
    .optional()
    .transform((value) => splitSecrets(value ?? ''))
    .refine((secrets) => secrets.every((secret) => secret.length >= 16), {
      message: 'each secret must be at least 16 characters',
    }),
  WEBHOOK_MAX_BODY_BYTES: byteSize.default(10 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  ROLLUP_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
});

export type AppConfig = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

// NODE_ENV is set by Next itself, not by the operator, so it is not part of the schema.
export const IS_DEVELOPMENT = process.env.NODE_ENV === 'development';

let cached: AppConfig | undefined;

export type Environment = Readonly<Record<string, string | undefined>>;

export function loadConfig(environment: Environment = process.env): AppConfig {
  if (environment === process.env && cached) return cached;
  const config = parseConfig(environment);
  if (environment === process.env) cached = config;
  return config;
}

export function parseConfig(environment: Environment): AppConfig {
  const present = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .map((name) => [name, environment[name]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'invalid');
  }
  if (result.data.DATABASE_REPLICA_URL && !result.data.DATABASE_URL) {
    throw new ConfigError('DATABASE_REPLICA_URL', 'a replica needs DATABASE_URL (its primary) too');
  }
  return toConfig(result.data);
}

function toConfig(env: z.infer<typeof environmentSchema>) {
  return {
    database: env.DATABASE_URL
      ? ({ kind: 'postgres', url: env.DATABASE_URL } as const)
      : ({ kind: 'embedded', dataDir: env.DATA_DIR } as const),
    /** Dashboard reads go here when set: a streaming replica of DATABASE_URL. */
    replicaUrl: env.DATABASE_REPLICA_URL,
    dataDir: env.DATA_DIR,
    port: env.PORT,
    hostname: env.HOSTNAME,
    webhookSecrets: env.WEBHOOK_SECRETS,
    webhookMaxBodyBytes: env.WEBHOOK_MAX_BODY_BYTES,
    logLevel: env.LOG_LEVEL,
    databaseTimeoutMs: env.DATABASE_TIMEOUT_MS,
    retention: { rawDays: env.RAW_RETENTION_DAYS, rollupDays: env.ROLLUP_RETENTION_DAYS },
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
    proxyHops: env.PROXY_HOPS,
  };
}

function splitSecrets(value: string): string[] {
  return value
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
}

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

function parseByteSize(value: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = (match?.[2] || 'b').toLowerCase();
  return Number(match?.[1]) * (BYTE_UNITS[unit] ?? 1);
}
