// The test Neo4j is real: it stores and returns data, has the full-text procedures (Lucene),
// honours per-transaction timeouts and READ mode, and carries the applied schema.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema, SCHEMA_FILE, splitCypherStatements } from '../../../src/graph/schema.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import fs from 'node:fs/promises';

const driver: Driver = testDriver();
const database = testDatabase();
afterAll(() => driver.close());

describe('the test Neo4j', () => {
  it('stores a node and reads it back, Vietnamese text intact', async () => {
    const id = uniqueId('smoke');
    const name = 'Sở Thông tin và Truyền thông TP Đà Nẵng';
    await driver.executeQuery('CREATE (:SmokeTest {id: $id, name: $name})', { id, name }, { database });
    const { records } = await driver.executeQuery(
      'MATCH (n:SmokeTest {id: $id}) RETURN n.name AS name',
      { id },
      { database, routing: neo4j.routing.READ },
    );
    expect(records.map((r) => r.get('name'))).toEqual([name]);
    await driver.executeQuery('MATCH (n:SmokeTest {id: $id}) DETACH DELETE n', { id }, { database });
  });

  it('runs full-text queries through db.index.fulltext.queryNodes', async () => {
    const label = `SmokeFt_${uniqueId('x').replace(/-/g, '_')}`;
    const index = `smoke_ft_${uniqueId('i').replace(/-/g, '_')}`;
    // Labels and index names can't be parameters; these come from uniqueId, not from input.
    await driver.executeQuery(`CREATE FULLTEXT INDEX ${index} FOR (n:${label}) ON EACH [n.text]`, {}, { database });
    try {
      await driver.executeQuery('CALL db.awaitIndex($index, 60)', { index }, { database });
      await driver.executeQuery(`CREATE (:${label} {text: 'giai thuong future gov'})`, {}, { database });
      const { records } = await driver.executeQuery(
        'CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.text AS text',
        { index, q: 'future' },
        { database },
      );
      expect(records.map((r) => r.get('text'))).toEqual(['giai thuong future gov']);
    } finally {
      await driver.executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database });
      await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`, {}, { database });
    }
  });

  it('ends a transaction that runs past its timeout', async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const slow = session.executeRead(
        (tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x)'),
        { timeout: 300 },
      );
      await expect(slow).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
    } finally {
      await session.close();
    }
  });

  it('refuses writes in a READ transaction (how user Cypher is run)', async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.executeRead((tx) => tx.run('CREATE (:SmokeTest {id: $id})', { id: uniqueId('ro') }))).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.AccessMode',
      });
    } finally {
      await session.close();
    }
  });

  it('has the schema applied, and applying it again changes nothing', async () => {
    const count = async () =>
      (await driver.executeQuery('SHOW INDEXES YIELD name RETURN count(*) AS n', {}, { database })).records[0]!.get('n').toNumber();
    const before = await count();
    const statements = splitCypherStatements(await fs.readFile(SCHEMA_FILE, 'utf8'));
    expect(await applySchema(driver, database)).toBe(statements.length);
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(statements.length);
  });
});
