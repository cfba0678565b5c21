// Reads a password from standard input: typed without echo (twice) on a terminal, or the
// first line of a pipe, so `printf '%s\n' "$PASSWORD" | npm run users -- add ...` works.
import { CliError } from '@/lib/cli/run-cli';

export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLine(await readAll());
  const first = await readHidden(`${prompt}: `);
  const second = await readHidden('Again: ');
  if (first !== second) throw new CliError('the two passwords differ');
  return first;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

function readHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const input = process.stdin;
  input.setRawMode(true);
  input.resume();
  let typed = '';
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new CliError('cancelled'));
        if (character === '\u007f') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}
