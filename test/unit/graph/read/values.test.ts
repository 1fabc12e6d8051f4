// toPlain: what the driver hands back becomes what GraphQL resolvers can use as is.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../../src/graph/read/values.ts';

describe('toPlain', () => {
  it('turns Integers into numbers and dates into ISO strings, inside lists and maps', () => {
    const row = {
      n: neo4j.int(42),
      items: [{ year: neo4j.int(2011), on: new neo4j.types.Date(2022, 1, 24) }, null, 'x'],
      at: new neo4j.types.DateTime(2022, 1, 24, 8, 30, 0, 0, 0),
      nested: { deeper: [[neo4j.int(-7)]] },
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      n: 42,
      items: [{ year: 2011, on: '2022-01-24' }, null, 'x'],
      at: '2022-01-24T08:30:00Z',
      nested: { deeper: [[-7]] },
      missing: null,
    });
  });

  it('keeps strings, numbers and booleans, and copies other driver objects as plain maps', () => {
    expect(toPlain('Đà Nẵng')).toBe('Đà Nẵng');
    expect(toPlain(0.5)).toBe(0.5);
    expect(toPlain(false)).toBe(false);
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'org:a', year: neo4j.int(2020) }, 'e1');
    const plain = toPlain(node) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(plain.properties).toEqual({ id: 'org:a', year: 2020 });
    expect(plain.labels).toEqual(['Entity']);
  });
});
