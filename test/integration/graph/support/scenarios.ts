// Small articles for loader tests, every id made unique by a prefix so test files never
// share rows. Entity ids look like the extractor's ("org:<prefix>-dic").
import type { ExtractResult } from '../../../../src/domain/extraction.ts';
import { buildExtract } from '../../../support/extract-builder.ts';

export type Ids = {
  dic: string;
  award: string;
  project: string;
  wb: string;
  danang: string;
  futuregov: string;
};

export const idsFor = (p: string): Ids => ({
  dic: `org:${p}-dic`,
  award: `award:${p}-asean-2011`,
  project: `project:${p}-e-gov`,
  wb: `org:${p}-wb`,
  danang: `place:${p}-da-nang`,
  futuregov: `org:${p}-futuregov`,
});

/** The seed's facts, stated the seed's way. */
export function awardArticle(p: string, articleId = `art:${p}-award`): ExtractResult {
  const ids = idsFor(p);
  return buildExtract({
    id: articleId,
    publishedAt: '2022-01-24',
    source: 'Nhân Dân',
    url: `https://example.test/${p}/award`,
    sentences: [
      'Sở Thông tin và Truyền thông Đà Nẵng vừa được tổ chức Future Gov trao giải thưởng "Tổ chức tiêu biểu năm 2011" cho Dự án "Phát triển nền tảng Chính phủ điện tử".',
      'Dự án trên được tài trợ bởi Ngân hàng Thế giới (WB) với tổng vốn đầu tư là 29,3 triệu USD.',
    ],
    entities: [
      { id: ids.dic, type: 'Organization', name: 'Sở Thông tin và Truyền thông TP Đà Nẵng', aliases: ['Sở Thông tin và Truyền thông Đà Nẵng'], mentions: [[0, 'Sở Thông tin và Truyền thông Đà Nẵng']] },
      { id: ids.futuregov, type: 'Organization', name: 'FutureGov', aliases: ['Future Gov'], mentions: [[0, 'Future Gov']] },
      { id: ids.award, type: 'Award', name: 'Tổ chức tiêu biểu năm 2011', mentions: [[0, 'Tổ chức tiêu biểu năm 2011']] },
      { id: ids.project, type: 'Project', name: 'Phát triển nền tảng Chính phủ điện tử', mentions: [[0, 'Phát triển nền tảng Chính phủ điện tử'], [1, 'Dự án trên']] },
      { id: ids.wb, type: 'Organization', name: 'Ngân hàng Thế giới', aliases: ['WB'], mentions: [[1, 'Ngân hàng Thế giới'], [1, 'WB']] },
      { id: ids.danang, type: 'Place', name: 'Đà Nẵng', mentions: [[0, 'Đà Nẵng']] },
    ],
    facts: [
      { subject: ids.dic, predicate: 'WON', object: ids.award, sentences: [0], qualifiers: { year: 2011 }, confidence: 0.9 },
      { subject: ids.award, predicate: 'AWARDED_BY', object: ids.futuregov, sentences: [0], confidence: 0.8 },
      { subject: ids.award, predicate: 'AWARDED_FOR', object: ids.project, sentences: [0], confidence: 0.85 },
      { subject: ids.project, predicate: 'FUNDED_BY', object: ids.wb, sentences: [1], qualifiers: { amount: 29_300_000, currency: 'USD' }, confidence: 0.9 },
      { subject: ids.dic, predicate: 'LOCATED_IN', object: ids.danang, sentences: [0], confidence: 0.7 },
      {
        subject: ids.project,
        predicate: 'HAS_QUANTITY',
        object: { kind: 'money', value: 29_300_000, unit: 'USD', measure: 'investment', text: '29,3 triệu USD' },
        sentences: [1],
        confidence: 0.9,
      },
    ],
  });
}

/** A second article restating one fact (the World Bank funds the project), other words. */
export function fundingArticle(p: string, articleId = `art:${p}-funding`, confidence = 0.95): ExtractResult {
  const ids = idsFor(p);
  return buildExtract({
    id: articleId,
    publishedAt: '2012-03-01',
    sentences: ['Ngân hàng Thế giới tài trợ cho dự án Chính phủ điện tử của Đà Nẵng.', 'World Bank cho biết sẽ tiếp tục hỗ trợ.'],
    entities: [
      { id: ids.wb, type: 'Organization', name: 'Ngân hàng Thế giới', aliases: ['World Bank'], mentions: [[0, 'Ngân hàng Thế giới'], [1, 'World Bank']] },
      { id: ids.project, type: 'Project', name: 'Phát triển nền tảng Chính phủ điện tử', mentions: [[0, 'dự án Chính phủ điện tử']] },
      { id: ids.danang, type: 'Place', name: 'Đà Nẵng', mentions: [[0, 'Đà Nẵng']] },
    ],
    facts: [{ subject: ids.project, predicate: 'FUNDED_BY', object: ids.wb, sentences: [0], confidence }],
  });
}
