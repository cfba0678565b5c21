import { createHash } from 'node:crypto';

/**
 * The idempotency key of an event: GreenArrow's event_unique_id, else the legacy
 * queue id, else a hash of the whole content (key order does not matter).
 */
export function eventKeyOf(event: Record<string, unknown>): string {
  const uniqueId = idText(event.event_unique_id);
  if (uniqueId) return `u:${uniqueId}`;
  const legacyId = idText(event.id);
  if (legacyId && legacyId !== '0') return `id:${legacyId}`;
  return `h:${createHash('sha256').update(canonicalJson(event)).digest('hex')}`;
}

function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
