import type { ReplyBook } from './reply-kinds';

export const GOOGLE_REPLIES: ReplyBook = {
  accept: ['250 2.0.0 OK  $EPOCH $QID - gsmtp'],
  rateLimit: [
    '421-4.7.28 [$SRC      15] Our system has detected an unusual rate of\n' +
      '421-4.7.28 unsolicited mail originating from your IP address. To protect our\n' +
      '421-4.7.28 users from spam, mail sent from your IP address has been temporarily\n' +
      '421-4.7.28 rate limited. For more information, go to\n' +
      '421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError $QID - gsmtp',
    '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your' +
      ' IP address $SRC. $QID - gsmtp',
  ],
  reputation: [
    '421-4.7.0 [$SRC      15] Our system has detected that this message is\n' +
      '421-4.7.0 suspicious due to the very low reputation of the sending IP address.\n' +
      '421 4.7.0  https://support.google.com/mail/answer/188131 $QID - gsmtp',
  ],
  spam: [
    '550-5.7.1 [$SRC      12] Our system has detected that this message is\n' +
      '550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n' +
      '550-5.7.1 this message has been blocked. For more information, go to\n' +
      '550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError $QID - gsmtp',
  ],
  auth: [
    "550-5.7.26 Unauthenticated email from $FROMDOMAIN is not accepted due to domain's\n" +
      '550-5.7.26 DMARC policy. Please contact the administrator of $FROMDOMAIN domain if\n' +
      '550 5.7.26 this was a legitimate mail. $QID - gsmtp',
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n' +
      '550 5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. $QID - gsmtp',
  ],
  userUnknown: [
    '550-5.1.1 The email account that you tried to reach does not exist. Please try\n' +
      "550-5.1.1 double-checking the recipient's email address for typos or\n" +
      '550 5.1.1 unnecessary spaces.  https://support.google.com/mail/?p=NoSuchUser $QID - gsmtp',
  ],
  mailboxFull: [
    '452-4.2.2 The email account that you tried to reach is over quota. Please direct\n' +
      '452 4.2.2 the recipient to  https://support.google.com/mail/?p=OverQuotaTemp $QID - gsmtp',
  ],
  tooLarge: [
    "552-5.2.3 Your message exceeded Google's message size limits. Please visit\n" +
      '552 5.2.3  https://support.google.com/mail/?p=MaxSizeError to review our size guidelines.' +
      ' $QID - gsmtp',
  ],
  tempFail: ['421-4.3.0 Temporary System Problem.  Try again later (10). $QID - gsmtp'],
};

export const YAHOO_REPLIES: ReplyBook = {
  accept: ['250 ok dirdel'],
  rateLimit: [
    '421 4.7.0 [TSS04] Messages from $SRC temporarily deferred due to unexpected volume or' +
      ' user complaints; see https://postmaster.yahooinc.com/error-codes',
  ],
  reputation: [
    '421 4.7.0 [TSS09] All messages from $SRC will be permanently deferred; Retrying will NOT' +
      ' succeed. See https://postmaster.yahooinc.com/error-codes',
  ],
  spam: [
    '554 5.7.9 Message not accepted for policy reasons.  See' +
      ' https://postmaster.yahooinc.com/error-codes',
  ],
  auth: [
    '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires' +
      ' all senders to authenticate with either SPF or DKIM.',
  ],
  userUnknown: [
    "554 delivery error: dd This user doesn't have a $DOMAIN account ($RCPT) [0] -" +
      ' mta$NUM.mail.gq1.yahoo.com',
    '554 delivery error: dd Sorry your message to $RCPT cannot be delivered. This mailbox is' +
      ' disabled (554.30). - mta$NUM.mail.bf1.yahoo.com',
  ],
  mailboxFull: ['452 4.2.2 Mailbox is full - mta$NUM.mail.ne1.yahoo.com'],
};

export const MICROSOFT_REPLIES: ReplyBook = {
  accept: [
    '250 2.6.0 <$QID@mail.example.com> [InternalId=$NUM, Hostname=$MSHOST] Queued mail for' +
      ' delivery -> 250 2.1.5',
  ],
  block: [
    "550 5.7.1 Unfortunately, messages from [$SRC] weren't sent. Please contact your Internet" +
      ' service provider since part of their network is on our block list (S3150). You can also' +
      ' refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [$MSHOST]',
  ],
  reputation: [
    '451 4.7.650 The mail server [$SRC] has been temporarily rate limited due to IP reputation.' +
      ' For e-mail delivery information, see https://postmaster.live.com (S775) [$MSHOST]',
  ],
  rateLimit: ['421 4.7.500 Server busy. Please try again later from [$SRC]. (S77714) [$MSHOST]'],
  userUnknown: [
    '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [$MSHOST]',
  ],
  spam: [
    '550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)' +
      ' [$MSHOST]',
  ],
  auth: [
    "550 5.7.515 Access denied, sending domain $FROMDOMAIN doesn't meet the required" +
      ' authentication level. [$MSHOST]',
  ],
  mailboxFull: [
    '552 5.2.2 Requested mail action aborted: exceeded storage allocation (S2017062302)' +
      ' [$MSHOST]',
  ],
};

export const APPLE_REPLIES: ReplyBook = {
  accept: ['250 2.0.0 Ok: queued as $QID'],
  rateLimit: [
    '421 4.7.0 [CS01] Message rejected due to local policy. Please visit' +
      ' https://support.apple.com/en-us/HT204137',
  ],
  spam: [
    '554 5.7.1 [HM08] Message rejected due to local policy. Please visit' +
      ' https://support.apple.com/en-us/HT204137',
  ],
  userUnknown: ['550 5.1.1 <$RCPT>: user does not exist'],
  mailboxFull: ['552 5.2.2 <$RCPT>: user is over quota'],
};
