import type { ReplyBook } from './reply-kinds';

export const COMCAST_REPLIES: ReplyBook = {
  accept: ['250 2.0.0 $QID mail accepted for delivery'],
  listed: [
    '554 resimta-po-12v.sys.comcast.net resimta-po-12v.sys.comcast.net $SRC found on one or' +
      ' more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
  ],
  rateLimit: [
    '421 resimta-ch2-07v.sys.comcast.net $SRC rate limited, too many concurrent connections.' +
      ' See http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
  ],
  userUnknown: ['550 5.1.1 <$RCPT> Not our Customer'],
};

export const UNITED_INTERNET_REPLIES: ReplyBook = {
  accept: ['250 Requested mail action okay, completed: id=$QID'],
  block: [
    '554-$MX Nemesis ESMTP Service not available\n' +
      '554-No SMTP service\n' +
      '554-Bad DNS PTR resource record.\n' +
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=$SRC&r=$QID',
  ],
  rateLimit: [
    '421-$MX Nemesis ESMTP Service not available\n' +
      '421-Service unavailable\n' +
      '421-Reject due to policy restrictions.\n' +
      '421 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=$SRC&r=$QID',
  ],
  userUnknown: ['550 Requested action not taken: mailbox unavailable'],
  mailboxFull: ['552 Requested mail action aborted: exceeded storage allocation'],
};

export const ORANGE_REPLIES: ReplyBook = {
  accept: ['250 2.0.0 $QID mail accepted for delivery'],
  rateLimit: [
    '421 mwinf5c21 ME Service refuse. Veuillez essayer plus tard. Service refused, please try' +
      ' later. OFR_999 [203]',
  ],
  block: [
    '550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later.' +
      ' OFR004_104 [104]',
  ],
  userUnknown: [
    '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
  ],
  mailboxFull: ['452 4.2.2 Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]'],
};

/** Small self-hosted servers: mostly Postfix and Exim wordings. */
export const GENERIC_REPLIES: ReplyBook = {
  accept: [
    '250 2.0.0 Ok: queued as $QID',
    '250 OK id=$QID',
    '250 2.0.0 Message accepted for delivery',
  ],
  greylist: [
    '450 4.2.0 Greylisted, please try again later',
    '450 4.2.0 <$RCPT>: Recipient address rejected: Greylisted, see' +
      ' http://postgrey.schweikert.ch/help/$DOMAIN.html',
    '451 4.7.1 Please try again later',
  ],
  userUnknown: [
    '550 5.1.1 <$RCPT>: Recipient address rejected: User unknown in virtual mailbox table',
    '550 No such user here',
    '550-Verification failed for <$RCPT>\n550 Unrouteable address',
  ],
  mailboxFull: ['452 4.2.2 Mailbox full, try again later', '552 5.2.2 <$RCPT>: Mailbox full'],
  tooLarge: [
    '552 5.3.4 Message size exceeds fixed limit',
    '552 5.2.3 Message size exceeds maximum permitted',
  ],
  listed: [
    '554 5.7.1 Service unavailable; Client host [$SRC] blocked using zen.spamhaus.org;' +
      ' https://www.spamhaus.org/query/ip/$SRC',
    '550-5.7.1 Client host [$SRC] is listed in sbl-xbl.spamhaus.org\n' +
      '550 5.7.1 Please see https://check.spamhaus.org/ for removal',
  ],
  spam: ['550 5.7.1 Message rejected as spam', '554 5.7.1 Spam message rejected'],
  auth: ['550 5.7.1 Email rejected per DMARC policy for $FROMDOMAIN'],
  rateLimit: ['421 4.7.0 Too many connections from your IP, slow down'],
  tempFail: [
    '421 4.3.2 Service not available, closing transmission channel',
    '451 4.3.0 Temporary lookup failure',
    '451 4.3.0 Error: queue file write error',
  ],
  permFail: ['554 5.7.1 Relay access denied', '550 5.7.1 Message rejected by local policy'],
};
