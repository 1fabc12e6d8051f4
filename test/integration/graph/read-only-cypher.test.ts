// `kg cypher` runs researchers' Cypher read-only: every kind of write is refused with a
// clear message and changes nothing; reads run with parameters, a timeout, and errors
// come back as one sentence.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import { CypherRefused, runReadOnlyCypher } from '../../../src/graph/read-only-cypher.ts';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { testConfig, testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { graphDigest } from './support/graph-digest.ts';
import { awardArticle, idsFor } from './support/scenarios.ts';

const driver = testDriver();
const database = testDatabase();
const p = uniqueId('ro');
const ids = idsFor(p);
const run = (query: string, params: Record<string, unknown> = {}, timeoutMs = 10_000) =>
  runReadOnlyCypher(driver, query, params, { database, timeoutMs });
const totals = async () => {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } CALL db.labels() YIELD label RETURN nodes, rels, collect(label) AS labels',
    {},
    { database },
  );
  return records[0]?.toObject();
};

beforeAll(() => loadExtraction(driver, awardArticle(p), { database }));
afterAll(() => driver.close());

const writes: Array<[string, string]> = [
  ['CREATE', 'CREATE (n:Article {id: $id}) RETURN n'],
  ['MERGE', 'MERGE (n:Entity {id: $id}) RETURN n'],
  ['SET', 'MATCH (n:Entity {id: $dic}) SET n.name = $id RETURN n'],
  ['SET label', 'MATCH (n:Entity {id: $dic}) SET n:Hacked RETURN n'],
  ['REMOVE', 'MATCH (n:Entity {id: $dic}) REMOVE n.name RETURN n'],
  ['DELETE', 'MATCH (n:Entity {id: $dic}) DETACH DELETE n'],
  ['lower case', 'match (n:Entity {id: $dic}) set n.x = 1'],
  ['FOREACH', 'FOREACH (x IN [1] | CREATE (:Hacked {id: $id}))'],
  ['subquery', 'CALL () { CREATE (:Hacked {id: $id}) } RETURN 1 AS one'],
  ['after a comment', '/* RETURN 1 */ MATCH (n:Entity {id: $dic}) SET n.name = "x"'],
  ['write procedure', "CALL db.createLabel('Hacked')"],
  ['schema', 'CREATE INDEX hacked IF NOT EXISTS FOR (n:Hacked) ON (n.id)'],
  ['dbms procedure', 'CALL dbms.listConfig()'],
  ['administration command', "CREATE USER hacker SET PASSWORD 'x12345678'"],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
];

describe('kg cypher refuses writes', () => {
  it.each(writes)('%s: refused, nothing changed', async (_kind, query) => {
    const before = { digest: await graphDigest(driver, p), totals: await totals() };
    const attempt = run(query, { id: `${p}-hacked`, dic: ids.dic });
    await expect(attempt).rejects.toBeInstanceOf(CypherRefused);
    await expect(attempt).rejects.toMatchObject({ reason: 'write', message: expect.stringMatching(/^kg cypher runs read-only queries; .*nothing was changed\.$/) });
    expect(await graphDigest(driver, p)).toBe(before.digest);
    expect(await totals()).toEqual(before.totals);
  });

  it('would be refused by the server too: a READ transaction cannot write', async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.executeRead((tx) => tx.run('CREATE (:Hacked {id: $id})', { id: `${p}-server` }))).rejects.toThrow(/write/i);
    } finally {
      await session.close();
    }
    expect(await graphDigest(driver, `${p}-server`)).toBe('');
  });
});

describe('kg cypher reads', () => {
  it('runs a read with parameters and plain values', async () => {
    const result = await run('MATCH (e:Entity {id: $dic})-[w:WON]->(a) RETURN e.name AS name, w.year AS year, $n AS n, "CREATE" AS word', { dic: ids.dic, n: neo4j.int(7) });
    expect(result).toEqual({ keys: ['name', 'year', 'n', 'word'], rows: [{ name: 'Sở Thông tin và Truyền thông TP Đà Nẵng', year: 2011, n: 7, word: 'CREATE' }] });
  });

  it.each<[string, string, Record<string, unknown>, string, RegExp]>([
    ['syntax error', 'MATCH (n RETURN n', {}, 'syntax', /^The query is not valid Cypher: /],
    ['missing parameter', 'RETURN $missing AS x', {}, 'parameter', /missing.*--param name=value/i],
    ['timeout', 'UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n', {}, 'timeout', /longer than 300 ms.*KG_QUERY_TIMEOUT_MS/],
  ])('explains a %s in one sentence', async (_name, query, params, reason, message) => {
    await expect(run(query, params, 300)).rejects.toMatchObject({ reason, message: expect.stringMatching(message) });
  });
});

describe('the kg cypher command', () => {
  const kg = async (...args: string[]) => {
    const config = testConfig();
    const env = { ...process.env, NEO4J_URI: config.neo4j.uri!, NEO4J_USER: config.neo4j.user, NEO4J_PASSWORD: config.neo4j.password, NEO4J_DATABASE: config.neo4j.database };
    try {
      const { stdout, stderr } = await promisify(execFile)('node', [path.join(REPO_ROOT, 'bin/kg.js'), 'cypher', ...args], { env, cwd: REPO_ROOT });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('prints rows as JSON, CSV or a table, with typed --param values', async () => {
    const query = 'MATCH (e:Entity {id: $id}) RETURN e.name AS name, $year AS year, $ids AS ids';
    const params = ['--param', `id=${ids.dic}`, '--param', 'year=2011', '--param', 'ids:=["a",1]'];
    const json = await kg('-e', query, ...params, '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([{ name: 'Sở Thông tin và Truyền thông TP Đà Nẵng', year: 2011, ids: ['a', 1] }]);
    const csv = await kg('-e', query, ...params, '--format', 'csv');
    expect(csv.stdout).toBe('name,year,ids\nSở Thông tin và Truyền thông TP Đà Nẵng,2011,"[""a"",1]"\n');
    const table = await kg('cypher/queries/shortest-path.cypher', '--param', `from=${ids.dic}`, '--param', `to=${ids.wb}`);
    expect(table.stdout).toMatch(/^hops \| names/);
    expect(table.stdout).toMatch(/\(1 row\)\n$/);
  });

  it('runs a query file as it is when its header gives defaults, and names a missing required parameter', async () => {
    const seedShape = await kg('cypher/queries/seed-shape.cypher', '--format', 'json');
    expect(seedShape.code).toBe(0);
    const rows = JSON.parse(seedShape.stdout) as Array<{ ids: string[] }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(25); // the header's "Default: 25"
    const fundedBy = await kg('cypher/queries/funded-by.cypher');
    expect(fundedBy.code).toBe(2);
    expect(fundedBy.stderr).toMatch(/^kg cypher: this query needs \$funder: the funder's id.*--param funder=value\)\n$/);
  });

  it('refuses a write with a clear message and a non-zero exit', async () => {
    const before = await graphDigest(driver, p);
    const result = await kg('-e', 'MATCH (n:Entity {id: $id}) DETACH DELETE n', '--param', `id=${ids.dic}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg cypher: kg cypher runs read-only queries; this one writes to the graph .*nothing was changed\.\n$/);
    expect(await graphDigest(driver, p)).toBe(before);
  });
});
