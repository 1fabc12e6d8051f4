import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../../src/graph/write/build-rows.ts';
import { mergeRows } from '../../../../src/graph/write/merge-rows.ts';
import { buildExtract } from '../../../support/extract-builder.ts';

// Two articles about the same bank and project, loaded in one batch.
const first = buildExtract({
  id: 'art:1',
  sentences: ['Dự án A được tài trợ bởi Ngân hàng Thế giới (WB).'],
  entities: [
    { id: 'project:a', type: 'Project', name: 'Dự án A', mentions: [[0, 'Dự án A']] },
    { id: 'org:wb', type: 'Organization', name: 'Ngân hàng Thế giới', aliases: ['WB'], mentions: [[0, 'Ngân hàng Thế giới']] },
  ],
  facts: [{ subject: 'project:a', predicate: 'FUNDED_BY', object: 'org:wb', sentences: [0], confidence: 0.7, qualifiers: { currency: 'USD' } }],
});
const second = buildExtract({
  id: 'art:2',
  sentences: ['World Bank tài trợ 10 triệu USD cho Dự án A.'],
  entities: [
    { id: 'org:wb', type: 'Organization', name: 'World Bank', mentions: [[0, 'World Bank']] },
    { id: 'project:a', type: 'Project', name: 'Dự án A', mentions: [[0, 'Dự án A']] },
  ],
  facts: [{ subject: 'project:a', predicate: 'FUNDED_BY', object: 'org:wb', sentences: [0], confidence: 0.9, qualifiers: { amount: 10_000_000 } }],
});

describe('mergeRows', () => {
  const rows = mergeRows([buildRows(first), buildRows(second)]);

  it('keeps every article, sentence and mention, each mention under its sentence', () => {
    expect(rows.articles.map((a) => a.id)).toEqual(['art:1', 'art:2']);
    expect(rows.sentences.map((s) => s.id)).toEqual(['art:1:s0', 'art:2:s0']);
    expect(rows.sentences.map((s) => s.mentions.map((m) => m.text))).toEqual([
      ['Dự án A', 'Ngân hàng Thế giới'],
      ['World Bank', 'Dự án A'],
    ]);
  });

  it('merges one entity seen in both: first name wins, aliases and search forms unite', () => {
    const [wb] = rows.entities.Organization ?? [];
    expect(wb).toMatchObject({ id: 'org:wb', name: 'Ngân hàng Thế giới', aliases: ['Ngân hàng Thế giới', 'WB', 'World Bank'] });
    expect(wb?.searchForms).toEqual(expect.arrayContaining(['ngan hang the gioi', 'wb', 'world bank', 'worldbank']));
  });

  it('makes one fact row listing both articles with their confidences, later qualifiers added', () => {
    const funded = rows.facts.FUNDED_BY ?? [];
    expect(funded).toHaveLength(1);
    expect(funded[0]).toMatchObject({
      articleIds: ['art:1', 'art:2'],
      confidences: [0.7, 0.9],
      evidence: ['art:1:s0', 'art:2:s0'],
    });
    expect(Object.keys(funded[0]?.qualifiers ?? {}).sort()).toEqual(['amount', 'currency']);
  });
});
