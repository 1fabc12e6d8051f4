// Reading inputs: a .txt laid out like a news page, a .json (one record or an array), a
// .jsonl, either of the last two gzipped (.json.gz, .jsonl.gz), a directory of them (sorted,
// recursive), or standard input ("-"). Yields one RawArticle per article or an InputError
// per unreadable file/record; a bad one never stops the others. Archives are streamed: one
// article at a time is held in memory, whatever the file's size, and KG_MAX_ARTICLE_BYTES
// bounds each article (a .txt file, a JSON Lines line, a JSON record), not the file.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type RawArticle, InputError } from '../domain/article-input.ts';
import { decodeText } from './decode-text.ts';
import { readJsonStream } from './json-stream.ts';
import { parseJsonArticles, parseJsonLine, recordToArticle } from './parse-records.ts';
import { splitLines } from './split-lines.ts';

export interface ReadOptions {
  /** Largest article accepted, in bytes (config KG_MAX_ARTICLE_BYTES). @default 2_000_000 */
  maxArticleBytes?: number;
  /** Called with each chunk's size as a file is read from disk (compressed bytes for .gz), for progress. */
  onBytesRead?: (bytes: number) => void;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2_000_000;
export const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl', '.json.gz', '.jsonl.gz'];

const LIMIT_HINT = 'raise it with KG_MAX_ARTICLE_BYTES';
const GZIP_MAGIC = [0x1f, 0x8b];

type Format = 'txt' | 'json' | 'jsonl';

/** ".jsonl.gz" → {format: 'jsonl', gzip: true}; null for a file that is no article input. */
export function inputFormat(path: string): { format: Format; gzip: boolean } | null {
  const name = basename(path).toLowerCase();
  const gzip = name.endsWith('.gz');
  const bare = gzip ? name.slice(0, -3) : name;
  for (const format of ['jsonl', 'json', 'txt'] as const) {
    if (bare.endsWith(`.${format}`) && !(gzip && format === 'txt')) return { format, gzip };
  }
  return null;
}

export async function* readArticles(path: string, options: ReadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  if (path === '-') {
    yield* readStdin(process.stdin, 'stdin', options);
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  if (info.isDirectory()) {
    let files = 0;
    for await (const file of listArticleFiles(path)) {
      files++;
      yield* readArticleFile(file, options);
    }
    if (files === 0) yield new InputError(path, 'not-an-article', `no ${ARTICLE_EXTENSIONS.join(', ')} files in this directory`);
    return;
  }
  yield* readArticleFile(path, options);
}

/** Files with an article extension under dir, depth-first, names sorted. */
async function* listArticleFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* listArticleFiles(full);
    else if (inputFormat(entry.name)) yield full;
  }
}

export async function* readArticleFile(file: string, options: ReadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  const max = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const kind = inputFormat(file) ?? { format: 'txt' as const, gzip: false };
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    yield unreadable(file, error);
    return;
  }
  // A plain file of at most one article's size is read whole: every encoding decodeText
  // knows (UTF-16, legacy Vietnamese hints) works for it. Bigger ones and gzip stream as UTF-8.
  if (kind.format === 'txt' || (!kind.gzip && size <= max)) {
    if (size > max) {
      yield new InputError(file, 'too-large', `the file is ${size} bytes, over the limit of ${max} bytes per article (${LIMIT_HINT})`);
      return;
    }
    yield* readWhole(file, kind.format);
    options.onBytesRead?.(size);
    return;
  }
  const input = createReadStream(file, { highWaterMark: 256 * 1024 });
  if (options.onBytesRead) input.on('data', (chunk) => options.onBytesRead!(chunk.length));
  yield* readRecords(kind.gzip ? input.pipe(gunzip(input)) : input, file, kind.format === 'json' ? 'json' : 'jsonl', max);
}

/**
 * JSON records of any kind from .jsonl, .json (one record or an array), gzipped or not, or
 * standard input ("-", JSON Lines or a JSON array, gzipped or not), one at a time: e.g. what
 * `kg extract --format json` wrote, for `kg load`. A record over maxBytes is refused by itself.
 */
export async function* readJsonRecords<T>(
  path: string,
  convert: Convert<T>,
  options: { maxBytes: number; onBytesRead?: (bytes: number) => void },
): AsyncGenerator<T | InputError> {
  if (path === '-') {
    const { head, rest } = await peek(process.stdin);
    const gzip = GZIP_MAGIC.every((b, i) => head[i] === b);
    const stream = gzip ? Readable.from(rest).pipe(createGunzip()) : Readable.from(rest);
    yield* readRecords(stream, 'stdin', 'jsonl', options.maxBytes, convert);
    return;
  }
  const kind = inputFormat(path);
  if (!kind || kind.format === 'txt') {
    yield new InputError(path, 'not-an-article', 'expected a .jsonl or .json file (gzipped or not) of JSON records');
    return;
  }
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (options.onBytesRead) input.on('data', (chunk) => options.onBytesRead!(chunk.length));
  yield* readRecords(kind.gzip ? input.pipe(gunzip(input)) : input, path, kind.format === 'json' ? 'json' : 'jsonl', options.maxBytes, convert);
}

async function* readWhole(file: string, format: Format): AsyncGenerator<RawArticle | InputError> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield unreadable(file, error);
    return;
  }
  const text = decodeText(bytes, file);
  if (text instanceof InputError) {
    yield text;
    return;
  }
  if (format === 'json') yield* parseJsonArticles(text, file);
  else if (format === 'jsonl') yield* jsonLinesFromText(text, file);
  else yield { origin: file, text };
}

function* jsonLinesFromText(text: string, file: string): Generator<RawArticle | InputError> {
  let any = false;
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    any = true;
    yield parseJsonLine(line, `${file}:${i + 1}`);
  }
  if (!any) yield new InputError(file, 'empty', 'the file holds no records');
}

type Convert<T> = (record: unknown, where: string) => T | InputError;

/** A stream of JSON Lines or JSON, one record at a time; a stream error ends it with a report. */
async function* readRecords<T = RawArticle>(
  stream: Readable,
  origin: string,
  format: 'json' | 'jsonl',
  max: number,
  convert: Convert<T> = recordToArticle as Convert<T>,
): AsyncGenerator<T | InputError> {
  try {
    if (format === 'json') {
      yield* readJsonStream(stream, origin, max, convert);
      return;
    }
    let any = false;
    for await (const line of splitLines(stream, max)) {
      const where = `${origin}:${line.number}`;
      if ('tooLong' in line) {
        any = true;
        yield new InputError(where, 'too-large', `the record is ${line.tooLong} bytes, over the limit of ${max} bytes per article (${LIMIT_HINT})`);
        continue;
      }
      if (isBlank(line.bytes)) continue;
      any = true;
      const text = decodeText(line.bytes, where);
      yield text instanceof InputError ? text : parseJsonLine(text, where, convert);
    }
    if (!any) yield new InputError(origin, 'empty', 'the file holds no records');
  } catch (error) {
    yield unreadable(origin, error);
  } finally {
    stream.destroy();
  }
}

/**
 * "-": standard input. JSON Lines (what `kg extract --format json` and `zcat corpus.jsonl.gz`
 * print) when it starts with "{", gzip when it starts with gzip's magic bytes, else one
 * plain-text article under the size limit.
 */
export async function* readStdin(stream: AsyncIterable<Buffer | string> & { destroy?: () => void }, origin: string, options: ReadOptions): AsyncGenerator<RawArticle | InputError> {
  const max = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const { head, rest } = await peek(stream);
  if (head.length === 0) {
    yield new InputError(origin, 'empty', 'standard input is empty: nothing to extract');
    return;
  }
  if (GZIP_MAGIC.every((b, i) => head[i] === b)) {
    const unzipped = Readable.from(rest).pipe(createGunzip());
    const inner = await peek(unzipped);
    yield* readRecords(Readable.from(inner.rest), origin, firstChar(inner.head) === '[' ? 'json' : 'jsonl', max);
    return;
  }
  const first = firstChar(head);
  if (first === '{' || first === '[') {
    yield* readRecords(Readable.from(rest), origin, first === '[' ? 'json' : 'jsonl', max);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest) {
    size += chunk.length;
    if (size > max) {
      yield new InputError(origin, 'too-large', `the input is over the limit of ${max} bytes per article (${LIMIT_HINT})`);
      stream.destroy?.();
      return;
    }
    chunks.push(chunk);
  }
  const text = decodeText(Buffer.concat(chunks), origin);
  yield text instanceof InputError ? text : { origin, text };
}

/** The first chunk of a stream, and the whole stream again (that chunk included). */
async function peek(stream: AsyncIterable<Buffer | string>): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : toBuffer(first.value);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBuffer(next.value);
  }
  return { head, rest: rest() };
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

function firstChar(head: Buffer): string {
  return head.toString('utf8', 0, Math.min(head.length, 64)).replace(/^\uFEFF/, '').trimStart()[0] ?? '';
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

/** A gunzip stream that passes a read error of its source on (pipe() alone does not). */
function gunzip(source: Readable) {
  const unzip = createGunzip();
  source.on('error', (error) => unzip.destroy(error));
  return unzip;
}

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR'
          ? `not a valid gzip file (${(error as Error).message}); the records before the damage were read`
          : String((error as Error).message);
  return new InputError(path, 'unreadable', `cannot read: ${why}`, { cause: error });
}
