import pino from 'pino';
import { parseConfig } from '@/lib/config/env';

// One JSON line per event on stdout. Recipient addresses and secrets never go in at info.
export const logger = pino({
  level: safeLevel(),
  base: { service: 'delivery-dashboard' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: ['secret', 'token', 'authorization', '*.authorization'], censor: '[redacted]' },
});

export type Logger = typeof logger;

function safeLevel(): string {
  try {
    return parseConfig(process.env).logLevel;
  } catch {
    return 'info';
  }
}
