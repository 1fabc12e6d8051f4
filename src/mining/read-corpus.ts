// Streams {title, text} records out of .jsonl or .jsonl.gz files, one line at a time: a
// corpus of any size is never held in memory. A line that is not a JSON object with a text
// is counted and skipped; the caller reports how many.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface CorpusRecord {
  title: string | null;
  text: string;
}

/** Longest line taken (bytes of UTF-16 text): a runaway line is skipped, not parsed. */
export const MAX_LINE_CHARS = 2_000_000;

export async function* readCorpus(file: string, onSkip: (reason: string) => void): AsyncGenerator<CorpusRecord> {
  if (!/\.jsonl(\.gz)?$/.test(file)) throw new Error(`${file}: expected a .jsonl or .jsonl.gz file`);
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => input.destroy(error));
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (line.length > MAX_LINE_CHARS) {
      onSkip('line too long');
      continue;
    }
    const record = parseRecord(line);
    if (record) yield record;
    else onSkip('not a {title, text} JSON object');
  }
}

function parseRecord(line: string): CorpusRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { title, text } = value as { title?: unknown; text?: unknown };
  if (typeof text !== 'string' || text.trim() === '') return null;
  return { title: typeof title === 'string' ? title : null, text };
}
