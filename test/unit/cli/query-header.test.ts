// `kg cypher FILE` reads the parameters a query file's header documents: defaults are filled
// in, and a required parameter that is missing is named with its description.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { withHeaderDefaults } from '../../../src/cli/cypher-command.ts';
import { parseQueryHeader } from '../../../src/cli/query-header.ts';

const QUERY = `// Who won what.
// Parameters:
//   $limit     how many rows at most. Default: 25
//   $q         folded words. Default: "da nang".
//   $funder    the funder's id, canonical name or any alias.
//              Examples: "WB", "org:ngan-hang-the-gioi"
//   $share     a share. Default: 0.5
// Run: npx kg cypher x.cypher --param funder=WB
// Returns: a | b
MATCH (n) WHERE n.id = $funder RETURN n LIMIT $limit
// $notAHeaderParameter comes after the query text
`;

describe('parseQueryHeader', () => {
  it('lists the parameters of the leading comment, with their defaults', () => {
    expect(parseQueryHeader(QUERY)).toEqual([
      { name: 'limit', description: 'how many rows at most. Default: 25', defaultValue: '25' },
      { name: 'q', description: 'folded words. Default: "da nang".', defaultValue: 'da nang' },
      { name: 'funder', description: 'the funder\'s id, canonical name or any alias. Examples: "WB", "org:ngan-hang-the-gioi"', defaultValue: undefined },
      { name: 'share', description: 'a share. Default: 0.5', defaultValue: '0.5' },
    ]);
  });

  it.each([
    ['no comment at all', 'MATCH (n) RETURN n LIMIT $limit'],
    ['a comment without parameter lines', '// Everything.\nMATCH (n) RETURN n'],
    ['a parameter named only after the query', 'MATCH (n) RETURN n\n//   $late  Default: 3'],
  ])('finds none in %s', (_, query) => {
    expect(parseQueryHeader(query)).toEqual([]);
  });
});

describe('withHeaderDefaults', () => {
  it('fills in defaults as typed values and keeps what the user gave', () => {
    const params = withHeaderDefaults(QUERY, { funder: 'WB', limit: neo4j.int(3) });
    expect(params).toEqual({ funder: 'WB', limit: neo4j.int(3), q: 'da nang', share: 0.5 });
  });

  it('gives an integer default as a Neo4j integer (LIMIT refuses a float)', () => {
    expect(neo4j.isInt(withHeaderDefaults(QUERY, { funder: 'WB' }).limit)).toBe(true);
  });

  it('names a missing required parameter with what the header says about it', () => {
    expect(() => withHeaderDefaults(QUERY, {})).toThrow(
      /needs \$funder: the funder's id, canonical name or any alias\. Examples: "WB".*--param funder=value/,
    );
  });

  it('leaves a query without a header to Neo4j (it names a missing parameter itself)', () => {
    expect(withHeaderDefaults('MATCH (n) RETURN n LIMIT $limit', {})).toEqual({});
  });
});
