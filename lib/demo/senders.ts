/** How a GreenArrow server spells its JSON: the SDK saw both numbers and strings for ids. */
export interface ServerStyle {
  serverId: string;
  outmtaidAsString: boolean;
  mtaidAsNumber: boolean;
  isRetryAsBoolean: boolean;
  /** Legacy processor: each post also carries the queue row's numeric id. */
  legacyId: boolean;
}

export interface VirtualMta {
  outmtaid: number;
  ip: string;
  hostname: string;
}

export interface MailStream {
  listid: string;
  fromAddress: string;
  fromDomain: string;
  bounceDomain: string;
  server: ServerStyle;
  /** Routing rule or IP VirtualMTA the message is assigned to. */
  mtaid: number;
  pool: readonly VirtualMta[];
  /** Queue lifetime in seconds before the message is given up as failure_toolong. */
  lifetime: number;
  sizeRange: readonly [number, number];
  /** Value logged from the X-Mailer-Info header; blank when the stream sets none. */
  mailerInfo: string;
  /** Share of the steady flow, and UTC hours at which the stream's campaign bursts start. */
  baseWeight: number;
  burstHours: readonly number[];
  burstWeight: number;
  /** The From domain fails DMARC alignment, which strict providers refuse. */
  failsAuthentication: boolean;
}

const GA1: ServerStyle = {
  serverId: 'ga1',
  outmtaidAsString: false,
  mtaidAsNumber: false,
  isRetryAsBoolean: false,
  legacyId: false,
};
const GA2: ServerStyle = {
  serverId: 'ga2',
  outmtaidAsString: true,
  mtaidAsNumber: false,
  isRetryAsBoolean: false,
  legacyId: true,
};
const GA3: ServerStyle = {
  serverId: 'ga3',
  outmtaidAsString: false,
  mtaidAsNumber: true,
  isRetryAsBoolean: false,
  legacyId: false,
};
// A small alerting box on a receiver stack that turns is_retry into a JSON boolean.
const GA4: ServerStyle = {
  serverId: 'ga4',
  outmtaidAsString: false,
  mtaidAsNumber: true,
  isRetryAsBoolean: true,
  legacyId: false,
};

const NEWS_POOL: readonly VirtualMta[] = [
  { outmtaid: 5, ip: '203.0.113.9', hostname: 'mta1.news.example.com' },
  { outmtaid: 6, ip: '203.0.113.10', hostname: 'mta2.news.example.com' },
  { outmtaid: 7, ip: '203.0.113.11', hostname: 'mta3.news.example.com' },
  { outmtaid: 8, ip: '2001:db8:10::25', hostname: 'mta6.news.example.com' },
];
const OFFERS_POOL: readonly VirtualMta[] = [
  { outmtaid: 21, ip: '198.51.100.7', hostname: 'mta5.offers.example.net' },
  { outmtaid: 22, ip: '198.51.100.8', hostname: 'mta6.offers.example.net' },
];
const TRANSACTIONAL_MTA: VirtualMta = {
  outmtaid: 3,
  ip: '192.0.2.10',
  hostname: 'tx1.example.org',
};
const ALERTS_MTA: VirtualMta = { outmtaid: 4, ip: '192.0.2.11', hostname: 'tx2.example.org' };

const HOUR = 3600;

export const MAIL_STREAMS: readonly MailStream[] = [
  {
    listid: 'news',
    fromAddress: 'newsletter@news.example.com',
    fromDomain: 'news.example.com',
    bounceDomain: 'bounce.news.example.com',
    server: GA1,
    mtaid: 12,
    pool: NEWS_POOL,
    lifetime: 48 * HOUR,
    sizeRange: [38_000, 92_000],
    mailerInfo: 'cust-42',
    baseWeight: 0.5,
    burstHours: [14],
    burstWeight: 9,
    failsAuthentication: false,
  },
  {
    listid: 'promo',
    fromAddress: 'deals@offers.example.net',
    fromDomain: 'offers.example.net',
    bounceDomain: 'rp.offers.example.net',
    server: GA2,
    mtaid: 30,
    pool: OFFERS_POOL,
    lifetime: 8 * HOUR,
    sizeRange: [55_000, 140_000],
    mailerInfo: 'cust-77',
    baseWeight: 0.3,
    burstHours: [8, 17],
    burstWeight: 6,
    failsAuthentication: false,
  },
  {
    listid: 'partner',
    fromAddress: 'updates@partners.example.com',
    fromDomain: 'partners.example.com',
    bounceDomain: 'bounce.news.example.com',
    server: GA1,
    mtaid: 12,
    pool: NEWS_POOL,
    lifetime: 24 * HOUR,
    sizeRange: [20_000, 45_000],
    mailerInfo: 'cust-108',
    baseWeight: 0.05,
    burstHours: [10],
    burstWeight: 0.8,
    failsAuthentication: true,
  },
  {
    listid: 'tx',
    fromAddress: 'no-reply@example.org',
    fromDomain: 'example.org',
    bounceDomain: 'bounces.example.org',
    server: GA3,
    mtaid: 3,
    pool: [TRANSACTIONAL_MTA],
    lifetime: 4 * HOUR,
    sizeRange: [6_000, 28_000],
    mailerInfo: 'tx-app',
    baseWeight: 2.5,
    burstHours: [],
    burstWeight: 0,
    failsAuthentication: false,
  },
  {
    listid: 'alerts',
    fromAddress: 'alerts@status.example.org',
    fromDomain: 'status.example.org',
    bounceDomain: 'bounces.example.org',
    server: GA4,
    mtaid: 4,
    pool: [ALERTS_MTA],
    lifetime: 1 * HOUR,
    sizeRange: [4_000, 9_000],
    mailerInfo: '',
    baseWeight: 0.4,
    burstHours: [],
    burstWeight: 0,
    failsAuthentication: false,
  },
];
