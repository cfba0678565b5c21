import { CATALOGUE } from './catalogue';
import { compileTemplate } from './template-compiler';
import { type Placeholders, type TemplateMatch, matchTemplate } from './template-match';
import { canonicalise } from './text-canon';
import type { CatalogueEntry } from './types';

export type { Placeholders } from './template-match';

export type CatalogueMatch =
  { entry: CatalogueEntry; placeholders: Placeholders } | { entry: null };

const COMPILED = CATALOGUE.map(compileTemplate);

function listsStatus(match: TemplateMatch, status: string | undefined): boolean {
  if (status === undefined) return false;
  return (match.template.entry.statuses as readonly string[]).includes(status);
}

/** Earlier start wins (the outer message), then the longer, more specific template. */
function better(a: TemplateMatch, b: TemplateMatch, status: string | undefined): boolean {
  const aListed = listsStatus(a, status);
  if (aListed !== listsStatus(b, status)) return aListed;
  if (a.start !== b.start) return a.start < b.start;
  return a.template.literalLength > b.template.literalLength;
}

/**
 * Finds the documented GreenArrow message a delivery_attempt message was made from.
 * Never guesses: text that fits no template gives `{ entry: null }`.
 */
export function matchCatalogue(message: string, status?: string): CatalogueMatch {
  if (typeof message !== 'string' || message.length === 0) return { entry: null };
  const canon = canonicalise(message);
  let best: TemplateMatch | null = null;
  for (const template of COMPILED) {
    const found = matchTemplate(template, canon);
    if (found !== null && (best === null || better(found, best, status))) best = found;
  }
  if (best === null) return { entry: null };
  return { entry: best.template.entry, placeholders: best.placeholders };
}
