import { CONNECTION_ENTRIES } from './catalogue-connection';
import { INTERNAL_ENTRIES } from './catalogue-internal';
import { RELAY_AND_AUTH_ENTRIES } from './catalogue-relay-and-auth';
import { SMTP_DIALOGUE_ENTRIES } from './catalogue-smtp-dialogue';
import { TLS_ENTRIES } from './catalogue-tls';
import type { CatalogueEntry } from './types';

export type { CatalogueEntry } from './types';

/** Every remote delivery-attempt message GreenArrow documents, one entry per message. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...CONNECTION_ENTRIES,
  ...SMTP_DIALOGUE_ENTRIES,
  ...TLS_ENTRIES,
  ...RELAY_AND_AUTH_ENTRIES,
  ...INTERNAL_ENTRIES,
];

const BY_ID: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((e) => [e.id, e]));

export function catalogueEntryById(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}
