/** Benchmarks print one labelled line per figure, aligned for reading in a terminal. */
export function printLine(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(16)} ${text}\n`);
}

export function perSecond(rows: number, seconds: number): string {
  return `${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString('en-US')} rows/s`;
}
