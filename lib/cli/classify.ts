// npm run classify -- <file|->: classifies GreenArrow events offline (JSON lines
// or a JSON array) and prints one JSON line per event, through the ingest code path.
import { readFileSync } from 'node:fs';
import { explainClassification } from '@/lib/classifier';
import { runCli } from '@/lib/cli/run-cli';
import { isPlainObject, sortOneEvent } from '@/lib/ingest/sort-events';

runCli(async () => {
  const source = process.argv[2];
  if (!source) throw new Error('usage: npm run classify -- <file with events | ->');
  const text = readFileSync(source === '-' ? 0 : source, 'utf8');
  for (const item of readEvents(text)) process.stdout.write(`${JSON.stringify(classifiedLine(item))}\n`);
});

type InputItem = { event: unknown } | { error: string; line: number };

function* readEvents(text: string): Generator<InputItem> {
  if (text.trimStart().startsWith('[')) {
    for (const event of JSON.parse(text) as unknown[]) yield { event };
    return;
  }
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      yield { event: JSON.parse(line) };
    } catch (error) {
      yield { error: `not JSON: ${error instanceof Error ? error.message : 'unparseable'}`, line: index + 1 };
    }
  }
}

function classifiedLine(item: InputItem): Record<string, unknown> {
  if ('error' in item) return { id: null, line: item.line, error: item.error };
  const sorted = sortOneEvent(item.event);
  const { raw } = sorted.event;
  const id = isPlainObject(raw) ? (raw.event_unique_id ?? raw.id ?? null) : null;
  if (sorted.kind === 'other') return { id, skipped: `event_type ${sorted.event.eventType}` };
  if (sorted.kind === 'rejected') return { id, error: sorted.event.reason };
  const { classification } = sorted.event;
  return {
    id,
    entry: classification.catalogueEntry,
    rule: classification.rule,
    category: classification.category,
    smtpCode: classification.smtpCode,
    enhancedCode: classification.enhancedCode,
    provider: classification.provider,
    fingerprint: classification.fingerprint,
    explanation: explainClassification(classification),
  };
}
