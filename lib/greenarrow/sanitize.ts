// PostgreSQL refuses NUL characters and lone surrogates in text and JSONB; a
// hostile reply containing one must not make the whole batch fail, so they are
// replaced with U+FFFD before anything is stored.

export function storableText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.includes('\0') ? wellFormed.replaceAll('\0', '\uFFFD') : wellFormed;
}

export function storableValue(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableValue);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[storableText(key)] = storableValue(item);
    return copy;
  }
  return value;
}
