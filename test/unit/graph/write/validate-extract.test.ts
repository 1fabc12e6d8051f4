import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../../src/domain/extraction.ts';
import { LoadError } from '../../../../src/graph/write/load-error.ts';
import { validateExtract } from '../../../../src/graph/write/validate-extract.ts';
import { buildExtract } from '../../../support/extract-builder.ts';

const valid = (): ExtractResult =>
  buildExtract({
    id: 'art:v',
    sentences: ['Sở A nhận giải B.', 'Dự án C do Ngân hàng D tài trợ.'],
    entities: [
      { id: 'org:a', type: 'Organization', name: 'Sở A', mentions: [[0, 'Sở A']] },
      { id: 'award:b', type: 'Award', name: 'giải B', mentions: [[0, 'giải B']] },
      { id: 'org:d', type: 'Organization', name: 'Ngân hàng D', mentions: [[1, 'Ngân hàng D']] },
    ],
    facts: [{ subject: 'org:a', predicate: 'WON', object: 'award:b', sentences: [0] }],
  });

// Each case breaks the contract in one way; the message names what is wrong.
const cases: Array<[string, (r: ExtractResult) => void, RegExp]> = [
  ['unknown predicate', (r) => { (r.facts[0] as { predicate: string }).predicate = 'LIKES'; }, /unknown predicate/],
  ['unknown entity type', (r) => { (r.entities[0] as { type: string }).type = 'Animal'; }, /unknown type "Animal"/],
  ['object not an entity', (r) => { r.facts[0]!.object = 'award:zzz'; }, /object is not one of the article's entities/],
  ['subject not an entity', (r) => { r.facts[0]!.subject = 'org:zzz'; }, /subject is not one/],
  ['no evidence', (r) => { r.facts[0]!.evidence = []; }, /no evidence/],
  ['confidence above 1', (r) => { r.facts[0]!.confidence = 1.5; }, /confidence 1.5/],
  ['mention offsets off the text', (r) => { r.entities[0]!.mentions[0]!.start += 1; }, /does not match text/],
  ['mention in unknown sentence', (r) => { r.entities[0]!.mentions[0]!.sentence = 9; }, /unknown sentence 9/],
  ['sentence offsets off the text', (r) => { r.sentences[1]!.start += 2; }, /sentence 1 does not match/],
  ['quantity with no value', (r) => { r.facts[0] = { ...r.facts[0]!, predicate: 'HAS_QUANTITY', object: { kind: 'count', value: Number.NaN, unit: 'x', measure: null, text: 'x' } }; }, /finite value/],
  ['entity without a mention', (r) => { r.entities[2]!.mentions = []; }, /org:d has no mention/],
  ['missing content hash', (r) => { r.article.contentHash = ''; }, /contentHash/],
];

describe('validateExtract', () => {
  it('accepts a result that keeps the contract', () => expect(() => validateExtract(valid())).not.toThrow());
  it.each(cases)('refuses %s', (_name, breakIt, message) => {
    const result = valid();
    breakIt(result);
    expect(() => validateExtract(result)).toThrow(LoadError);
    expect(() => validateExtract(result)).toThrow(message);
  });
});
