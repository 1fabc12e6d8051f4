import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { qualifierProperties } from '../../../../src/graph/write/qualifier-properties.ts';
import { toIsoDate, toNeo4jNumber } from '../../../../src/graph/write/neo4j-values.ts';

describe('toNeo4jNumber', () => {
  it.each<[number, string]>([
    [1800, 'int'],
    [29_300_000, 'int'],
    [0, 'int'],
    [29.3, 'float'],
    [0.5, 'float'],
  ])('%s → %s', (value, kind) => {
    const out = toNeo4jNumber(value);
    // A bigint is what the driver sends as an Integer (and what survives postMessage).
    expect(typeof out === 'bigint' ? 'int' : 'float').toBe(kind);
    expect(Number(out.toString())).toBe(value);
  });
  it('keeps an integer beyond 64 bits within Neo4j’s Integer, as neo4j.int did', () => {
    expect(toNeo4jNumber(1e20)).toBe(2n ** 63n - 1n);
    expect(toNeo4jNumber(-1e20)).toBe(-(2n ** 63n));
    expect(toNeo4jNumber(2 ** 53)).toBe(2n ** 53n);
  });
  it('refuses NaN and Infinity', () => {
    expect(() => toNeo4jNumber(Number.NaN)).toThrow(RangeError);
    expect(() => toNeo4jNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('toIsoDate', () => {
  it.each<[string | null, string | null]>([
    ['2022-01-24', '2022-01-24'],
    ['2019-09-06', '2019-09-06'],
    ['2022-02-30', null], // no such day
    ['24/01/2022', null],
    ['2022', null],
    [null, null],
  ])('%s → %s', (input, want) => expect(toIsoDate(input)).toBe(want));
});

describe('qualifierProperties', () => {
  it('types known qualifiers and keeps an unparsable date as text', () => {
    const out = qualifierProperties({ year: 2011, amount: 29.3, currency: 'USD', date: 'tháng 9/2019', finalist: true, role: 'Giám đốc' });
    expect(typeof out.year).toBe('bigint');
    expect(out.amount).toBe(29.3);
    expect(out).toMatchObject({ currency: 'USD', dateText: 'tháng 9/2019', finalist: true, role: 'Giám đốc' });
    expect(out.date).toBeUndefined();
    expect(qualifierProperties({ date: '2019-09-06' }).date).toBe('2019-09-06');
  });
  it('never lets a qualifier overwrite provenance or use an odd property name', () => {
    const out = qualifierProperties({ evidence: 'x', articleIds: 'y', confidence: 2, 'bad key': 1, Upper: 1, via: 'org:wb', nothing: null });
    expect(out).toEqual({ via: 'org:wb' });
  });
});
