// The reliability generators themselves: enough cases, every category the issue names,
// deterministic, and the legacy encoders really produce Windows-1258 / TCVN3 bytes.
import iconv from 'iconv-lite';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInputCases, encodeTcvn3, encodeWindows1258, HOSTILE_STRINGS } from '../../integration/reliability/support/bad-inputs.ts';
import { aliasQuery, costBomb, deepIntrospection, deepQuery, hostileRequests } from '../../integration/reliability/support/hostile-queries.ts';
import { syntheticArticles } from '../../integration/reliability/support/synthetic-articles.ts';
import { canonical } from '../../integration/reliability/support/graph-digest.ts';
import { percentile } from '../../integration/reliability/support/graphql-client.ts';

describe('bad input generator', () => {
  const cases = badInputCases({ tag: 'unit' });

  it('makes at least 200 distinct cases, small unless asked for large ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
    expect(Math.max(...cases.map((c) => c.bytes.length))).toBeLessThan(3_000_000);
  });

  it.each([
    'empty', 'whitespace', 'binary', 'invalid-utf8', 'utf16', 'legacy-encoding', 'html', 'json-not-article',
    'size', 'control-chars', 'bidi', 'emoji', 'title-injection',
  ])('covers %s', (category) => {
    expect(cases.filter((c) => c.category === category).length).toBeGreaterThan(0);
  });

  // Generating some 110 MB of text takes seconds on a loaded machine: a time limit, not a speed goal.
  it('adds 5 MB and 50 MB texts only when asked', { timeout: 60_000 }, () => {
    const all = badInputCases({ tag: 'unit', large: true });
    const large = all.filter((c) => /^(text|one-line)-\d+mb$/.test(c.name));
    expect(large.map((c) => c.name).sort()).toEqual(['one-line-50mb', 'one-line-5mb', 'text-50mb', 'text-5mb']);
    expect(all.some((c) => c.name === 'one-enormous-line-150k')).toBe(true);
    expect(large.find((c) => c.name === 'text-50mb')!.bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(large.find((c) => c.name === 'one-line-5mb')!.text!.includes('\n')).toBe(false);
  });

  it('is deterministic for a tag and different across tags', () => {
    const again = badInputCases({ tag: 'unit' });
    expect(again.map((c) => c.bytes.toString('base64'))).toEqual(cases.map((c) => c.bytes.toString('base64')));
    const other = badInputCases({ tag: 'other' });
    expect(other.find((c) => c.name === 'bidi-rlo')!.text).not.toBe(cases.find((c) => c.name === 'bidi-rlo')!.text);
  });

  it('puts every Lucene special character and Cypher-looking strings among the hostile strings', () => {
    for (const ch of ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/']) {
      expect(HOSTILE_STRINGS.some((s) => s.includes(ch))).toBe(true);
    }
    expect(HOSTILE_STRINGS.some((s) => /DETACH DELETE/.test(s))).toBe(true);
  });
});

describe('legacy encoders', () => {
  const text = 'Ngân hàng Thế giới tài trợ dự án của Sở Y tế Đà Nẵng, ưu tiên người dân';

  it('Windows-1258 round-trips through iconv-lite and is not UTF-8', () => {
    const bytes = encodeWindows1258(text);
    expect(iconv.decode(bytes, 'windows1258').normalize('NFC')).toBe(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('TCVN3 bytes decode back with iconv-lite (capitals with tones lower-cased)', () => {
    const bytes = encodeTcvn3(text);
    expect(iconv.decode(bytes, 'tcvn').normalize('NFC')).toBe(text);
    expect(bytes.length).toBe([...text].length);
  });
});

describe('hostile GraphQL generator', () => {
  it('builds valid documents of the promised size', () => {
    const depth = (doc: string) => Math.max(...[...doc].reduce((acc, ch) => {
      const d = acc.at(-1)! + (ch === '{' ? 1 : ch === '}' ? -1 : 0);
      return [...acc, d];
    }, [0]));
    expect(depth(deepQuery(50))).toBeGreaterThanOrEqual(50);
    expect(depth(deepIntrospection(50))).toBeGreaterThanOrEqual(50);
    expect(aliasQuery(1000).match(/a\d+:/g)).toHaveLength(1000);
    for (const doc of [deepQuery(50), aliasQuery(1000), costBomb(100), deepIntrospection(50)]) expect(() => parse(doc)).not.toThrow();
    const batch = hostileRequests(100).find((r) => r.name.startsWith('batch'))!;
    expect(hostileRequests(100).map((r) => r.name).join(' ')).toMatch(/introspection/);
    expect(batch.body).toHaveLength(100);
  });
});

describe('synthetic articles and digest helpers', () => {
  it('are deterministic and unique within a batch', () => {
    const a = syntheticArticles(300, 'x');
    expect(syntheticArticles(300, 'x')).toEqual(a);
    expect(new Set(a.map((x) => x.text)).size).toBe(300);
  });

  it('canonical() ignores key order and list order, and keeps types apart', () => {
    expect(canonical({ b: 1, a: ['y', 'x'] })).toBe(canonical({ a: ['x', 'y'], b: 1 }));
    expect(canonical(1)).not.toBe(canonical('1'));
  });

  it('percentile() is nearest-rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([5], 99)).toBe(5);
  });
});
