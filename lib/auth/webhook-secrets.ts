import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isActiveManagedSecret } from '@/lib/auth/managed-webhook-secrets';
import { ConfigError, type AppConfig } from '@/lib/config/env';
import type { Database } from '@/lib/db/client';

const GENERATED_SECRET_FILE = 'webhook-secret';

/**
 * The secrets from the environment the webhook accepts, besides those admins make.
 * Without WEBHOOK_SECRETS the embedded set-up makes one on first start and keeps it in
 * DATA_DIR, so a fresh clone works.
 */
export function webhookSecrets(config: AppConfig): string[] {
  if (config.webhookSecrets.length > 0) return config.webhookSecrets;
  if (config.database.kind === 'postgres') {
    throw new ConfigError('WEBHOOK_SECRETS', 'required when DATABASE_URL is set');
  }
  return [generatedSecret(config.dataDir)];
}

/** Any configured secret, compared in constant time, or any active one admins made. */
export async function isAcceptedWebhookSecret(
  presented: string | null,
  config: AppConfig,
  database: () => Promise<Database>,
): Promise<boolean> {
  if (!presented) return false;
  if (isAcceptedSecret(presented, webhookSecrets(config))) return true;
  return isActiveManagedSecret(await database(), presented);
}

export function generatedSecretPath(dataDir: string): string {
  return path.resolve(dataDir, GENERATED_SECRET_FILE);
}

function generatedSecret(dataDir: string): string {
  const file = generatedSecretPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails when the file exists, so two processes starting together agree on one secret.
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

/** The secret a request presents: bearer token, basic-auth password or ?token=. */
export function presentedSecret(request: Request): string | null {
  const authorization = request.headers.get('authorization') ?? '';
  const [scheme, credentials] = authorization.split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer' && credentials) return credentials;
  if (scheme?.toLowerCase() === 'basic' && credentials) {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    return separator >= 0 ? decoded.slice(separator + 1) : null;
  }
  return new URL(request.url).searchParams.get('token');
}

/** Constant-time comparison against every accepted secret. */
export function isAcceptedSecret(presented: string | null, accepted: readonly string[]): boolean {
  if (!presented) return false;
  const digest = sha256(presented);
  let matched = false;
  for (const secret of accepted) matched = timingSafeEqual(digest, sha256(secret)) || matched;
  return matched;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
