import type { ProviderRule } from './rule-types';

function blocklistRule(id: string, list: string, anyText: readonly string[]): ProviderRule {
  return {
    id,
    provider: list,
    category: 'reputation-blocklist',
    anyText,
    whatHappened: `The receiver looked up the sending IP or domain on ${list} and found it listed.`,
    whoseSide: 'our-reputation',
    whatToDo:
      `Look the IP up on ${list}, remove the cause of the listing and request removal; ` +
      'sending more meanwhile makes it worse.',
    retryHelps: 'no',
  };
}

export const BLOCKLIST_RULES: readonly ProviderRule[] = [
  blocklistRule('spamhaus-listed', 'Spamhaus', ['spamhaus']),
  blocklistRule('spamcop-listed', 'Spamcop', ['spamcop']),
  blocklistRule('barracuda-brbl-listed', 'Barracuda BRBL', [
    'barracudacentral',
    'barracuda reputation',
    'b.barracuda',
  ]),
  blocklistRule('sorbs-listed', 'SORBS', ['sorbs.net', 'sorbs ']),
  blocklistRule('uceprotect-listed', 'UCEPROTECT', ['uceprotect']),
  blocklistRule('invaluement-listed', 'Invaluement', ['invaluement']),
  {
    ...blocklistRule('generic-blocklist', 'the blocklist named in the reply', [
      'blacklisted',
      'blocklisted',
      'black listed',
      'block listed',
      'dnsbl',
      'listed in rbl',
      ' rbl ',
      'blocked using',
      'on our block list',
      'blocklist',
      'blacklist',
    ]),
    provider: null,
  },
];
