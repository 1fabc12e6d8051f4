// The corpus miner: what one article adds to the counts, and the command's files (names and
// counts above their thresholds, never a sentence of the input).
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTEXT } from '../../../src/pipeline/lexicon/context-cues.ts';
import { emptyCounts, thresholded } from '../../../src/mining/counts.ts';
import { mineArticle } from '../../../src/mining/mine-article.ts';
import { mineLexicon } from '../../../src/mining/mine-lexicon.ts';
import { useMinedData } from '../../../src/pipeline/lexicon/mined.ts';

function mined(...texts: string[]) {
  const counts = emptyCounts();
  for (const text of texts) mineArticle(null, text, counts);
  return counts;
}

describe('mineArticle', () => {
  it.each<[string, string, number]>([
    ['Cổ phiếu của hãng Quortexa tăng mạnh.', 'Quortexa', CONTEXT.organisation],
    ['Ngân hàng Velmoracorp vừa tăng lãi suất.', 'Velmoracorp', CONTEXT.organisation],
    ['Ông Brandt Osterhagen đến Hà Nội.', 'Brandt Osterhagen', CONTEXT.person],
    ['Tổng thống Halvorsen phát biểu.', 'Halvorsen', CONTEXT.person],
    ['Bạn chọn mục Wrap Text trên thanh công cụ.', 'Wrap Text', CONTEXT.software],
    ['Họ đến thành phố Tromsdal vào mùa đông.', 'Tromsdal', CONTEXT.place],
    ['Mẫu Zephyra Z9 bán chạy nhất tháng.', 'Zephyra Z9', CONTEXT.product],
    ['Hội chợ Marvento mở cửa đến chủ nhật.', 'Marvento', CONTEXT.event],
  ])('%s → counts "%s" in its context', (text, run, context) => {
    const row = mined(text).latin.get(run);
    expect(row?.[CONTEXT.total]).toBe(1);
    expect(row?.[context]).toBe(1);
  });

  it('counts a run in no context only in its total, and never a Vietnamese word in Latin letters', () => {
    const counts = mined('Doanh thu của Quortexa tăng. Nam nói thêm.');
    expect(counts.latin.get('Quortexa')).toEqual([1]);
    expect(counts.latin.has('Nam')).toBe(false);
  });

  it('counts headed names, their bracketed aliases and the lowercase words after them', () => {
    const counts = mined(
      'Cục Kiểm định Hàng hải (CKH) làm việc với doanh nghiệp.',
      'Ông Hà gặp lãnh đạo Cục Kiểm định Hàng hải sau thông quan hôm qua.',
      'Hiệp hội Thủy sản Miền Trung (Seafish Central) họp thường niên.',
    );
    expect(counts.headed.get('Cục Kiểm định Hàng hải')?.[0]).toBe(2);
    expect(counts.aliases.get('Cục Kiểm định Hàng hải\tCKH')?.[0]).toBe(1);
    expect(counts.aliases.get('Hiệp hội Thủy sản Miền Trung\tSeafish Central')?.[0]).toBe(1);
    expect(counts.continuations.get('Cục Kiểm định Hàng hải\tsau')?.[0]).toBe(1);
    expect(counts.continuations.get('Cục Kiểm định Hàng hải\tsau thông quan')?.[0]).toBe(1);
  });

  it('counts a continuation past a word written with a comma, up to ten syllables', () => {
    // As `kg lexicon mine` does: the rules' own reading, not one the shipped mined data shaped.
    useMinedData(false);
    try {
      const counts = mined('Lô hàng bị Đội Kiểm soát phòng, chống ma túy giữ lại.', 'Khi đó Phòng Cảnh sát Điều tra tội phạm về trật tự xã hội vào cuộc.');
      expect(counts.continuations.get('Đội Kiểm soát\tphòng chống ma túy')?.[0]).toBe(1);
      expect(counts.continuations.get('Phòng Cảnh sát Điều tra\ttội phạm về trật tự xã hội')?.[0]).toBe(1);
      // A comma between two words that make no word together ends the run.
      const thrift = mined('Ban Kiểm soát Biên mậu tiết kiệm, chống lãng phí.').continuations;
      expect(thrift.get('Ban Kiểm soát Biên mậu\ttiết kiệm')?.[0]).toBe(1);
      expect(thrift.get('Ban Kiểm soát Biên mậu\ttiết kiệm chống')).toBeUndefined();
    } finally {
      useMinedData(true);
    }
  });

  it('counts the number right after a headed name, and the numbered name with its continuation', () => {
    const counts = mined(
      'Ban Kiểm soát Biên mậu 715 tỉnh Hòa Bình vừa họp.',
      'Ban Kiểm soát Biên mậu 715 quốc gia chỉ đạo các tỉnh.',
      'Đội Kiểm tra Hàng hải số 4 phát hiện hai tàu.',
      'Ban Kiểm soát Biên mậu 3/2024 đã ban hành.',
    );
    expect(counts.numbered.get('Ban Kiểm soát Biên mậu\t715')?.[0]).toBe(2);
    expect(counts.numbered.get('Đội Kiểm tra Hàng hải\tsố 4')?.[0]).toBe(1);
    expect(counts.headed.get('Ban Kiểm soát Biên mậu 715')?.[0]).toBe(2);
    expect(counts.continuations.get('Ban Kiểm soát Biên mậu 715\tquốc gia')?.[0]).toBe(1);
    // "3/2024" numbers a document, not the unit
    expect(counts.numbered.has('Ban Kiểm soát Biên mậu\t3')).toBe(false);
  });

  it('counts quoted award and programme titles after their cue', () => {
    const counts = mined('Công ty đoạt giải ở hạng mục "Sản phẩm xanh của năm" và tham gia chương trình "Nông thôn số".');
    expect(counts.awards.get('Sản phẩm xanh của năm')?.[0]).toBe(1);
    expect(counts.programmes.get('Nông thôn số')?.[0]).toBe(1);
  });
});

describe('thresholded', () => {
  it('keeps rows seen often enough, most frequent first, missing fields as 0', () => {
    const map = new Map<string, number[]>([['a', [5, 2]], ['b', [1]], ['c', [9]]]);
    expect(thresholded(map, 2, 3)).toEqual([['c', 9, 0, 0], ['a', 5, 2, 0]]);
  });
});

describe('mineLexicon (kg lexicon mine)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('reads .jsonl and .jsonl.gz line by line, skips bad lines, writes names and counts only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-mine-'));
    dirs.push(dir);
    const sentence = 'Hãng Quortexa vừa mở văn phòng tại Đà Nẵng để tuyển kỹ sư phần mềm.';
    const records = [0, 1, 2].map((k) => JSON.stringify({ title: `Tin ${k}`, text: sentence }));
    await writeFile(join(dir, 'a.jsonl.gz'), gzipSync(`${records.join('\n')}\nnot json\n{"title": "no text"}\n`));
    await writeFile(join(dir, 'b.jsonl'), `${records[0]}\n`);
    const out = join(dir, 'mined');
    const summary = await mineLexicon([join(dir, 'a.jsonl.gz'), join(dir, 'b.jsonl')], { out, minLatin: 3 });
    expect(summary.articles).toBe(4);
    expect(summary.skipped).toBe(2);
    expect((await readdir(out)).sort()).toEqual(['aliases.json', 'continuations.json', 'headed-names.json', 'latin-runs.json', 'numbered-names.json', 'titles.json']);
    const latin = JSON.parse(await readFile(join(out, 'latin-runs.json'), 'utf8')) as { articles: number; rows: unknown[][] };
    expect(latin.articles).toBe(4);
    expect(latin.rows).toContainEqual(['Quortexa', 4, 4, 0, 0, 0, 0, 0]);
    for (const file of await readdir(out)) expect(await readFile(join(out, file), 'utf8')).not.toContain('tuyển kỹ sư');
  });

  it('keeps a number most of those after a name are, and any number after "số"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-mine-'));
    dirs.push(dir);
    const lines = [
      ...Array.from({ length: 4 }, () => 'Ban Kiểm soát Biên mậu 715 vừa họp.'),
      'Ban Kiểm soát Biên mậu 2 ngày qua đã họp.',
      ...Array.from({ length: 3 }, (_, k) => `Bệnh viện Đa khoa Trường An ${k + 2} ngày qua tiếp nhận ca bệnh.`),
      ...Array.from({ length: 3 }, () => 'Đội Kiểm tra Hàng hải số 4 phát hiện hai tàu.'),
    ];
    await writeFile(join(dir, 'a.jsonl'), `${lines.map((text) => JSON.stringify({ title: null, text })).join('\n')}\n`);
    const out = join(dir, 'mined');
    await mineLexicon([join(dir, 'a.jsonl')], { out, minHeaded: 3 });
    const numbered = JSON.parse(await readFile(join(out, 'numbered-names.json'), 'utf8')) as { rows: unknown[][] };
    expect(numbered.rows).toEqual([
      ['Ban Kiểm soát Biên mậu', '715', 4],
      ['Đội Kiểm tra Hàng hải', 'số 4', 3],
    ]);
  });

  it('refuses a file that is not .jsonl or .jsonl.gz, with its name', async () => {
    await expect(mineLexicon(['/tmp/articles.csv'], { out: '/tmp/never-written' })).rejects.toThrow(/articles\.csv.*\.jsonl/);
  });
});
