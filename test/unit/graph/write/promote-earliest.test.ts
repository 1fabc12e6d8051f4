// When a story's original is deleted, its copies stay one story: the earliest published copy
// becomes the original, undated copies come last, the lowest id breaks ties, and every other
// copy links to it at the distance between the two fingerprints.
import { describe, expect, it } from 'vitest';
import { hammingDistance } from '../../../../src/dedupe/simhash.ts';
import { promoteEarliest, type StoredCopy } from '../../../../src/graph/write/link-duplicates.ts';

const copy = (id: string, publishedAt: string | null, simhash = '0123456789abcdef'): StoredCopy => ({ id, publishedAt, simhash });

describe('promoteEarliest', () => {
  it.each<[string, StoredCopy[], string]>([
    ['the earliest date, whatever the order given', [copy('art:c', '2023-05-02'), copy('art:a', '2023-06-01'), copy('art:b', '2021-12-31')], 'art:b'],
    ['a dated copy before an undated one', [copy('art:a', null), copy('art:z', '2024-01-01')], 'art:z'],
    ['the lowest id among copies of the same day', [copy('art:9', '2022-01-24'), copy('art:10', '2022-01-24'), copy('art:5', '2022-02-01')], 'art:10'],
    ['the lowest id when none is dated', [copy('art:q', null), copy('art:p', null)], 'art:p'],
    ['the only copy', [copy('art:solo', null)], 'art:solo'],
  ])('promotes %s', (_what, copies, expected) => {
    const promoted = promoteEarliest(copies)!;
    expect(promoted.original).toBe(expected);
    expect(promoted.links.map((l) => l.copy).sort()).toEqual(copies.map((c) => c.id).filter((id) => id !== expected).sort());
    expect(promoted.links.every((l) => l.original === expected)).toBe(true);
  });

  it('links each other copy at the distance between its fingerprint and the new original’s', () => {
    const copies = [copy('art:new', '2020-01-01', 'ffff000000000000'), copy('art:one-bit', '2020-02-01', 'fffe000000000000'), copy('art:six-bits', '2020-03-01', 'ffff00000000003f')];
    expect(promoteEarliest(copies)!.links).toEqual([
      { copy: 'art:one-bit', original: 'art:new', distance: 1 },
      { copy: 'art:six-bits', original: 'art:new', distance: 6 },
    ]);
    expect(hammingDistance('ffff00000000003f', 'ffff000000000000')).toBe(6);
  });

  it('has nothing to promote when the original had no copies', () => {
    expect(promoteEarliest([])).toBeNull();
  });
});
