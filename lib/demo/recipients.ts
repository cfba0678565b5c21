import type { Random } from './random';

// prettier-ignore
const GIVEN_NAMES = [
  'anna', 'ben', 'carla', 'david', 'elena', 'felix', 'grace', 'hugo', 'ines', 'jonas', 'kara',
  'leo', 'maria', 'nils', 'olivia', 'paul', 'quinn', 'rosa', 'sam', 'tara', 'umar', 'vera',
  'will', 'yara', 'zoe', 'amir', 'bea', 'chen', 'dara', 'emil', 'fatima', 'gino', 'hana',
];

// prettier-ignore
const FAMILY_NAMES = [
  'adams', 'berg', 'costa', 'dubois', 'evans', 'fischer', 'garcia', 'hansen', 'ito', 'jensen',
  'kowalski', 'lopez', 'martin', 'nguyen', 'okafor', 'petit', 'rossi', 'schmidt', 'tanaka',
  'usman', 'vogel', 'weber', 'young', 'zimmer', 'moreau', 'silva', 'novak', 'larsen',
];

const WORDS = ['info', 'contact', 'hello', 'office', 'sales', 'billing', 'team', 'support'];

/** A generated mailbox name; no list of real addresses is involved. */
export function localPart(random: Random, corporate: boolean): string {
  const given = random.pick(GIVEN_NAMES);
  const family = random.pick(FAMILY_NAMES);
  if (corporate && random.chance(0.08)) return random.pick(WORDS);
  switch (random.int(6)) {
    case 0:
      return `${given}.${family}`;
    case 1:
      return `${given}${family}${random.int(100)}`;
    case 2:
      return `${given.charAt(0)}${family}`;
    case 3:
      return `${given}_${family.charAt(0)}${1960 + random.int(50)}`;
    case 4:
      return `${family}.${given}`;
    default:
      return `${given}${random.int(10_000)}`;
  }
}
