// splitCypherStatements: how cypher/schema.cypher is cut into statements for applySchema.
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, splitCypherStatements } from '../../../src/graph/schema.ts';

describe('splitCypherStatements', () => {
  it.each<[string, string[]]>([
    ['RETURN 1;\nRETURN 2;', ['RETURN 1', 'RETURN 2']],
    ['RETURN 1', ['RETURN 1']], // the last statement may lack its semicolon
    ['// a comment; with a semicolon\nRETURN 1;', ['RETURN 1']],
    ['RETURN 1; // trailing; comment\n', ['RETURN 1']],
    ['/* block;\ncomment */ RETURN 1;', ['RETURN 1']],
    ["RETURN 'a;b' AS x;", ["RETURN 'a;b' AS x"]],
    ['RETURN "http://x;y" AS url;', ['RETURN "http://x;y" AS url']],
    ["RETURN 'it\\'s; fine';", ["RETURN 'it\\'s; fine'"]],
    ['CREATE INDEX `odd;name` IF NOT EXISTS FOR (n:A) ON (n.x);', ['CREATE INDEX `odd;name` IF NOT EXISTS FOR (n:A) ON (n.x)']],
    ['\n\n;;\n// only comments\n', []],
    ['CREATE FULLTEXT INDEX x\nFOR (n:E) ON EACH [n.t];', ['CREATE FULLTEXT INDEX x\nFOR (n:E) ON EACH [n.t]']],
  ])('%j', (script, statements) => {
    expect(splitCypherStatements(script)).toEqual(statements);
  });

  it('finds only schema statements in cypher/schema.cypher, each idempotent', async () => {
    const statements = splitCypherStatements(await fs.readFile(SCHEMA_FILE, 'utf8'));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement).toMatch(/^CREATE (CONSTRAINT|(FULLTEXT |RANGE |TEXT |POINT |VECTOR )?INDEX) \S+ IF NOT EXISTS/);
    }
  });
});
