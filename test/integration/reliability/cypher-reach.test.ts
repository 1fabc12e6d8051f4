// Issue #12 items 1–2: `kg cypher` must not read files, fetch URLs, see or end other
// clients' work, nor call procedures beyond the graph. Two layers are tested apart:
// - the guard (runReadOnlyCypher), which decides from the EXPLAIN plan: every attack of the
//   issue, and each forbidden clause wrapped in generated placements of comments, strings and
//   backticks, is refused as a read-only violation and changes nothing;
// - Neo4j itself (the launcher's config): LOAD CSV run straight through the driver, with no
//   guard in between, reads no file and sends no request.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRefused, runReadOnlyCypher } from '../../../src/graph/read-only-cypher.ts';
import { testDatabase, testDriver } from '../../support/neo4j.ts';
import { graphDigest } from './support/graph-digest.ts';

const driver = testDriver();
const database = testDatabase();
const run = (query: string, timeoutMs = 10_000) => runReadOnlyCypher(driver, query, {}, { database, timeoutMs });

/** A local HTTP listener that counts the requests it gets: the target of the SSRF attempts. */
let listener: Server;
let requests = 0;
let url = '';
let digestBefore = '';

beforeAll(async () => {
  listener = createServer((req, res) => {
    requests += 1;
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/x.csv`;
  digestBefore = (await graphDigest(driver, database)).digest;
});

afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await driver.close();
});

async function refusal(query: string): Promise<CypherRefused> {
  const outcome = await run(query).then(
    (result) => new Error(`ran and returned ${JSON.stringify(result.rows).slice(0, 200)}`),
    (error: unknown) => error,
  );
  expect(outcome, `${query}\n→ ${String(outcome)}`).toBeInstanceOf(CypherRefused);
  return outcome as CypherRefused;
}

const ATTACKS = (): Array<[string, string]> => [
  ["'//' string hides LOAD CSV of /etc/passwd", "WITH '//' AS x LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r[0] AS line LIMIT 3"],
  ['`//` identifier hides LOAD CSV', "WITH 1 AS `//` LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r[0] AS line LIMIT 3"],
  ["'/*' … '*/' strings hide LOAD CSV", "WITH '/*' AS a LOAD CSV FROM 'file:///etc/passwd' AS r WITH r, '*/' AS b RETURN r"],
  ['LOAD CSV from a local URL (SSRF)', `WITH '//' AS x LOAD CSV FROM '${url}' AS r RETURN r`],
  ['LOAD CSV WITH HEADERS in a subquery', `CALL () { LOAD CSV WITH HEADERS FROM '${url}' AS r RETURN r } RETURN r`],
  ['LOAD CSV after UNION', `RETURN 1 AS r UNION LOAD CSV FROM '${url}' AS r RETURN r`],
  ['SHOW TRANSACTIONS … TERMINATE', "SHOW TRANSACTIONS YIELD transactionId AS t, currentQuery AS q WHERE q CONTAINS 'UNWIND' AND NOT q CONTAINS 'SHOW' AND q <> '//' TERMINATE TRANSACTIONS t YIELD message RETURN t, message"],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['SHOW TRANSACTIONS (other clients\' queries)', 'SHOW TRANSACTIONS'],
  ['SHOW SETTINGS (the server\'s config)', 'SHOW SETTINGS'],
  ['SHOW PROCEDURES', 'SHOW PROCEDURES'],
  ["CALL db.stats.retrieve('QUERIES')", "CALL db.stats.retrieve('QUERIES')"],
  ['db.stats.collect', "CALL db.stats.collect('QUERIES')"],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['db.awaitIndexes', 'CALL db.awaitIndexes(300)'],
  ['db.info', 'CALL db.info()'],
  ['dbms.components', 'CALL dbms.components()'],
  ['dbms.listConfig in a subquery', 'CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name'],
  ['SHOW USERS', 'SHOW USERS'],
  ['CREATE USER', "CREATE USER intruder SET PASSWORD 'intruder-password'"],
];

describe('every attack of issue #12 is refused by the plan guard', () => {
  it.each(ATTACKS().map(([name]) => [name]))('%s', async (name) => {
    const query = ATTACKS().find(([n]) => n === name)![1];
    const error = await refusal(query);
    expect(error.reason).toBe('write');
    expect(error.message).toMatch(/^kg cypher runs read-only queries; .*nothing was changed\.$/);
  });

  it('sent no request to the listener and changed nothing', async () => {
    expect(requests).toBe(0);
    expect((await graphDigest(driver, database)).digest).toBe(digestBefore);
  });

  it('still answers reads, allowed procedures and schema SHOW commands', async () => {
    await expect(run('MATCH (n) RETURN count(n) AS n')).resolves.toMatchObject({ keys: ['n'] });
    await expect(run('CALL db.labels() YIELD label RETURN label')).resolves.toMatchObject({ keys: expect.any(Array) });
    await expect(run("CALL db.index.fulltext.queryNodes('entityNames', 'x') YIELD node RETURN count(node) AS n")).resolves.toMatchObject({ keys: ['n'] });
    await expect(run('SHOW INDEXES YIELD name RETURN name')).resolves.toMatchObject({ keys: ['name'] });
    await expect(run("RETURN 'LOAD CSV FROM file:///etc/passwd // TERMINATE TRANSACTIONS' AS text")).resolves.toEqual({
      keys: ['text'],
      rows: [{ text: 'LOAD CSV FROM file:///etc/passwd // TERMINATE TRANSACTIONS' }],
    });
  });
});

// Generated placements: each forbidden clause behind every kind of decoration a text-based
// guard could trip on: a clause that opens the query (`head`), and an expression inside it
// (`value`, for the SHOW … TERMINATE pipeline, which takes no leading WITH). Each combination
// is valid Cypher: the refusal must come from the plan (reason 'write'), not a syntax error.
const FORBIDDEN = (): Array<[string, (head: string, value: string) => string]> => [
  ['LOAD CSV file', (head) => `${head} LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r`],
  ['LOAD CSV url', (head) => `${head} LOAD CSV FROM '${url}' AS r RETURN r`],
  ['TERMINATE', (_head, value) => `SHOW TRANSACTIONS YIELD transactionId AS t, currentQuery AS q WHERE q = ${value} TERMINATE TRANSACTIONS t YIELD message RETURN t`],
  ['db.stats', (head) => `${head} CALL db.stats.retrieve('QUERIES') YIELD data RETURN data`],
  ['CREATE', (head) => `${head} CREATE (p:Pwned) RETURN p`],
];
const HEADS: Array<[string, string, string]> = [
  ['nothing', '', "''"],
  ['a // string', "WITH '//' AS x", "'//'"],
  ['a /* string', "WITH '/*' AS x", "'/*'"],
  ['a */ string', "WITH '*/' AS x", "'*/'"],
  ['a double-quoted //', 'WITH "//" AS x', '"//"'],
  ['an escaped quote then //', "WITH 'it\\'s //' AS x", "'it\\'s //'"],
  ['a backticked //', 'WITH 1 AS `//`', "{`//`: 1}.`//`"],
  ['a backticked /*', 'WITH 1 AS `/*`', "{`/*`: 1}.`/*`"],
  ['a block comment', '/* LOAD CSV */ WITH 1 AS x', "/* LOAD CSV */ ''"],
  ['a line comment', '// RETURN 1\nWITH 1 AS x', "'' // RETURN 1\n"],
  ['a comment holding a quote', "/* ' */ WITH 1 AS x", "/* ' */ ''"],
  ['lower case and a CYPHER prefix', 'CYPHER runtime=slotted with 1 as x', "toLower('X')"],
];

describe('generated placements of comments and strings around forbidden clauses', () => {
  const cases = FORBIDDEN().flatMap(([clause]) => HEADS.map(([head]) => [clause, head] as [string, string]));
  it.each(cases)('%s after %s: refused by the plan', async (clause, headName) => {
    const build = FORBIDDEN().find(([c]) => c === clause)![1];
    const [, head, value] = HEADS.find(([h]) => h === headName)!;
    const error = await refusal(build(head, value));
    expect(error.reason, error.message).toBe('write');
  });

  it('sent no request and changed nothing', async () => {
    expect(requests).toBe(0);
    expect((await graphDigest(driver, database)).digest).toBe(digestBefore);
  });
});

describe('Neo4j itself refuses LOAD CSV (the launcher config), with no guard in between', () => {
  const direct = (query: string) => driver.executeQuery(query, {}, { database, routing: neo4j.routing.READ });

  it.each([
    ['a file URL', "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r LIMIT 1"],
    ['a relative file in the import directory', "LOAD CSV FROM 'file:///kg-neo4j.pid' AS r RETURN r LIMIT 1"],
  ])('%s', async (_name, query) => {
    await expect(direct(query)).rejects.toThrow(/file URLs|not allowed|import/i);
  });

  it('a URL on 127.0.0.1: no request leaves the server', async () => {
    await expect(direct(`LOAD CSV FROM '${url}' AS r RETURN r`)).rejects.toThrow(/blocked|not allowed|refused|ip/i);
    expect(requests).toBe(0);
  });
});

describe('TERMINATE through kg cypher cannot end another client\'s write', () => {
  it('the write commits while the attack is refused', async () => {
    const session = driver.session({ database });
    const tx = await session.beginTransaction();
    try {
      await tx.run("UNWIND [1] AS i CREATE (:KgTerminateProbe {id: 'probe'})");
      const attack = "SHOW TRANSACTIONS YIELD transactionId AS t, currentQuery AS q WHERE q CONTAINS 'UNWIND' TERMINATE TRANSACTIONS t YIELD message RETURN t, message";
      await refusal(attack);
      await tx.commit();
    } finally {
      await session.close();
    }
    const { records } = await driver.executeQuery("MATCH (n:KgTerminateProbe {id: 'probe'}) WITH n, count(*) AS c DELETE n RETURN c", {}, { database });
    expect(records).toHaveLength(1);
    digestBefore = (await graphDigest(driver, database)).digest;
  });
});
