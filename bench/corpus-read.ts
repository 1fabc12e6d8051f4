// Shared by the corpus benchmarks (bench/corpus-extract.ts, bench/audit.ts): stream a
// JSON Lines corpus, gzip or plain, one record at a time (never the whole file in memory),
// and check an extraction's spans the way the scorer's contract does.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { RawArticle } from '../src/domain/article-input.ts';
import type { ExtractResult } from '../src/domain/extraction.ts';

export interface CorpusRecord {
  /** The record's own "id" field, else "file:line". */
  id: string;
  origin: string;
  raw: RawArticle;
}

/** Bounds one line before JSON.parse: a corpus line longer than this is reported, not parsed. */
const MAX_LINE_CHARS = 5_000_000;

export async function* readCorpus(path: string): AsyncGenerator<CorpusRecord | { origin: string; error: string }> {
  const bytes = createReadStream(path);
  const input = path.endsWith('.gz') ? bytes.pipe(createGunzip()) : bytes;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === '') continue;
    const origin = `${path}:${lineNo}`;
    if (line.length > MAX_LINE_CHARS) {
      yield { origin, error: `line longer than ${MAX_LINE_CHARS} characters` };
      continue;
    }
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      yield { origin, error: `not JSON: ${(error as Error).message}` };
      continue;
    }
    const text = typeof record.text === 'string' ? record.text : '';
    const title = typeof record.title === 'string' ? record.title : null;
    const source = typeof record.outlet === 'string' ? record.outlet : null;
    const id = typeof record.id === 'string' ? record.id : origin;
    yield { id, origin, raw: { origin, text, title, source } };
  }
}

/** Every evidence quote and mention text must equal the slice of `text` at its offsets. */
export function spanViolations(result: ExtractResult): string[] {
  const out: string[] = [];
  const check = (what: string, start: number, end: number, want: string) => {
    if (!(start >= 0 && start <= end && end <= result.text.length) || result.text.slice(start, end) !== want) {
      out.push(`${what} [${start},${end}) ${JSON.stringify(want.slice(0, 60))}`);
    }
  };
  for (const s of result.sentences) check(`sentence ${s.index}`, s.start, s.end, s.text);
  for (const e of result.entities) for (const m of e.mentions) check(`mention of ${e.id}`, m.start, m.end, m.text);
  for (const f of result.facts) for (const ev of f.evidence) check(`evidence of ${f.predicate}`, ev.start, ev.end, ev.quote);
  return out;
}
