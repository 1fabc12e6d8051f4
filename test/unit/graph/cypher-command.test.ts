import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { formatResult, parseParams } from '../../../src/cli/cypher-command.ts';

describe('kg cypher --param', () => {
  it.each<[string, unknown]>([
    ['year=2011', neo4j.int(2011)],
    ['n=-3', neo4j.int(-3)],
    ['share=0.5', 0.5],
    ['name=Ngân hàng Thế giới', 'Ngân hàng Thế giới'],
    ['q="da nang"', '"da nang"'],
    ['id=org:wb', 'org:wb'],
    ['empty=', ''],
    ['flag:=true', true],
    ['ids:=["a", 2]', ['a', neo4j.int(2)]],
    ['m:={"x": 1.5, "y": 3}', { x: 1.5, y: neo4j.int(3) }],
  ])('%s', (spec, want) => {
    const [name] = spec.split(/:?=/);
    expect(parseParams([spec])[name!]).toEqual(want);
  });

  it.each(['noequals', '1abc=2', 'bad:={json'])('refuses %s with a hint', (spec) => {
    expect(() => parseParams([spec])).toThrow(/--param/);
  });
});

describe('kg cypher --format', () => {
  const result = { keys: ['name', 'aliases', 'n'], rows: [{ name: 'Đà Nẵng', aliases: ['Da Nang', 'TP, Đà Nẵng'], n: 2 }] };
  it('prints a table', () => {
    expect(formatResult(result, 'table')).toMatchInlineSnapshot(`
      "name    | aliases                   | n
      --------+---------------------------+--
      Đà Nẵng | ["Da Nang","TP, Đà Nẵng"] | 2
      (1 row)
      "
    `);
  });
  it('prints CSV with quoting', () => {
    expect(formatResult(result, 'csv')).toBe('name,aliases,n\nĐà Nẵng,"[""Da Nang"",""TP, Đà Nẵng""]",2\n');
  });
  it('prints JSON', () => {
    expect(JSON.parse(formatResult(result, 'json'))).toEqual(result.rows);
  });
});
