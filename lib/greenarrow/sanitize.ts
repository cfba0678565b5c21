// PostgreSQL refuses NUL characters and lone surrogates in text and JSONB; a
// hostile reply containing one must not make the whole batch fail, so they are
// replaced with U+FFFD before anything is stored.

export function storableText(text: string): string {
  if (isStorableText(text)) return text;
  return text.toWellFormed().replaceAll('\0', '\uFFFD');
}

/** The value itself when it is already storable (the common case), else a cleaned copy. */
export function storableValue(value: unknown): unknown {
  return isStorable(value) ? value : cleanedCopy(value);
}

function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes('\0');
}

function isStorable(value: unknown): boolean {
  if (typeof value === 'string') return isStorableText(value);
  if (Array.isArray(value)) return value.every(isStorable);
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key) || !isStorable(item)) return false;
    }
  }
  return true;
}

function cleanedCopy(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(cleanedCopy);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[storableText(key)] = cleanedCopy(item);
    return copy;
  }
  return value;
}
