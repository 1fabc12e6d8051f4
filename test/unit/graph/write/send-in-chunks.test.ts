import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../../../src/graph/write/send-in-chunks.ts';

describe('chunksOf', () => {
  it.each<[string, number[], number, number[][]]>([
    ['nothing', [], 10, []],
    ['all in one', [1, 2, 3], 10, [[1, 2, 3]]],
    ['cut where the next would pass the limit', [4, 4, 4, 4], 10, [[4, 4], [4, 4]]],
    ['exactly at the limit', [5, 5, 5], 10, [[5, 5], [5]]],
    ['an item heavier than the limit alone', [3, 25, 3], 10, [[3], [25], [3]]],
    ['weightless items count one each', [0, 0, 0], 2, [[0, 0], [0]]],
  ])('%s', (_, weights, limit, want) => {
    expect(chunksOf(weights, (w) => w, limit)).toEqual(want);
  });

  it('keeps every item once, in order', () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const chunks = chunksOf(items, (i) => 1 + (i % 7));
    expect(chunks.flat()).toEqual(items);
    for (const chunk of chunks) expect(chunk.reduce((n, i) => n + 1 + (i % 7), 0)).toBeLessThanOrEqual(2000);
  });
});
