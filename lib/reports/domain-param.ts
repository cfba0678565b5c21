// The recipient domain of a /domains/:domain path segment, as stored: trimmed, lower case.
export function domainFromSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const domain = decoded.trim().toLowerCase();
  return domain === '' || domain.length > 255 ? null : domain;
}
