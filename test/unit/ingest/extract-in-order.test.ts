// `kg extract`'s stream: extractions come out in input order whatever order the workers
// finish in, and the reader is never more than a window of articles ahead (constant memory).
import { describe, expect, it } from 'vitest';
import { InputError, type RawArticle } from '../../../src/domain/article-input.ts';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { extractInOrder, openExtractor, type Extractor } from '../../../src/ingest/extract-in-order.ts';
import type { Extraction } from '../../../src/ingest/extraction-pool.ts';

/** An extractor whose answers the test releases one by one, in any order, as workers finish. */
function heldExtractor(window: number) {
  const held = new Map<string, (extraction: Extraction) => void>();
  const extractor: Extractor = {
    window,
    onThisThread: false,
    extract: (raw) => new Promise((resolve) => held.set(raw.origin, resolve)),
    prepare: async (raw) => ({ origin: raw.origin, failure: 'kg extract never prepares rows' }),
    close: async () => {},
  };
  const release = (origin: string) => {
    held.get(origin)!({ result: { text: origin } as unknown as ExtractResult });
    held.delete(origin);
  };
  return { extractor, held, release };
}

/** Input that counts how many articles have been read from it. */
function countingInput(items: Array<RawArticle | InputError>) {
  const state = { read: 0 };
  async function* read() {
    for (const item of items) {
      state.read++;
      yield item;
    }
  }
  return { input: read(), state };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const articles = (n: number): RawArticle[] => Array.from({ length: n }, (_, i) => ({ origin: `a${i}`, text: `article ${i}` }));

describe('extractInOrder', () => {
  it('hands articles on in input order when later ones finish first, input errors in their place', async () => {
    const { extractor, held, release } = heldExtractor(4);
    const items = [...articles(3), new InputError('bad.json', 'not-an-article', 'not valid JSON'), ...articles(6).slice(3)];
    const { input } = countingInput(items);
    const out: string[] = [];
    const consuming = (async () => {
      for await (const item of extractInOrder(input, extractor)) out.push(item.origin);
    })();
    for (const origin of ['a2', 'a1', 'a0', 'a5', 'a3', 'a4']) {
      while (!held.has(origin)) await settle();
      release(origin);
    }
    await consuming;
    expect(out).toEqual(['a0', 'a1', 'a2', 'bad.json', 'a3', 'a4', 'a5']);
  });

  it.each([1, 3, 8])('reads at most a window of %i articles ahead of what it has handed on', async (window) => {
    const { extractor, held, release } = heldExtractor(window);
    const { input, state } = countingInput(articles(30));
    const stream = extractInOrder(input, extractor);
    for (let i = 0; i < 30; i++) {
      const next = stream.next();
      await settle();
      expect(state.read).toBeLessThanOrEqual(i + window);
      release(`a${i}`);
      expect((await next).value.origin).toBe(`a${i}`);
    }
    expect((await stream.next()).done).toBe(true);
    expect(held.size).toBe(0);
  });

  it('on this thread, turns an extractor that throws into that article’s failure, with where it failed', async () => {
    const extractor = await openExtractor(0, (raw) => {
      if (raw.origin === 'a1') throw new TypeError('no sentences');
      return { text: raw.text } as unknown as ExtractResult;
    });
    const out = [];
    for await (const item of extractInOrder(countingInput(articles(3)).input, extractor)) out.push(item);
    expect(out.map((item) => ('extraction' in item && 'failure' in item.extraction ? item.extraction.failure : item.origin))).toEqual([
      'a0',
      'the extractor failed: no sentences',
      'a2',
    ]);
    const failed = out[1]!;
    expect('extraction' in failed && 'stack' in failed.extraction && failed.extraction.stack).toMatch(/TypeError: no sentences\n\s+at /);
  });
});
