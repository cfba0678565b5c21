// Moments in admin lists: UTC and locale-free, so server and browser render the same text.
export function formatMoment(iso: string | null, none = '—'): string {
  if (!iso) return none;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
