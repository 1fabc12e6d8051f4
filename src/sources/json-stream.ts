// A .json file that is too big to read whole, or gzipped: one record `{…}` or an array of
// records `[{…}, …]`, parsed as it streams (@streamparser/json). Each record is bounded by
// maxBytes: a record over it is refused and the next ones are read; one that grows past it
// before it is even complete (more than maxBytes read since the previous record) ends the
// file, so that memory stays bounded. A syntax error ends the file too (the parser cannot
// find the next record after it); the records before it are kept.
import { JSONParser } from '@streamparser/json';
import { type RawArticle, InputError } from '../domain/article-input.ts';
import { recordToArticle } from './parse-records.ts';

const LIMIT_HINT = 'raise it with KG_MAX_ARTICLE_BYTES';

export async function* readJsonStream<T = RawArticle>(
  chunks: AsyncIterable<Buffer>,
  origin: string,
  maxBytes: number,
  convert: (record: unknown, where: string) => T | InputError = recordToArticle as (record: unknown, where: string) => T | InputError,
): AsyncGenerator<T | InputError> {
  let parser: JSONParser | null = null;
  let isArray = false;
  const ready: unknown[] = [];
  let index = 0;
  let sinceRecord = 0;
  const where = () => (isArray ? `${origin}[${index}]` : origin);
  try {
    for await (let chunk of chunks) {
      if (!parser) {
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        const first = firstSignificantByte(chunk);
        if (first === undefined) continue;
        isArray = first === 0x5b; // '['
        parser = new JSONParser({ paths: [isArray ? '$.*' : '$'], keepStack: false });
        parser.onValue = ({ value }) => void ready.push(value);
      }
      sinceRecord += chunk.length;
      parser.write(chunk);
      if (ready.length === 0 && sinceRecord > maxBytes) {
        yield new InputError(where(), 'too-large', `the record is over the limit of ${maxBytes} bytes per article (${LIMIT_HINT}); the rest of the file is skipped`);
        return;
      }
      if (ready.length > 0) sinceRecord = 0;
      for (const value of ready.splice(0)) {
        yield checked(value, where(), maxBytes, convert);
        index++;
      }
    }
    if (!parser) {
      yield new InputError(origin, 'empty', 'the file is empty: nothing to extract');
      return;
    }
    if (!parser.isEnded) parser.end();
    for (const value of ready.splice(0)) {
      yield checked(value, where(), maxBytes, convert);
      index++;
    }
  } catch (error) {
    yield new InputError(where(), 'not-an-article', `not valid JSON (${(error as Error).message})`);
    return;
  }
  if (isArray && index === 0) yield new InputError(origin, 'empty', 'the JSON array holds no records');
}

function checked<T>(value: unknown, where: string, maxBytes: number, convert: (record: unknown, where: string) => T | InputError): T | InputError {
  const size = Buffer.byteLength(JSON.stringify(value) ?? '');
  if (size > maxBytes) return new InputError(where, 'too-large', `the record is ${size} bytes, over the limit of ${maxBytes} bytes per article (${LIMIT_HINT})`);
  return convert(value, where);
}

function firstSignificantByte(chunk: Buffer): number | undefined {
  for (const byte of chunk) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return byte;
  }
  return undefined;
}
