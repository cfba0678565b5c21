import { Random } from './random';

// prettier-ignore
const FIRST_WORDS = [
  'north', 'blue', 'silver', 'oak', 'river', 'summit', 'harbor', 'pine', 'cedar', 'granite',
  'maple', 'iron', 'bright', 'stone', 'lake', 'eagle', 'fox', 'copper', 'willow', 'golden',
  'prairie', 'coastal', 'valley', 'alder', 'meadow', 'beacon', 'orchard', 'falcon', 'ember',
  'quarry', 'lumen', 'tidal', 'aspen', 'heron', 'juniper', 'basalt', 'canyon', 'delta',
];

// prettier-ignore
const SECOND_WORDS = [
  'field', 'wood', 'gate', 'point', 'bridge', 'works', 'labs', 'logistics', 'partners',
  'health', 'dental', 'legal', 'foods', 'design', 'media', 'systems', 'capital', 'motors',
  'farms', 'realty', 'clinic', 'studio', 'supply', 'analytics', 'consulting', 'outfitters',
  'insurance', 'builders', 'academy', 'bakery', 'brewing', 'energy', 'marine', 'tech',
];

const CORPORATE_TLDS = ['com', 'com', 'com', 'net', 'co.uk', 'de', 'fr', 'nl', 'ca', 'com.au'];
const SMALL_TLDS = ['com', 'net', 'org', 'de', 'fr', 'it', 'es', 'nl', 'be', 'ch', 'at', 'io'];

/**
 * Plausible organisation domains built from word pairs. A fixed seed keeps the same universe
 * of domains for every demo seed, so charts from different runs compare.
 */
export function organisationDomains(count: number, corporate: boolean, salt: number): string[] {
  const random = new Random(salt);
  const tlds = corporate ? CORPORATE_TLDS : SMALL_TLDS;
  const names = new Set<string>();
  while (names.size < count) {
    const joiner = !corporate && random.chance(0.2) ? '-' : '';
    const label = `${random.pick(FIRST_WORDS)}${joiner}${random.pick(SECOND_WORDS)}`;
    names.add(`${label}.${random.pick(tlds)}`);
  }
  return [...names];
}

/** Misspelt provider domains with no mail service: they end in DNS failures. */
export const TYPO_DOMAINS = ['gmial.com', 'gmail.con', 'yahooo.com', 'hotmial.com', 'outlok.com'];

/** The sending organisation's own domain, delivered locally on the GreenArrow host. */
export const LOCAL_DOMAIN = 'lists.example.com';
