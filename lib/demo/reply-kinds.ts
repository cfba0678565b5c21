/**
 * Kinds of remote SMTP reply. The status of an attempt follows from the reply's first digit,
 * so a pool may mix 4xx and 5xx wordings where providers differ on how final a problem is.
 *
 * Reply text may use these tokens, filled per attempt: $SRC sending IP, $MX remote host,
 * $RCPT recipient, $DOMAIN recipient domain, $FROMDOMAIN From domain, $EPOCH attempt time,
 * $QID queue id, $NUM long number, $MSHOST Exchange Online front-end host.
 */
export type ReplyKind =
  | 'accept'
  | 'rateLimit'
  | 'reputation'
  | 'block'
  | 'listed'
  | 'spam'
  | 'auth'
  | 'userUnknown'
  | 'mailboxFull'
  | 'tooLarge'
  | 'greylist'
  | 'tempFail'
  | 'permFail';

export type ReplyBook = Partial<Record<ReplyKind, readonly string[]>>;
