// A prepared article crosses from the extraction worker in parts of bounded size and comes
// back whole: the same rows (bigints, nesting, order), failures and refusals as they were.
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../../src/graph/write/load-error.ts';
import { prepareArticle } from '../../../src/ingest/prepare-article.ts';
import { PART_ITEMS, packPrepared, unpackPrepared } from '../../../src/ingest/prepared-transfer.ts';
import { buildExtract } from '../../support/extract-builder.ts';

// An article of 1,200 sentences, each naming an organization that funds one project.
const long = buildExtract({
  id: 'art:long',
  sentences: Array.from({ length: 1200 }, (_, i) => `Quỹ số ${i} tài trợ cho dự án Z.`),
  entities: [
    { id: 'project:z', type: 'Project', name: 'dự án Z', mentions: Array.from({ length: 1200 }, (_, i): [number, string] => [i, 'dự án Z']) },
    ...Array.from({ length: 1200 }, (_, i) => ({ id: `org:quy-${i}`, type: 'Organization' as const, name: `Quỹ số ${i}`, mentions: [[i, `Quỹ số ${i}`]] as Array<[number, string]> })),
  ],
  facts: Array.from({ length: 1200 }, (_, i) => ({ subject: 'project:z', predicate: 'FUNDED_BY' as const, object: `org:quy-${i}`, sentences: [i], qualifiers: { year: 2000 + (i % 20) } })),
});

describe('packPrepared / unpackPrepared', () => {
  it('gives back the same rows, sent in parts of at most PART_ITEMS rows', async () => {
    const prepared = prepareArticle('long.txt', long);
    const packed = packPrepared(prepared);
    expect('parts' in packed).toBe(true);
    if (!('parts' in packed)) return;
    const sizes = packed.parts.slice(1).map((bytes) => (deserialize(bytes) as { items: unknown[] }).items.length);
    // 1,200 sentences, 1,200 organizations and 1,200 facts → 3 parts each; 1 project → 1.
    expect(sizes).toHaveLength(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PART_ITEMS);
    const back = await unpackPrepared(structuredClone(packed));
    expect(back).toEqual(prepared);
    expect('rows' in back && !(back.rows instanceof Error) && back.rows.facts.FUNDED_BY?.[0]?.qualifiers.year).toBe(2000n);
  });

  it('gives back a refused extraction as the same LoadError, and a failure as it was', async () => {
    const broken = { ...long, facts: [{ ...long.facts[0]!, confidence: 7 }] };
    const prepared = prepareArticle('broken.txt', broken);
    expect('rows' in prepared && prepared.rows).toBeInstanceOf(LoadError);
    const back = await unpackPrepared(structuredClone(packPrepared(prepared)));
    expect('rows' in back && back.rows).toBeInstanceOf(LoadError);
    expect(back).toEqual(prepared);
    const failure = { origin: 'x.txt', failure: 'the extractor failed: boom' };
    expect(await unpackPrepared(structuredClone(packPrepared(failure)))).toEqual(failure);
  });
});
