// The rate follows the last seconds, not the average since the start, and the time left
// comes from the input bytes still to read.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar, progressLines, RateMeter } from '../../../src/cli/progress.ts';

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

/** A stream that keeps what is written; `tty` makes it pass for a terminal (cli-progress draws only there). */
function sink(tty = false) {
  const written: string[] = [];
  const stream = Object.assign(new Writable({ write: (chunk, _enc, done) => (written.push(String(chunk)), done()) }), tty ? { isTTY: true, columns: 200 } : {});
  return { stream, text: () => written.join('') };
}

const loaded = (origin: string) => ({ origin, status: 'new' as const, entitiesAdded: 1, entitiesRemoved: 0, factsAdded: 1, factsRemoved: 0 });

// 1,000 bytes to read. In the first 2 s, 5 articles and 250 bytes: 2.5 articles/s and 125
// bytes/s, so the 750 bytes left take 6 s. 2 s later as much again: the same rates, 4 s left.
// 11 s later, 11 articles and 250 bytes: the last ten seconds now hold only these (1/s,
// 250 bytes in 11 s), so the 250 bytes left take 11 s.
const RUN = [
  { at: 2_000, bytes: 250, articles: 5, rate: '2.5', eta: '6s' },
  { at: 4_000, bytes: 250, articles: 5, rate: '2.5', eta: '4s' },
  { at: 15_000, bytes: 250, articles: 11, rate: '1.0', eta: '11s' },
];

describe('the time left', () => {
  it('is shown on the terminal bar, per article, from the rate of the input read', () => {
    for (const step of RUN.keys()) {
      let now = 0;
      const out = sink(true);
      const progress = progressBar(1000, out.stream, () => now);
      for (const { at, bytes, articles } of RUN.slice(0, step + 1)) {
        now = at;
        progress.bytesRead(bytes);
        for (let i = 0; i < articles; i++) progress.extracted();
      }
      progress.stop();
      const { rate, eta } = RUN[step]!;
      expect(out.text()).toContain(`| ${rate}/s | ETA ${eta}`);
    }
  });

  it('is shown in plain logs on each article’s line', () => {
    let now = 0;
    const out = sink();
    const progress = progressLines(1000, out.stream, () => now);
    let n = 0;
    for (const { at, bytes, articles } of RUN) {
      now = at;
      progress.bytesRead(bytes);
      for (let i = 0; i < articles; i++) progress.loaded(loaded(`feed.jsonl:${++n}`));
    }
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[4]).toMatch(/^\[5 · 2\.5\/s · 25% · ETA 6s\] new feed\.jsonl:5 /);
    expect(lines[9]).toMatch(/^\[10 · 2\.5\/s · 50% · ETA 4s\] new feed\.jsonl:10 /);
    expect(lines[20]).toMatch(/^\[21 · 1\.0\/s · 75% · ETA 11s\] new feed\.jsonl:21 /);
  });
});

