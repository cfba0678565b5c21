import { mxHost, type MxHost } from './network';
import {
  APPLE_REPLIES,
  GOOGLE_REPLIES,
  MICROSOFT_REPLIES,
  YAHOO_REPLIES,
} from './replies-consumer';
import {
  BARRACUDA_REPLIES,
  CISCO_REPLIES,
  EXCHANGE_ONLINE_REPLIES,
  MIMECAST_REPLIES,
  PROOFPOINT_REPLIES,
} from './replies-gateways';
import {
  COMCAST_REPLIES,
  GENERIC_REPLIES,
  ORANGE_REPLIES,
  UNITED_INTERNET_REPLIES,
} from './replies-regional';
import { compileReplyBook, type CompiledReplyBook } from './reply-text';
import type { ReplyBook } from './reply-kinds';

export type ProviderName =
  | 'google'
  | 'yahoo'
  | 'microsoft'
  | 'apple'
  | 'comcast'
  | 'united-internet'
  | 'orange'
  | 'exchange-online'
  | 'mimecast'
  | 'proofpoint'
  | 'barracuda'
  | 'cisco'
  | 'self-hosted';

export interface Provider {
  name: ProviderName;
  replies: CompiledReplyBook;
  /** Whether the reply book has a DMARC/authentication wording, i.e. the provider enforces it. */
  checksAuthentication: boolean;
}

const BOOKS: Record<ProviderName, ReplyBook> = {
  google: GOOGLE_REPLIES,
  yahoo: YAHOO_REPLIES,
  microsoft: MICROSOFT_REPLIES,
  apple: APPLE_REPLIES,
  comcast: COMCAST_REPLIES,
  'united-internet': UNITED_INTERNET_REPLIES,
  orange: ORANGE_REPLIES,
  'exchange-online': EXCHANGE_ONLINE_REPLIES,
  mimecast: MIMECAST_REPLIES,
  proofpoint: PROOFPOINT_REPLIES,
  barracuda: BARRACUDA_REPLIES,
  cisco: CISCO_REPLIES,
  'self-hosted': GENERIC_REPLIES,
};

export const PROVIDERS = Object.fromEntries(
  Object.entries(BOOKS).map(([name, book]) => [
    name,
    { name, replies: compileReplyBook(book), checksAuthentication: book.auth !== undefined },
  ]),
) as Record<ProviderName, Provider>;

const GMAIL_MX = [
  'gmail-smtp-in.l.google.com',
  'alt1.gmail-smtp-in.l.google.com',
  'alt2.gmail-smtp-in.l.google.com',
].map((name) => mxHost(name, true));

/** Google Workspace tenants all point at the same MX hosts. */
export const WORKSPACE_MX = ['aspmx.l.google.com', 'alt1.aspmx.l.google.com'].map((name) =>
  mxHost(name, true),
);

const YAHOO_MX = ['mta5.am0.yahoodns.net', 'mta6.am0.yahoodns.net', 'mta7.am0.yahoodns.net'].map(
  (name) => mxHost(name),
);

const AOL_MX = ['mx-aol.mail.gm0.yahoodns.net'].map((name) => mxHost(name));

/** MX hosts of the consumer mailbox providers, by recipient domain. */
export const CONSUMER_MX: Record<string, readonly MxHost[]> = {
  'gmail.com': GMAIL_MX,
  'googlemail.com': GMAIL_MX,
  'yahoo.com': YAHOO_MX,
  'ymail.com': YAHOO_MX,
  'aol.com': AOL_MX,
  'outlook.com': [mxHost('outlook-com.olc.protection.outlook.com', true)],
  'hotmail.com': [mxHost('hotmail-com.olc.protection.outlook.com', true)],
  'live.com': [mxHost('live-com.olc.protection.outlook.com', true)],
  'msn.com': [mxHost('msn-com.olc.protection.outlook.com', true)],
  'icloud.com': [mxHost('mx01.mail.icloud.com'), mxHost('mx02.mail.icloud.com')],
  'me.com': [mxHost('mx01.mail.icloud.com'), mxHost('mx02.mail.icloud.com')],
  'mac.com': [mxHost('mx01.mail.icloud.com'), mxHost('mx02.mail.icloud.com')],
  'comcast.net': [mxHost('mx1h1.comcast.net'), mxHost('mx2h1.comcast.net')],
  'gmx.de': [mxHost('mx00.emig.gmx.net'), mxHost('mx01.emig.gmx.net')],
  'gmx.net': [mxHost('mx00.emig.gmx.net'), mxHost('mx01.emig.gmx.net')],
  'web.de': [mxHost('mx-ha02.web.de'), mxHost('mx-ha03.web.de')],
  'orange.fr': [mxHost('smtp-in.orange.fr')],
};
