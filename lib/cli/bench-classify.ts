import { CATALOGUE, classifyAttempt, type AttemptToClassify } from '@/lib/classifier';
import { REPLY_CASES, statusFor, wrapReply } from '@/tests/unit/classifier/fixtures';

// Rough share of real traffic: mostly acceptances, then deferrals, then failures.
const ACCEPT_SHARE = 0.75;
const MIX_SIZE = 20_000;
const RUN_MS = 2_000;

function sampleFill(template: string): string {
  return template
    .replace(/\{IP\}/g, '203.0.113.5')
    .replace('{HOSTNAME}', 'mail.example.org')
    .replace('{MESSAGE}', '451 4.7.1 Try again later')
    .replace('{ERROR}', 'conversion failed');
}

function acceptance(i: number): AttemptToClassify {
  const accepted = REPLY_CASES.filter((c) => c[2] === 'accept');
  const pick = accepted[i % accepted.length];
  const reply = pick?.[3] ?? '250 ok';
  return { message: wrapReply('accept', reply, true), status: 'success', mxHostname: pick?.[1] };
}

function buildMix(): AttemptToClassify[] {
  const others: AttemptToClassify[] = [
    ...REPLY_CASES.filter((c) => c[2] !== 'accept').map((c) => ({
      message: wrapReply(c[2], c[3], true),
      status: statusFor(c[4]),
      mxHostname: c[1],
    })),
    ...CATALOGUE.map((e) => ({ message: sampleFill(e.template), status: e.statuses[0] ?? '' })),
  ];
  return Array.from({ length: MIX_SIZE }, (_, i) => {
    const deterministic = (i * 7919) % 1000;
    if (deterministic < ACCEPT_SHARE * 1000) return acceptance(i);
    return others[i % others.length] ?? acceptance(i);
  });
}

function messagesPerSecond(mix: readonly AttemptToClassify[]): number {
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < RUN_MS) {
    for (const attempt of mix) classifyAttempt(attempt);
    done += mix.length;
  }
  return done / ((performance.now() - started) / 1000);
}

function microsPerCall(message: string, calls: number): number {
  const started = performance.now();
  for (let i = 0; i < calls; i++) classifyAttempt({ message, status: 'deferral' });
  return ((performance.now() - started) * 1000) / calls;
}

function sizedMessage(bytes: number): string {
  const prefix = '203.0.113.5 does not like recipient./Remote host said: 550-5.7.1 ';
  return (
    prefix + 'blocked by policy 1234 '.repeat(Math.ceil(bytes / 23)).slice(0, bytes - prefix.length)
  );
}

function main(): void {
  const mix = buildMix();
  for (let i = 0; i < 3; i++) for (const attempt of mix) classifyAttempt(attempt);
  const rate = messagesPerSecond(mix);
  process.stdout.write(`mix size: ${mix.length} attempts (${ACCEPT_SHARE * 100}% acceptances)\n`);
  process.stdout.write(`messages per second: ${Math.round(rate)}\n`);
  for (const bytes of [1_000, 10_000, 100_000]) {
    const micros = microsPerCall(sizedMessage(bytes), bytes >= 100_000 ? 200 : 2_000);
    process.stdout.write(`time per call, ${bytes / 1000} kB input: ${micros.toFixed(1)} µs\n`);
  }
  const worst = ' '.repeat(100_000);
  process.stdout.write(
    `time per call, 100 kB of spaces: ${microsPerCall(worst, 200).toFixed(1)} µs\n`,
  );
}

main();
