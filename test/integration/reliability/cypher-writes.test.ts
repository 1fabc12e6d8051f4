// `kg cypher` (and runReadOnlyCypher, the code behind it) refuses every way of changing the
// database: writing clauses, LOAD CSV, CALL dbms.*, write and schema procedures,
// administration commands. Each is refused with a clear message and the graph, its
// indexes and its constraints are exactly as before.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import { CypherRefused, runReadOnlyCypher } from '../../../src/graph/read-only-cypher.ts';
import { testConfig, testDatabase, testDriver } from '../../support/neo4j.ts';
import { isClearMessage } from './support/graphql-client.ts';
import { graphDigest, type GraphDigest } from './support/graph-digest.ts';
import { kgEnv } from './support/server-process.ts';

const driver = testDriver();
const database = testDatabase();

/** [what it tries, query]: every one must be refused as a write. */
const WRITES: Array<[string, string]> = [
  ['CREATE', "CREATE (n:Pwned {id: 'pwned'}) RETURN n"],
  ['MERGE', "MERGE (n:Pwned {id: 'pwned'}) RETURN n"],
  ['DETACH DELETE', 'MATCH (n:Article) DETACH DELETE n'],
  ['DELETE', 'MATCH ()-[r:HAS_SENTENCE]->() DELETE r'],
  ['SET property', 'MATCH (n:Entity) SET n.pwned = true'],
  ['SET label', 'MATCH (n:Entity) SET n:Pwned'],
  ['REMOVE', 'MATCH (n:Entity) REMOVE n.name'],
  ['CREATE relationship', 'MATCH (n:Entity) WITH n LIMIT 1 CREATE (n)-[:PWNED]->(n)'],
  ['FOREACH CREATE', 'FOREACH (x IN [1, 2] | CREATE (:Pwned {x: x}))'],
  ['CALL subquery CREATE', 'CALL () { CREATE (:Pwned) } RETURN 1'],
  ['IN TRANSACTIONS', 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Pwned {i: i}) } IN TRANSACTIONS RETURN 1'],
  ['lower-case create', "create (n:Pwned {id: 'x'})"],
  ['CREATE between comments', "/* MATCH (n) RETURN n */ CREATE (:Pwned) // RETURN 1"],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ['load csv lower case with headers', "load csv with headers from 'http://127.0.0.1:9/x.csv' as r return r"],
  ['LOAD CSV split by a comment', "LOAD/* x */CSV FROM 'file:///etc/hostname' AS row RETURN row"],
  ['CALL dbms.components', 'CALL dbms.components()'],
  ['call DBMS.listConfig', 'call DBMS.listConfig()'],
  ['CALL dbms after a comment', 'CALL /* hi */ dbms.listConfig() YIELD name RETURN name'],
  ['CALL `dbms`.components (backticks)', 'CALL `dbms`.components()'],
  ['CALL `dbms.components` (backticks)', 'CALL `dbms.components`()'],
  ['CALL dbms.security.createUser', "CALL dbms.security.createUser('intruder', 'secret', false)"],
  ['CALL db.createLabel', "CALL db.createLabel('Pwned')"],
  ['CALL db.createProperty', "CALL db.createProperty('pwned')"],
  ['CALL db.createRelationshipType', "CALL db.createRelationshipType('PWNED')"],
  ['CALL db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['CREATE INDEX', 'CREATE INDEX pwned IF NOT EXISTS FOR (n:Pwned) ON (n.x)'],
  ['DROP INDEX', 'DROP INDEX entity_type'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT article_id'],
  ['CREATE DATABASE', 'CREATE DATABASE pwned'],
  ['STOP DATABASE', 'STOP DATABASE neo4j'],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'pwned-password' CHANGE NOT REQUIRED"],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['PROFILE CREATE', 'PROFILE CREATE (:Pwned)'],
  ['CYPHER prefix CREATE', 'CYPHER runtime=slotted CREATE (:Pwned)'],
  ['two statements', 'RETURN 1; CREATE (:Pwned)'],
];

async function schemaNames(d: Driver): Promise<string> {
  const indexes = await d.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, { database });
  const constraints = await d.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database });
  return [...indexes.records, ...constraints.records].map((r) => r.get('name')).join(',');
}

async function counts(d: Driver): Promise<string> {
  const { records } = await d.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database },
  );
  return `${records[0]!.get('nodes')} nodes, ${records[0]!.get('rels')} relationships`;
}

let before: GraphDigest;
let schemaBefore: string;
let countsBefore: string;

beforeAll(async () => {
  before = await graphDigest(driver, database);
  schemaBefore = await schemaNames(driver);
  countsBefore = await counts(driver);
});

afterAll(() => driver.close());

describe('runReadOnlyCypher refuses every write', () => {
  it.each(WRITES)('%s', async (what, query) => {
    const attempt = runReadOnlyCypher(driver, query, {}, { database, timeoutMs: 5_000 });
    const error = await attempt.then(
      (result) => new Error(`${what} ran and returned ${JSON.stringify(result.rows).slice(0, 200)}`),
      (e: unknown) => e,
    );
    expect(error, String(error)).toBeInstanceOf(CypherRefused);
    expect(isClearMessage((error as CypherRefused).message), (error as Error).message).toBe(true);
    // Cheap per attempt (counts come from Neo4j's count store); the full digest follows once.
    expect(await counts(driver)).toEqual(countsBefore);
    expect(await schemaNames(driver)).toBe(schemaBefore);
  });

  it('changed nothing in all those attempts (full digest)', async () => {
    expect((await graphDigest(driver, database)).digest).toBe(before.digest);
  });

  it('still runs a read (the control)', async () => {
    const result = await runReadOnlyCypher(driver, 'MATCH (n) RETURN count(n) AS n', {}, { database, timeoutMs: 5_000 });
    expect(result.rows[0]!.n).toBe(before.nodes);
  });
});

describe('the kg cypher command refuses writes', () => {
  const uri = () => testConfig().neo4j.uri!;

  it.each([
    ['CREATE', "CREATE (n:Pwned {id: 'cli'})"],
    ['MERGE then SET', "MERGE (n:Pwned {id: 'cli'}) SET n.x = 1"],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['CALL dbms.components', 'CALL dbms.components()'],
    ['CALL db.createLabel', "CALL db.createLabel('Pwned')"],
  ])('%s: exit code 1, one clear sentence, nothing changed', async (_what, query) => {
    const { code, stdout, stderr } = await runKg(['cypher', '-e', query], uri());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kg cypher: .*read-only|^kg cypher: /);
    expect(stderr).not.toMatch(/\n\s+at\s|node:internal/);
    expect(await counts(driver)).toEqual(countsBefore);
  }, 60_000);

  it('changed nothing through the command either (full digest)', async () => {
    expect((await graphDigest(driver, database)).digest).toBe(before.digest);
  });

  it('the same command answers a read (the control)', async () => {
    const { code, stdout } = await runKg(['cypher', '-e', 'MATCH (n) RETURN count(n) AS n', '--format', 'json'], uri());
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].n).toBe(before.nodes);
  }, 60_000);
});

function runKg(args: string[], neo4jUri: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'kg.js'), ...args], { cwd: REPO_ROOT, env: kgEnv(neo4jUri), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 55_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
