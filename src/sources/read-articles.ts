// Reading inputs: a .txt laid out like a news page, a .json (one record or an array), a
// .jsonl, or a directory of them (sorted, recursive). Yields one RawArticle per article or
// an InputError per unreadable file/record; a bad one never stops the others.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type RawArticle, InputError } from '../domain/article-input.ts';
import { decodeText } from './decode-text.ts';
import { parseJsonArticles, parseJsonLinesArticles } from './parse-records.ts';

export interface ReadOptions {
  /** Largest file accepted, in bytes (config KG_MAX_ARTICLE_BYTES). @default 2_000_000 */
  maxArticleBytes?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2_000_000;
export const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl'];

export async function* readArticles(path: string, options: ReadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  if (path === '-') {
    yield* readStream(process.stdin, 'stdin', options);
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
    else if (ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) yield full;
  }
}

export async function* readArticleFile(file: string, options: ReadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  const max = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    // Checked before reading, so a huge file costs nothing.
    if (size > max) {
      yield new InputError(file, 'too-large', `the file is ${size} bytes, over the limit of ${max} bytes (raise it with KG_MAX_ARTICLE_BYTES)`);
      return;
    }
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
  yield* articlesFromText(text, file);
}

/** "-": one plain-text article from standard input, under the same size limit. */
async function* readStream(stream: AsyncIterable<Buffer | string>, origin: string, options: ReadOptions): AsyncGenerator<RawArticle | InputError> {
  const max = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > max) {
      yield new InputError(origin, 'too-large', `the input is over the limit of ${max} bytes (raise it with KG_MAX_ARTICLE_BYTES)`);
      return;
    }
    chunks.push(bytes);
  }
  const text = decodeText(Buffer.concat(chunks), origin);
  yield text instanceof InputError ? text : { origin, text };
}

/** Text of one file → its articles, by the file's extension (.txt is one article). */
export function articlesFromText(text: string, file: string): Array<RawArticle | InputError> {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return parseJsonArticles(text, file);
  if (ext === '.jsonl') return parseJsonLinesArticles(text, file);
  return [{ origin: file, text }];
}

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
  return new InputError(path, 'unreadable', `cannot read: ${why}`, { cause: error });
}
