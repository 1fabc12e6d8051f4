// `kg extract` as a user runs it: a directory with bad files still prints the good articles,
// names each bad file on stderr, and exits 1; on worker threads it prints exactly what the
// main thread prints, in input order.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../integration/reliability/support/synthetic-articles.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const seed = resolve(repoRoot, 'samples/articles/danang-futuregov.txt');

function kg(args: string[], input?: string) {
  return spawnSync(process.execPath, [resolve(repoRoot, 'bin/kg.js'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, input });
}

describe('kg extract', () => {
  it('prints the good articles of a directory as JSON Lines and reports each bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    copyFileSync(seed, join(dir, 'a-seed.txt'));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'b-only-date.txt'), 'Thứ hai, 24/01/2022\n');
    writeFileSync(join(dir, 'c-legacy.txt'), iconv.encode('Ngân hàng Thế giới tài trợ cho dự án của thành phố Đà Nẵng.', 'windows1258'));
    writeFileSync(join(dir, 'd-records.jsonl'), `${JSON.stringify({ title: 'Bài hai', text: 'Quỹ trao 27 học bổng cho sinh viên.' })}\n{"title": "no text"}\n`);
    const run = kg(['extract', dir, '--format', 'json']);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article.title)).toEqual(['Sở Thông tin và Truyền thông TP Đà Nẵng nhận Giải thưởng Future Gov', 'Bài hai']);
    expect(lines[0].article).toMatchObject({ publishedAt: '2022-01-24', source: 'Nhân Dân', language: 'vi' });
    expect(lines[1].quantities[0]).toMatchObject({ kind: 'count', value: 27, unit: 'học bổng' });
    expect(run.stderr).toContain('b-empty.txt');
    expect(run.stderr).toMatch(/b-only-date\.txt: no article text/);
    expect(run.stderr).toMatch(/c-legacy\.txt.*WINDOWS-1258/);
    expect(run.stderr).toContain('d-records.jsonl:2');
    expect(run.status).toBe(1);
  }, 60_000);

  it('prints a table with facts, quantities and warnings, and exits 0', () => {
    const run = kg(['extract', seed, '--format', 'table']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^== .*danang-futuregov\.txt · "Sở Thông tin/);
    expect(run.stdout).toContain('29,3 triệu USD = 29300000 USD');
    expect(run.stdout).toMatch(/facts \(\d+\):/);
  }, 60_000);

  it('shows the article id and every entity id in the table, as `kg cypher` and GraphQL take them', () => {
    const table = kg(['extract', seed, '--format', 'table']).stdout;
    const [json] = kg(['extract', seed, '--format', 'json']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(table).toContain(`article id: ${json.article.id}`);
    expect(json.entities.length).toBeGreaterThan(3);
    for (const entity of json.entities) expect(table).toMatch(new RegExp(`^ +${entity.id} +\\S`, 'm'));
  }, 60_000);

  it('reads one article from standard input with "-"', () => {
    const run = kg(['extract', '-', '--format', 'json'], 'Tin vắn\nQuỹ trao 27 học bổng cho sinh viên.\n');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.article).toMatchObject({ title: 'Tin vắn', file: 'stdin' });
    expect(result.quantities[0]).toMatchObject({ value: 27, unit: 'học bổng' });
  }, 60_000);

  it('refuses an unknown format', () => {
    const run = kg(['extract', seed, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be json or table');
  }, 60_000);

  it('prints, on worker threads, byte for byte what the main thread prints, in input order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-extract-workers-'));
    copyFileSync(seed, join(dir, 'a-seed.txt'));
    for (const article of syntheticArticles(9, 'extract-workers')) writeFileSync(join(dir, `b-${article.name}`), article.text);
    writeFileSync(join(dir, 'c-empty.txt'), '');
    // Archive records of different sizes, so that workers finish them out of order; with the
    // archive's own id and topic, and one line that is not JSON between them.
    const records = syntheticArticles(6, 'extract-workers-jsonl').map((a, i) =>
      JSON.stringify({ id: `feed:${i}`, topic: 'xa-hoi', title: a.title, text: i % 2 ? a.text : `${a.text}\n${a.text.split('\n').slice(2).join('\n').repeat(4)}` }),
    );
    writeFileSync(join(dir, 'd-feed.jsonl'), [...records.slice(0, 3), '{not json', ...records.slice(3)].join('\n'));
    for (const format of ['json', 'table']) {
      const main = kg(['extract', dir, '--format', format, '--workers', '0']);
      const workers = kg(['extract', dir, '--format', format, '--workers', '3']);
      expect(main.status).toBe(1);
      expect(workers.status).toBe(1);
      expect(workers.stdout).toBe(main.stdout);
      expect(workers.stderr).toBe(main.stderr);
    }
    const lines = kg(['extract', dir, '--format', 'json', '--workers', '2']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article.file)).toEqual([
      join(dir, 'a-seed.txt'),
      ...syntheticArticles(9, 'extract-workers').map((a) => join(dir, `b-${a.name}`)),
      ...[1, 2, 3, 5, 6, 7].map((line) => `${join(dir, 'd-feed.jsonl')}:${line}`),
    ]);
    expect(lines.at(-1).article).toMatchObject({ externalId: 'feed:5', topic: 'xa-hoi' });
  }, 120_000);

  it.each([['-1'], ['two'], ['1.5']])('refuses --workers %s', (value) => {
    const run = kg(['extract', seed, '--workers', value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers must be a whole number of at least 0');
  }, 60_000);
});
