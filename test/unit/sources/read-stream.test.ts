// Archives stream: gzip and plain JSON Lines and JSON, the size limit per article rather
// than per file, corpus fields, bad lines named by number while the others go on, standard
// input in every shape, and memory that does not grow with the file.
import { mkdtempSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { gzipSync, createGzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RawArticle, InputError } from '../../../src/domain/article-input.ts';
import { readArticles, readStdin } from '../../../src/sources/read-articles.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-stream-'));
});

const record = (i: number) => ({ title: `Bài số ${i}`, text: `Công ty Số ${i} ký hợp đồng với Ngân hàng Nhà nước Việt Nam tại Hà Nội.` });
const jsonl = (records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

async function collect(items: AsyncIterable<RawArticle | InputError>): Promise<Array<RawArticle | InputError>> {
  const out: Array<RawArticle | InputError> = [];
  for await (const item of items) out.push(item);
  return out;
}
const read = (path: string, maxArticleBytes?: number) => collect(readArticles(path, { maxArticleBytes }));
const titles = (items: Array<RawArticle | InputError>) => items.map((i) => (i instanceof InputError ? `error ${i.origin}` : i.title));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('gzip archives', () => {
  it('reads .jsonl.gz record by record, naming bad lines by number while the others go on', async () => {
    const lines = [record(1), '{"title": "cắt', record(3), '', { title: 'không có nội dung' }, record(6)];
    const path = file('feed.jsonl.gz', gzipSync(jsonl(lines)));
    const items = await read(path);
    expect(titles(items)).toEqual(['Bài số 1', `error ${path}:2`, 'Bài số 3', `error ${path}:5`, 'Bài số 6']);
    expect((items[1] as InputError).message).toMatch(/not valid JSON/);
    expect((items[3] as InputError).message).toMatch(/no "text"/);
  });

  it('reads a .json.gz array and a .json.gz single record', async () => {
    const many = file('many.json.gz', gzipSync(JSON.stringify([record(1), record(2), 7, record(4)])));
    expect(titles(await read(many))).toEqual(['Bài số 1', 'Bài số 2', `error ${many}[2]`, 'Bài số 4']);
    const one = file('one.json.gz', gzipSync(JSON.stringify(record(9))));
    expect(titles(await read(one))).toEqual(['Bài số 9']);
  });

  it('keeps the records before damage in a truncated gzip file and says the file is damaged', async () => {
    const whole = gzipSync(jsonl(Array.from({ length: 400 }, (_, i) => record(i))));
    const path = file('cut.jsonl.gz', whole.subarray(0, Math.floor(whole.length * 0.6)));
    const items = await read(path);
    const last = items.at(-1) as InputError;
    expect(last).toBeInstanceOf(InputError);
    expect(last.message).toMatch(/gzip/);
    expect(items.filter((i) => !(i instanceof InputError)).length).toBeGreaterThan(10);
  });

  it('finds .jsonl.gz and .json.gz files in a directory', async () => {
    const sub = mkdtempSync(join(dir, 'dir-'));
    writeFileSync(join(sub, 'a.jsonl.gz'), gzipSync(jsonl([record(1)])));
    writeFileSync(join(sub, 'b.json.gz'), gzipSync(JSON.stringify([record(2)])));
    writeFileSync(join(sub, 'c.tar.gz'), gzipSync('not an article'));
    expect(titles(await read(sub))).toEqual(['Bài số 1', 'Bài số 2']);
  });
});

describe('KG_MAX_ARTICLE_BYTES bounds each article, not the file', () => {
  it('reads a feed many times the limit when each article is under it', async () => {
    const records = Array.from({ length: 300 }, (_, i) => record(i));
    const path = file('big-feed.jsonl', jsonl(records));
    const items = await read(path, 1000);
    expect(items).toHaveLength(300);
    expect(items.every((i) => !(i instanceof InputError))).toBe(true);
  });

  it('refuses only the oversized record, by line number, and reads the next ones', async () => {
    const huge = { title: 'quá lớn', text: 'Nội dung rất dài. '.repeat(200) };
    for (const [name, write] of [
      ['limit.jsonl', (s: string) => s],
      ['limit.jsonl.gz', (s: string) => gzipSync(s)],
    ] as const) {
      const path = file(name, write(jsonl([record(1), record(2), huge, record(4)])));
      const items = await read(path, 1000);
      expect(titles(items)).toEqual(['Bài số 1', 'Bài số 2', `error ${path}:3`, 'Bài số 4']);
      expect((items[2] as InputError).reason).toBe('too-large');
      expect((items[2] as InputError).message).toMatch(/over the limit of 1000 bytes per article.*KG_MAX_ARTICLE_BYTES/);
    }
  });

  it('counts the title and every other field of a record against the limit', async () => {
    const path = file('title.jsonl', jsonl([{ title: 'T'.repeat(5000), text: 'Ngắn.' }]));
    const [item] = await read(path, 1000);
    expect((item as InputError).reason).toBe('too-large');
  });

  it('streams a .json array, refusing an oversized record and reading the ones after it', async () => {
    const records = [...Array.from({ length: 50 }, (_, i) => record(i)), { title: 'x', text: 'Dài. '.repeat(2000) }, record(99)];
    const path = file('array.json.gz', gzipSync(JSON.stringify(records)));
    const items = await read(path, 2000);
    expect(items).toHaveLength(52);
    expect((items[50] as InputError).reason).toBe('too-large');
    expect((items[50] as InputError).origin).toBe(`${path}[50]`);
    expect((items[51] as RawArticle).title).toBe('Bài số 99');
  });

  it('stops reading a .json array at a record that grows past the limit, keeping the ones before it', async () => {
    const records = [record(1), record(2), { title: 'x', text: 'Dài. '.repeat(400_000) }, record(4)];
    const path = file('runaway.json', JSON.stringify(records));
    const items = await read(path, 100_000);
    expect(titles(items)).toEqual(['Bài số 1', 'Bài số 2', `error ${path}[2]`]);
    expect((items[2] as InputError).message).toMatch(/over the limit of 100000 bytes per article/);
  });
});

describe('corpus records', () => {
  it('maps id → externalId, outlet → source, keeps title and topic, ignores other fields', async () => {
    const path = file('corpus.jsonl', jsonl([
      { id: 'vntc:test/Kinh doanh/KD_NLD_T_ (7001)', corpus: 'VNTC', outlet: 'Người Lao Động', topic: 'business', title: null, text: 'Nội dung A.' },
      { id: 42, outlet: 'Thanh Niên', source: 'Báo Hải quan', title: 'Tiêu đề', text: 'Nội dung B.' },
      { id: { nested: true }, text: 'Nội dung C.' },
    ]));
    const [a, b, c] = await read(path);
    expect(a).toEqual({ origin: `${path}:1`, text: 'Nội dung A.', externalId: 'vntc:test/Kinh doanh/KD_NLD_T_ (7001)', source: 'Người Lao Động', topic: 'business' });
    expect(b).toMatchObject({ externalId: '42', source: 'Báo Hải quan', title: 'Tiêu đề' });
    expect((c as InputError).message).toMatch(/"id" must be a string or a number/);
  });
});

describe('standard input', () => {
  const stdin = (bytes: Buffer | string, chunk = 7) => {
    const buffer = Buffer.from(bytes);
    const parts: Buffer[] = [];
    for (let i = 0; i < buffer.length; i += chunk) parts.push(buffer.subarray(i, i + chunk));
    return Readable.from(parts);
  };

  it('reads JSON Lines, gzipped JSON Lines, a JSON array and plain text', async () => {
    const lines = jsonl([record(1), record(2)]);
    expect(titles(await collect(readStdin(stdin(lines), 'stdin', {})))).toEqual(['Bài số 1', 'Bài số 2']);
    expect(titles(await collect(readStdin(stdin(gzipSync(lines), 100), 'stdin', {})))).toEqual(['Bài số 1', 'Bài số 2']);
    expect(titles(await collect(readStdin(stdin(JSON.stringify([record(3)])), 'stdin', {})))).toEqual(['Bài số 3']);
    const [plain] = await collect(readStdin(stdin('Tiêu đề\nNội dung của bài.'), 'stdin', {}));
    expect((plain as RawArticle).text).toBe('Tiêu đề\nNội dung của bài.');
  });

  it('names stdin lines by number and bounds plain text by the limit', async () => {
    const items = await collect(readStdin(stdin(jsonl([record(1), 'oops'])), 'stdin', {}));
    expect((items[1] as InputError).origin).toBe('stdin:2');
    const [big] = await collect(readStdin(stdin('Nội dung. '.repeat(500), 64), 'stdin', { maxArticleBytes: 1000 }));
    expect((big as InputError).reason).toBe('too-large');
  });
});

describe('memory', () => {
  it('stays flat while a 60 MB archive is read', async () => {
    const path = join(dir, 'large.jsonl.gz');
    const body = 'Ngân hàng Nhà nước Việt Nam công bố số liệu tín dụng quý mới. '.repeat(40);
    async function* lines() {
      for (let i = 0; i < 25_000; i++) yield `${JSON.stringify({ id: i, title: `Bài ${i}`, text: `${i} ${body}` })}\n`;
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(path));
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    for await (const item of readArticles(path)) {
      if (item instanceof InputError) throw item;
      if (++count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(count).toBe(25_000);
    // Reading the whole file at once holds its 65 MB of text and 25,000 articles.
    expect(peak).toBeLessThan(40_000_000);
  }, 60_000);
});
