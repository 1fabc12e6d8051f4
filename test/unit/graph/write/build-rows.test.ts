import { describe, expect, it } from 'vitest';
import { buildRows, quantityId } from '../../../../src/graph/write/build-rows.ts';
import { buildExtract } from '../../../support/extract-builder.ts';

// Integers (bigints, which the driver sends as Integer) printed plainly in snapshots: "int:1800".
const plain = (value: unknown): unknown => {
  if (typeof value === 'bigint') return `int:${value}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
};

const seedLike = () =>
  buildExtract({
    id: 'art:seed',
    publishedAt: '2022-01-24',
    source: 'Nhân Dân',
    sentences: [
      'Sở Thông tin và Truyền thông TP Ðà Nẵng nhận giải thưởng của Future Gov.',
      'Dự án được tài trợ bởi Ngân hàng Thế giới (WB) với tổng vốn 29,3 triệu USD.',
    ],
    entities: [
      { id: 'org:dic', type: 'Organization', name: 'Sở Thông tin và Truyền thông TP Đà Nẵng', mentions: [[0, 'Sở Thông tin và Truyền thông TP Ðà Nẵng']] },
      { id: 'org:futuregov', type: 'Organization', name: 'FutureGov', aliases: ['Future Gov'], mentions: [[0, 'Future Gov']] },
      { id: 'org:wb', type: 'Organization', name: 'Ngân hàng Thế giới', aliases: ['WB'], mentions: [[1, 'Ngân hàng Thế giới'], [1, 'WB']] },
    ],
    facts: [
      { subject: 'org:dic', predicate: 'FUNDED_BY', object: 'org:wb', sentences: [1], qualifiers: { amount: 29_300_000, currency: 'USD' } },
      { subject: 'org:dic', predicate: 'FUNDED_BY', object: 'org:wb', sentences: [0, 1], confidence: 0.95, qualifiers: { year: 2011 } },
      {
        subject: 'org:wb',
        predicate: 'HAS_QUANTITY',
        object: { kind: 'money', value: 29_300_000, unit: 'USD', measure: 'investment', text: '29,3 triệu USD' },
        sentences: [1],
        confidence: 0.8,
      },
    ],
  });

describe('buildRows', () => {
  it('makes article and sentence rows with integers and an ISO date', () => {
    const rows = buildRows(seedLike());
    expect(plain(rows.article)).toMatchObject({ id: 'art:seed', publishedAt: '2022-01-24', source: 'Nhân Dân', language: 'vi' });
    const { mentions: _, ...sentence } = rows.sentences[1]!;
    expect(plain(sentence)).toMatchInlineSnapshot(`
      {
        "articleId": "art:seed",
        "end": "int:148",
        "id": "art:seed:s1",
        "index": "int:1",
        "start": "int:73",
        "text": "Dự án được tài trợ bởi Ngân hàng Thế giới (WB) với tổng vốn 29,3 triệu USD.",
      }
    `);
  });

  it('folds names into nameKey and spaced + unspaced search forms', () => {
    const rows = buildRows(seedLike());
    const futureGov = rows.entities.Organization?.find((e) => e.id === 'org:futuregov');
    expect(futureGov).toMatchInlineSnapshot(`
      {
        "aliases": [
          "FutureGov",
          "Future Gov",
        ],
        "id": "org:futuregov",
        "name": "FutureGov",
        "nameKey": "futuregov",
        "searchForms": [
          "futuregov",
          "future gov",
        ],
        "type": "Organization",
      }
    `);
    const dic = rows.entities.Organization?.find((e) => e.id === 'org:dic');
    expect(dic?.nameKey).toBe('so thong tin va truyen thong tp da nang');
  });

  it('puts each mention under its sentence, offsets relative to the sentence', () => {
    const result = seedLike();
    const rows = buildRows(result);
    for (const sentence of rows.sentences) {
      for (const row of sentence.mentions) {
        expect(sentence.text.slice(Number(row.start), Number(row.end))).toBe(row.text);
        expect(result.text.slice(Number(row.articleStart), Number(row.articleEnd))).toBe(row.text);
      }
    }
    expect(rows.sentences.map((s) => s.mentions.length)).toEqual([2, 2]);
    expect(plain(rows.sentences[1]?.mentions.find((m) => m.text === 'WB'))).toMatchInlineSnapshot(`
      {
        "articleEnd": "int:118",
        "articleStart": "int:116",
        "end": "int:45",
        "entityId": "org:wb",
        "start": "int:43",
        "text": "WB",
      }
    `);
  });

  it('lists entities by id and facts by subject and object: the order every writer locks them in', () => {
    const rows = buildRows(
      buildExtract({
        id: 'art:order',
        sentences: ['Tổ chức C, tổ chức B và tổ chức A cùng tài trợ cho dự án Z.'],
        entities: [
          { id: 'org:c', type: 'Organization', name: 'Tổ chức C', mentions: [[0, 'Tổ chức C']] },
          { id: 'project:z', type: 'Project', name: 'dự án Z', mentions: [[0, 'dự án Z']] },
          { id: 'org:b', type: 'Organization', name: 'tổ chức B', mentions: [[0, 'tổ chức B']] },
          { id: 'org:a', type: 'Organization', name: 'tổ chức A', mentions: [[0, 'tổ chức A']] },
        ],
        facts: ['org:c', 'org:a', 'org:b'].map((funder) => ({ subject: 'project:z', predicate: 'FUNDED_BY' as const, object: funder, sentences: [0] })),
      }),
    );
    expect(rows.entities.Organization?.map((e) => e.id)).toEqual(['org:a', 'org:b', 'org:c']);
    expect(rows.facts.FUNDED_BY?.map((f) => f.object)).toEqual(['org:a', 'org:b', 'org:c']);
  });

  it('merges repeats of one (subject, predicate, object) in an article', () => {
    const rows = buildRows(seedLike());
    expect(plain(rows.facts.FUNDED_BY)).toMatchInlineSnapshot(`
      [
        {
          "articleIds": [
            "art:seed",
          ],
          "confidences": [
            0.95,
          ],
          "evidence": [
            "art:seed:s1",
            "art:seed:s0",
          ],
          "extractor": "test@1",
          "object": "org:wb",
          "qualifiers": {
            "amount": "int:29300000",
            "currency": "USD",
            "year": "int:2011",
          },
          "subject": "org:dic",
        },
      ]
    `);
  });

  it('gives a quantity fact a Quantity node id derived from subject, kind, value, unit, measure', () => {
    const rows = buildRows(seedLike());
    const [row] = rows.quantityFacts;
    const q = { kind: 'money', value: 29_300_000, unit: 'USD', measure: 'investment', text: 'x' } as const;
    expect(row?.object).toBe(quantityId('org:wb', q));
    expect(quantityId('org:wb', q)).not.toBe(quantityId('org:dic', q));
    expect(quantityId('org:wb', { ...q, text: 'other wording' })).toBe(row?.object);
    expect(plain(row?.quantity)).toMatchObject({ kind: 'money', value: 'int:29300000', unit: 'USD', measure: 'investment', year: null });
  });
});
