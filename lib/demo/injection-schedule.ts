import { Random, WeightedPicker } from './random';
import { MAIL_STREAMS, type MailStream } from './senders';

const HOUR = 3600;

/**
 * When messages enter the queue: a steady transactional flow with a daytime curve, plus
 * campaign bursts. Times come out in increasing order without holding them all in memory.
 */
export class InjectionSchedule {
  private readonly bucketStart: Float64Array;
  private readonly bucketLength: Float64Array;
  private readonly cumulative: Float64Array;
  private readonly pickers: WeightedPicker<MailStream>[];
  private bucket = 0;

  constructor(
    private readonly startSec: number,
    endSec: number,
    private readonly messages: number,
  ) {
    const count = Math.max(1, Math.ceil((endSec - startSec) / HOUR));
    this.bucketStart = new Float64Array(count);
    this.bucketLength = new Float64Array(count);
    this.cumulative = new Float64Array(count);
    this.pickers = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      const from = startSec + i * HOUR;
      const length = Math.min(HOUR, endSec - from);
      const weights = MAIL_STREAMS.map((stream) => streamWeight(stream, from) * (length / HOUR));
      total += weights.reduce((sum, weight) => sum + weight, 0);
      this.bucketStart[i] = from;
      this.bucketLength[i] = length;
      this.cumulative[i] = total;
      this.pickers.push(new WeightedPicker(MAIL_STREAMS.map((s, k) => [s, weights[k] ?? 0])));
    }
    for (let i = 0; i < count; i++) this.cumulative[i] = (this.cumulative[i] ?? 0) / total;
  }

  /** Injection time of message `index`; indexes must be asked for in increasing order. */
  timeOf(index: number, random: Random): number {
    const u = (index + random.float()) / this.messages;
    while (this.bucket < this.cumulative.length - 1 && (this.cumulative[this.bucket] ?? 1) < u) {
      this.bucket++;
    }
    const before = this.bucket === 0 ? 0 : (this.cumulative[this.bucket - 1] ?? 0);
    const share = (this.cumulative[this.bucket] ?? 1) - before;
    const within = share > 0 ? (u - before) / share : 0;
    const start = this.bucketStart[this.bucket] ?? this.startSec;
    return start + Math.min(within, 0.999999) * (this.bucketLength[this.bucket] ?? 0);
  }

  /** Stream of the message injected at the current bucket, by each stream's share there. */
  streamNow(random: Random): MailStream {
    return (this.pickers[this.bucket] as WeightedPicker<MailStream>).pick(random);
  }

  /** Injection rate of the current bucket relative to the window's mean. */
  loadNow(): number {
    const before = this.bucket === 0 ? 0 : (this.cumulative[this.bucket - 1] ?? 0);
    const share = (this.cumulative[this.bucket] ?? 0) - before;
    const length = this.bucketLength[this.bucket] ?? HOUR;
    return length > 0 ? (share * this.cumulative.length) / (length / HOUR) : 1;
  }
}

function streamWeight(stream: MailStream, time: number): number {
  const hour = Math.floor(time / HOUR) % 24;
  const daytime = 0.35 + 0.65 * Math.max(0, Math.sin((Math.PI * (hour - 6)) / 18));
  const bursting = stream.burstHours.some((burst) => hour === burst || hour === burst + 1);
  const fading = stream.burstHours.some((burst) => hour === burst + 2);
  const burst = bursting ? stream.burstWeight : fading ? stream.burstWeight / 3 : 0;
  return stream.baseWeight * daytime + burst;
}
