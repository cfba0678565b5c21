import type { ReplyBook } from './reply-kinds';

export const EXCHANGE_ONLINE_REPLIES: ReplyBook = {
  accept: [
    '250 2.6.0 <$QID@mail.example.com> [InternalId=$NUM, Hostname=$MSHOST] 18422 bytes in' +
      ' 0.184, 97.4 KB/sec Queued mail for delivery',
  ],
  userUnknown: [
    '550 5.4.1 Recipient address rejected: Access denied. For more information see' +
      ' https://aka.ms/EXOSmtpErrors [$MSHOST]',
  ],
  block: [
    '550 5.7.606 Access denied, banned sending IP [$SRC]. To request removal from this list' +
      ' please visit https://sender.office.com/ and follow the directions. AS(1430) [$MSHOST]',
  ],
  mailboxFull: [
    '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.' +
      'MapiExceptionShutoffQuotaExceeded [$MSHOST]',
  ],
  tooLarge: ['552 5.3.4 Message size exceeds fixed maximum message size [$MSHOST]'],
  tempFail: [
    '451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain' +
      ' configured in a hosted tenant [$MSHOST]',
  ],
};

export const MIMECAST_REPLIES: ReplyBook = {
  accept: ['250 [$QID] Message accepted for delivery'],
  userUnknown: ['550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [$QID]'],
  block: [
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/' +
      'DOC-1369#554 [$QID]',
  ],
  greylist: [
    '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/' +
      'DOC-1369#451 [$QID]',
  ],
  spam: ['550 Rejected by header based Anti-Spoofing policy: $RCPT [$QID]'],
};

export const PROOFPOINT_REPLIES: ReplyBook = {
  accept: ['250 2.0.0 $QID-1 Message accepted for delivery'],
  userUnknown: ['550 5.1.1 User Unknown'],
  listed: [
    '554 5.7.1 Service unavailable; Client host [$SRC] blocked using Proofpoint Dynamic' +
      ' Reputation. To request removal visit https://ipcheck.proofpoint.com/?ip=$SRC',
  ],
  rateLimit: [
    '421 4.7.0 $MX Throttled - try again later. Please visit' +
      ' https://ipcheck.proofpoint.com/?ip=$SRC',
  ],
  spam: ['550 5.7.1 Message blocked due to spam content in the message'],
};

export const BARRACUDA_REPLIES: ReplyBook = {
  accept: ['250 Ok: queued as $QID'],
  userUnknown: ['550 No such user ($RCPT)'],
  block: ['550 permanent failure for one or more recipients ($RCPT:blocked)'],
  listed: [
    '554 Service unavailable; Client host [$SRC] blocked using Barracuda Reputation;' +
      ' http://www.barracudanetworks.com/reputation/?pr=1&ip=$SRC',
  ],
  tempFail: ['421 Rate limited, try again later'],
};

export const CISCO_REPLIES: ReplyBook = {
  accept: ['250 ok:  Message $NUM accepted'],
  userUnknown: ['550 #5.1.0 Address rejected.'],
  block: ['554 Message refused.'],
  rateLimit: ['452 Too many recipients received this hour'],
  spam: ['554 5.7.1 Message rejected as spam by Content Filtering.'],
};
