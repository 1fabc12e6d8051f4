import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CELL_MAX, formatResult, parseParams } from '../../../src/cli/cypher-command.ts';

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
    // Text that only looks numeric stays text; `:=` with a JSON string always gives a string.
    ['s=007', '007'],
    ['zero=0', neo4j.int(0)],
    ['plus=+7', '+7'],
    ['sci=1e3', '1e3'],
    ['huge=99999999999999999999', '99999999999999999999'],
    ['max=9223372036854775807', neo4j.int('9223372036854775807')],
    ['phone=0905123456', '0905123456'],
    ['half=.5', '.5'],
    ['code:="2011"', '2011'],
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

  it(`cuts table cells at ${CELL_MAX} characters with "…" (json and csv keep them whole)`, () => {
    const long = { keys: ['evidence', 'n'], rows: [{ evidence: ['Câu rất dài. '.repeat(100), 'x\ny'], n: 1 }, { evidence: 'dòng một\ndòng hai', n: 2 }] };
    const lines = formatResult(long, 'table').trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(CELL_MAX + 10);
    expect(lines[2]).toMatch(/^\["Câu rất dài\. .*…/u);
    expect(lines[3]).toMatch(/^dòng một dòng hai +\| 2$/u);
    expect(JSON.parse(formatResult(long, 'json'))).toEqual(long.rows);
    expect(formatResult(long, 'csv').length).toBeGreaterThan(1300);
  });
});
