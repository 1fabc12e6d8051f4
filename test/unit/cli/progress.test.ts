// The rate follows the last seconds, not the average since the start, and the time left
// comes from the input bytes still to read.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatDuration, progressLines, RateMeter } from '../../../src/cli/progress.ts';

describe('RateMeter', () => {
  it('reports the rate over the last ten seconds', () => {
    let now = 0;
    const meter = new RateMeter(() => now);
    // 10 articles/s for a minute, then 100/s for twenty seconds.
    let articles = 0;
    for (; now <= 60_000; now += 500) meter.record((articles += 5), 0);
    for (; now <= 80_000; now += 500) meter.record((articles += 50), 0);
    expect(meter.rates()!.articles).toBeCloseTo(100, 0);
  });

  it('says nothing before a second has passed', () => {
    let now = 0;
    const meter = new RateMeter(() => now);
    now = 500;
    meter.record(3, 100);
    expect(meter.rates()).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [252, '4m12s'],
    [3725, '1h02m'],
    [null, '?'],
    [Infinity, '?'],
  ])('%s s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('progressLines', () => {
  it('writes one line per article with its count, status, origin and the share of input read', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const progress = progressLines(1000, sink);
    progress.bytesRead(250);
    progress.extracted();
    progress.loaded({ origin: 'feed.jsonl:1', status: 'new', entitiesAdded: 3, entitiesRemoved: 0, factsAdded: 2, factsRemoved: 0 });
    progress.loaded({ origin: 'feed.jsonl:2', status: 'failed', reason: 'not valid JSON', entitiesAdded: 0, entitiesRemoved: 0, factsAdded: 0, factsRemoved: 0 });
    expect(lines[0]).toMatch(/^\[1 · [^\]]*25% · ETA [^\]]+\] new feed\.jsonl:1 \(\+3 entities, \+2 facts\)\n$/);
    expect(lines[1]).toMatch(/^\[2 · .*\] failed feed\.jsonl:2 \(not valid JSON\)\n$/);
  });
});
