import type { RecipientDomain } from './domains';
import { remoteIpv4 } from './network';
import { WeightedPicker, type Random } from './random';
import { renderReply, type ReplyContext } from './reply-text';
import type { ReplyKind } from './reply-kinds';

export type TypeFields = Record<string, unknown>;

export interface FieldContext {
  random: Random;
  domain: RecipientDomain;
  reply: ReplyContext;
  listid: string;
}

interface BounceKind {
  code: number;
  type: 'h' | 's' | 'o';
  replyKind: ReplyKind | null;
}

// Bounce processor codes paired with the remote wording that usually earns them.
const USER_UNKNOWN: BounceKind = { code: 10, type: 'h', replyKind: 'userUnknown' };
const BOUNCE_KINDS = new WeightedPicker<BounceKind>([
  [USER_UNKNOWN, 40],
  [{ code: 20, type: 's', replyKind: 'tempFail' }, 8],
  [{ code: 22, type: 's', replyKind: 'mailboxFull' }, 10],
  [{ code: 23, type: 's', replyKind: 'tooLarge' }, 2],
  [{ code: 40, type: 'o', replyKind: 'permFail' }, 5],
  [{ code: 50, type: 'o', replyKind: 'block' }, 6],
  [{ code: 51, type: 'o', replyKind: 'listed' }, 5],
  [{ code: 52, type: 'o', replyKind: 'spam' }, 8],
  [{ code: 55, type: 'o', replyKind: 'auth' }, 4],
  [{ code: 60, type: 'o', replyKind: null }, 6],
]);
const AUTO_REPLIES = [
  'Out of office: I am away until Monday with limited access to email.',
  'Automatic reply: thank you for your message, we will answer within two business days.',
];
const BOUNCE_TEXT_LIMIT = 255;

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)',
  'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
];
const CLICK_URLS = [
  'https://news.example.com/articles/winter-roundup?utm_source=newsletter',
  'https://shop.example.net/sale?utm_campaign=flash',
  'https://www.example.org/account/settings',
  'https://news.example.com/events/webinar-registration',
];
const UNSUBSCRIBE_URL = 'https://news.example.com/unsubscribe';

export function bounceFields(context: FieldContext, badAddress: boolean): TypeFields {
  const { random } = context;
  const { code, type, replyKind } = badAddress ? USER_UNKNOWN : BOUNCE_KINDS.pick(random);
  const replies = replyKind ? context.domain.provider.replies[replyKind] : [];
  const text =
    replies.length > 0
      ? renderReply(random.pick(replies), context.reply)
      : random.pick(AUTO_REPLIES);
  const fields: TypeFields = {
    bounce_type: type,
    bounce_code: code,
    bounce_text: text.slice(0, BOUNCE_TEXT_LIMIT),
  };
  // Auto-replies always arrive later as mail; most rejections happen during the SMTP dialogue.
  if (!badAddress) fields.synchronous = code !== 60 && random.chance(0.8);
  return fields;
}

function visitorIp(random: Random): string {
  return remoteIpv4(`visitor-${random.int(5000)}`);
}

export function engineFields(type: string, context: FieldContext): TypeFields {
  const { random } = context;
  if (type === 'engine_unsub') {
    return { click_url: random.chance(0.5) ? UNSUBSCRIBE_URL : '' };
  }
  const base = { engine_ip: visitorIp(random), user_agent: random.pick(USER_AGENTS) };
  if (type === 'engine_click') return { ...base, click_url: random.pick(CLICK_URLS) };
  const apple = context.domain.provider.name === 'apple';
  return { ...base, is_privacy_open: random.chance(apple ? 0.7 : 0.15) };
}

export function studioFields(type: string, context: FieldContext): TypeFields {
  const { random, listid } = context;
  const ids = {
    list_name: `${listid.charAt(0).toUpperCase()}${listid.slice(1)} subscribers`,
    studio_mailing_list_id: 100 + (listid.charCodeAt(0) % 7),
    studio_subscriber_id: random.chance(0.9) ? 10_000 + random.int(90_000) : null,
  };
  if (type === 'studio_subscriber_created' || type === 'studio_subscriber_updated') {
    const after = JSON.stringify({ email: context.reply.recipient, status: 'active' });
    if (type === 'studio_subscriber_created') return { ...ids, json_after: after };
    const before = JSON.stringify({ email: context.reply.recipient, status: 'unconfirmed' });
    return { ...ids, json_before: before, json_after: after };
  }
  const tracking = {
    ...ids,
    studio_campaign_id: 500 + random.int(40),
    studio_autoresponder_id: null,
    studio_is_unique: random.chance(0.6),
    studio_rl_seq_id: null,
    studio_rl_distinct_id: null,
  };
  if (type === 'studio_unsub') return tracking;
  const seen = { ...tracking, studio_ip: visitorIp(random) };
  return type === 'studio_click' ? { ...seen, click_url: random.pick(CLICK_URLS) } : seen;
}
