import { compileReplies as compile, type CompiledReply } from './reply-text';

/** Replies for entries whose wording depends on the SMTP step rather than on the provider. */
export const STEP_REPLIES: Readonly<Record<string, readonly CompiledReply[]>> = {
  'auth-no-supported-method': compile(['250-$MX Hello\n250-SIZE 52428800\n250 AUTH CRAM-MD5']),
  'auth-plain-rejected': compile([
    '535 5.7.8 Error: authentication failed: authentication failure',
  ]),
  'auth-plain-credentials-rejected': compile([
    '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [$MSHOST]',
  ]),
  'auth-login-rejected': compile(['504 5.7.4 Unrecognized authentication type']),
  'auth-username-rejected': compile(['535 5.7.8 Username and Password not accepted']),
  'auth-password-rejected': compile(['535 Incorrect authentication data']),
  'helo-rejected': compile([
    '501 5.5.2 <mta1.news.example.com>: Helo command rejected: need fully-qualified hostname',
    '550 5.7.1 Forged HELO hostname detected',
  ]),
};

/** What replace_content_domain's helper reported when rewriting a message failed. */
export const MODIFICATION_ERRORS: readonly string[] = [
  'rspawn-limiter: replace_content_domain exited with status 1',
  'replace_content_domain: unable to parse MIME structure of message',
  'rspawn-limiter: timed out waiting for replace_content_domain',
];
