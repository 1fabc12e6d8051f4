// Run by `npm run eval` only (the gold file lives with the evaluation fixtures, not in the
// repository): every non-optional entity, fact and quantity of the seed article's gold file
// is extracted (matched as the gold header says), and nothing on its must_not list is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ExtractResult } from '../../src/domain/extraction.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import {
  entityMatches,
  factMatches,
  fold,
  goldKeysById,
  quantityCandidates,
  quantityFound,
  type GoldFile,
} from '../unit/pipeline/relate/gold-matching.ts';
import { evalSharedDir, SEED_ARTICLE } from '../support/articles.ts';

const shared = evalSharedDir();
if (!shared) throw new Error('test/eval runs under `npm run eval`, which sets KG_EVAL_SHARED');
const goldPath = path.join(shared, 'fixtures/gold/danang-futuregov.yaml');
const articlePath = SEED_ARTICLE;

const gold = parse(readFileSync(goldPath, 'utf8')) as GoldFile;
const result: ExtractResult = extractArticle({ origin: articlePath, text: readFileSync(articlePath, 'utf8') });
const keys = goldKeysById(result, gold);

const required = <T extends { optional?: boolean }>(items: T[]) => items.filter((x) => !x.optional);
const label = (f: { subject: string[]; predicate: string[]; object: string[] }) =>
  `${f.subject.join('|')} -${f.predicate.join('|')}-> ${f.object.join('|')}`;

describe('seed article against its gold file', () => {
  it.each(Object.entries(gold.entities).filter(([, e]) => !e.optional))('finds the entity %s', (_key, g) => {
    expect(result.entities.filter((e) => entityMatches(e, g)).map((e) => e.name)).not.toEqual([]);
  });

  it.each(required(gold.facts).map((f) => [label(f), f] as const))('finds the fact %s', (_l, g) => {
    expect(result.facts.some((f) => factMatches(f, g, keys))).toBe(true);
  });

  it.each(required(gold.quantities).map((q) => [`${q.kind} ${q.value} ${q.unit ?? q.unit_contains ?? ''}`, q] as const))(
    'finds the quantity %s attached to its entity',
    (_l, g) => {
      expect(quantityFound(result, g, keys)).toBe(true);
    },
  );
});

describe('seed article: nothing on the must_not list', () => {
  const named = (type: string | null, test: (folded: string) => boolean) =>
    result.entities.filter((e) => (type === null || e.type === type) && test(fold(e.name)));

  it('no entity named Nhandan, Theo Nhandan or a bare number', () => {
    expect(named(null, (n) => n === 'nhandan' || n === 'theonhandan' || /^\d+$/u.test(n))).toEqual([]);
  });

  it('one Place for Đà Nẵng and one Organization for FutureGov', () => {
    expect(result.entities.filter((e) => e.type === 'Place' && entityMatches(e, gold.entities.danang!))).toHaveLength(1);
    expect(result.entities.filter((e) => entityMatches(e, gold.entities.futuregov!))).toHaveLength(1);
  });

  it('no fact stated twice (the lead paragraph appears twice)', () => {
    const seen = result.facts.map((f) => `${f.subject}|${f.predicate}|${JSON.stringify(f.object)}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('no Place "Bình Dương" (part of "Thái Bình Dương")', () => {
    expect(named('Place', (n) => n === 'binhduong')).toEqual([]);
  });

  it('no Organization from the verb "tổ chức" or from "trung tâm dữ liệu"', () => {
    expect(named('Organization', (n) => n === 'tochuc' || n.includes('trungtamdulieu'))).toEqual([]);
    expect(result.entities.filter((e) => e.type === 'Organization' && /^tổ chức$/iu.test(e.name))).toEqual([]);
  });

  it('no quantity 29 or 1.8 from "29,3" or "1.800"', () => {
    const values = [...result.quantities.map((q) => q.value), ...quantityCandidates(result).map((q) => q.value)];
    expect(values.filter((v) => v === 29 || v === 1.8)).toEqual([]);
  });

  it('every evidence quote is the text at its offsets', () => {
    for (const f of result.facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(result.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});
