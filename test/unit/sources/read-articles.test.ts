// Reading inputs: encodings, JSON/JSONL records, directories, and clear errors naming the file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RawArticle, InputError } from '../../../src/domain/article-input.ts';
import { readArticles } from '../../../src/sources/read-articles.ts';

const ARTICLE = 'Sở Thông tin và Truyền thông Đà Nẵng nhận giải thưởng\nNgân hàng Thế giới tài trợ 29,3 triệu USD cho dự án của thành phố.';
let dir: string;

async function readAll(path: string, maxArticleBytes?: number): Promise<Array<RawArticle | InputError>> {
  const out: Array<RawArticle | InputError> = [];
  for await (const item of readArticles(path, { maxArticleBytes })) out.push(item);
  return out;
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
});

describe('decoding', () => {
  it.each<[string, () => Uint8Array]>([
    ['UTF-8', () => Buffer.from(ARTICLE, 'utf8')],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')])],
    ['UTF-16 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf16le')])],
    ['UTF-16 BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARTICLE, 'utf16be')])],
    ['UTF-16 LE without BOM', () => iconv.encode(ARTICLE, 'utf16le')],
    ['UTF-16 BE without BOM', () => iconv.encode(ARTICLE, 'utf16be')],
  ])('reads %s', async (name, bytes) => {
    const items = await readAll(file(`${name.replace(/\W+/g, '-')}.txt`, bytes()));
    expect(items).toHaveLength(1);
    expect((items[0] as RawArticle).text).toBe(ARTICLE);
  });

  it.each<[string, () => Uint8Array, InputError['reason'], RegExp]>([
    ['empty', () => new Uint8Array(), 'empty', /empty/],
    ['whitespace only', () => Buffer.from(' \n\t\n  '), 'empty', /whitespace/],
    ['binary (NUL bytes)', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 73, 72, 68, 82]), 'binary', /binary/],
    ['binary (control characters)', () => Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 + (i % 7) : 65))), 'binary', /binary/],
    ['Windows-1258', () => iconv.encode(ARTICLE, 'windows1258'), 'encoding', /Windows-1258.*iconv -f WINDOWS-1258 -t UTF-8/s],
    ['TCVN3', () => iconv.encode(ARTICLE, 'tcvn'), 'encoding', /TCVN3/],
    ['Latin-1 noise', () => Buffer.from([0x41, 0xe9, 0x20, 0xff, 0x42]), 'encoding', /not valid UTF-8/],
  ])('refuses %s, naming the file', async (name, bytes, reason, message) => {
    const path = file(`${name.replace(/\W+/g, '-')}.txt`, bytes());
    const [error] = await readAll(path);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toBe(reason);
    expect((error as InputError).message).toContain(path);
    expect((error as InputError).message).toMatch(message);
  });

  it('refuses a file over the size limit, saying the limit and the variable', async () => {
    const path = file('big.txt', `${ARTICLE}\n`.repeat(100));
    const [error] = await readAll(path, 1000);
    expect((error as InputError).reason).toBe('too-large');
    expect((error as InputError).message).toMatch(/1000 bytes.*KG_MAX_ARTICLE_BYTES/);
    expect(await readAll(path, 1_000_000)).toHaveLength(1);
  });

  it('names a path that does not exist', async () => {
    const [error] = await readAll(join(dir, 'missing.txt'));
    expect((error as InputError).reason).toBe('unreadable');
    expect((error as InputError).message).toContain('missing.txt');
  });
});

describe('JSON and JSON Lines', () => {
  it('reads one record with its metadata', async () => {
    const path = file('one.json', JSON.stringify({ title: 'Tiêu đề', text: ARTICLE, publishedAt: '2022-01-24', source: 'Nhân Dân', url: 'https://nhandan.vn/a' }));
    const [article] = await readAll(path);
    expect(article).toEqual({ origin: path, title: 'Tiêu đề', text: ARTICLE, publishedAt: '2022-01-24', source: 'Nhân Dân', url: 'https://nhandan.vn/a' });
  });

  it('reads an array; a record without text is an error and the others still come', async () => {
    const path = file('many.json', JSON.stringify([{ title: 'A', text: ARTICLE }, { title: 'B' }, { title: 'C', text: 'Nội dung C.' }, { title: 'D', text: '\u200b\ufeff ' }]));
    const items = await readAll(path);
    expect(items.map((i) => (i instanceof InputError ? `error ${i.origin}` : i.title))).toEqual(['A', `error ${path}[1]`, 'C', `error ${path}[3]`]);
    expect((items[1] as InputError).message).toMatch(/no "text"/);
  });

  it('reads JSON Lines, naming the bad line and skipping blank ones', async () => {
    const path = file('feed.jsonl', [JSON.stringify({ title: 'A', text: ARTICLE }), '', '{not json', JSON.stringify({ title: 'D', text: 'Nội dung D.', publishedAt: 5 })].join('\n'));
    const items = await readAll(path);
    expect(items).toHaveLength(3);
    expect((items[0] as RawArticle).title).toBe('A');
    expect((items[1] as InputError).origin).toBe(`${path}:3`);
    expect((items[2] as InputError).message).toMatch(/publishedAt/);
  });

  it('refuses invalid JSON with the parser message', async () => {
    const [error] = await readAll(file('broken.json', '{"title": '));
    expect((error as InputError).message).toMatch(/not valid JSON/);
  });
});

describe('directories', () => {
  it('says so when a directory holds no article files', async () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'readme.md'), '# nothing');
    const [error] = await readAll(empty);
    expect((error as InputError).message).toMatch(/no \.txt, \.json, \.jsonl, \.json\.gz, \.jsonl\.gz files/);
  });

  it('reads article files recursively in sorted order, skipping other files', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b-sub'), { recursive: true });
    writeFileSync(join(root, 'c.txt'), 'Bài C\nNội dung C.');
    writeFileSync(join(root, 'a.txt'), 'Bài A\nNội dung A.');
    writeFileSync(join(root, 'b-sub', 'b.jsonl'), `${JSON.stringify({ title: 'Bài B', text: 'Nội dung B.' })}\n`);
    writeFileSync(join(root, 'notes.md'), '# không phải bài báo');
    writeFileSync(join(root, 'empty.txt'), '');
    const items = await readAll(root);
    expect(items.map((i) => (i instanceof InputError ? 'error' : (i.title ?? i.text.split('\n')[0])))).toEqual(['Bài A', 'Bài B', 'Bài C', 'error']);
  });
});
