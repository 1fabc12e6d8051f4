// What bench/api.ts and bench/api-stages.ts share: the graph they load, the queries (kg's
// GraphQL and the floor's hand-written Cypher), one keep-alive HTTP client, and a timer.
import { Agent, request } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import type { loadConfig } from '../src/config.ts';
import { PREDICATES } from '../src/domain/ontology.ts';
import { applySchema } from '../src/graph/schema.ts';
import { loadExtraction } from '../src/graph/write/write-article.ts';
import { SEED_ARTICLE_ID, seedExtract } from '../test/api/fixtures/seed-extract.ts';
import { syntheticCompanies } from '../test/api/fixtures/synthetic.ts';

export type Config = ReturnType<typeof loadConfig>;

export const SEED_ID = 'org:so-thong-tin-va-truyen-thong-tp-da-nang';
export const SEARCH_TEXT = 'ngan hang the gioi';
export const SEARCH_FIRST = 5;
/** The path query's default ends: the seed's Sở TT&TT Đà Nẵng → Ngân hàng Thế giới (3 hops in the seed). */
export const WORLD_BANK_ID = 'org:ngan-hang-the-gioi';
/** The Explorer's entity view asks its facts a page of 50 at a time (src/explorer/client/entity-view.ts). */
export const HUB_FACTS_PAGE = 50;
/** kg's path query without maxHops uses its default, 4 (src/graph/read/path-read.ts). */
export const PATH_MAX_HOPS = 4;

// The fact relationship types: all of them for an entity's facts (the entity view lists its
// numbers too), all but HAS_QUANTITY for a path (a path runs between entities only).
const FACT_TYPES = PREDICATES.join('|');
const ENTITY_LINKS = PREDICATES.filter((p) => p !== 'HAS_QUANTITY').join('|');
const QUALIFIERS = ['year', 'amount', 'currency', 'role', 'date', 'via', 'document', 'finalist'];

export const KG_SEED_SHAPE = /* GraphQL */ `query SeedShape($id: ID!) {
  entity(id: $id) { name
    facts(direction: OUTGOING, predicates: [WON], first: 5) { nodes { qualifiers { year } evidence { quote }
      object { ... on Entity { name
        facts(direction: OUTGOING, predicates: [AWARDED_FOR], first: 5) { nodes { evidence { quote }
          object { ... on Entity { name
            facts(direction: OUTGOING, predicates: [FUNDED_BY], first: 5) { nodes { evidence { quote }
              object { ... on Entity { name } } } } } } } } } } } } }
}`;
export const KG_SEARCH = `query Search($text: String!) { search(text: $text, first: ${SEARCH_FIRST}) { edges { score node { name } } } }`;
/** The Explorer shows this many quotes of each fact (src/explorer/client/facts.ts). */
export const HUB_QUOTES = 3;
/** The entity view's first page of a hub's facts, with what it shows of each (quotes without their articles): `quotes` of each fact, all when null. */
const kgHubFacts = (quotes: number | null) => /* GraphQL */ `query HubFacts($id: ID!) {
  entity(id: $id) { facts(first: ${HUB_FACTS_PAGE}) { nodes { predicate confidence qualifiers { ${QUALIFIERS.join(' ')} }
    subject { name } object { ... on Entity { name } ... on Quantity { text } } evidence${quotes === null ? '' : `(first: ${quotes})`} { quote } } } }
}`;
/** The page with the first HUB_QUOTES quotes of each fact, as the entity view shows them. */
export const KG_HUB_FACTS = kgHubFacts(HUB_QUOTES);
/** The same page with every quote of each fact (hundreds on a hub's facts). */
export const KG_HUB_ALL_QUOTES = kgHubFacts(null);
export const KG_PATH = /* GraphQL */ `query Path($from: ID!, $to: ID!) {
  path(from: { id: $from }, to: { id: $to }) { length entities { name }
    facts { predicate subject { name } object { ... on Entity { name } } evidence { quote } } }
}`;

/** The quotes of fact `rel`: its first `first` evidence sentences, or all of them. */
const quotes = (rel: string, first: number | null = null) =>
  `COLLECT { UNWIND ${rel}.evidence${first === null ? '' : `[0..${first}]`} AS sid MATCH (s:Sentence {id: sid}) RETURN s.text }`;
export const FLOOR_SEED_SHAPE = `MATCH (o:Entity {id: $id})
OPTIONAL MATCH (o)-[w:WON]->(a:Entity)
OPTIONAL MATCH (a)-[af:AWARDED_FOR]->(p:Entity)
OPTIONAL MATCH (p)-[f:FUNDED_BY]->(b:Entity)
RETURN o.name AS name, w.year AS year, ${quotes('w')} AS wonEvidence, a.name AS award, ${quotes('af')} AS forEvidence,
  p.name AS project, ${quotes('f')} AS fundedEvidence, b.name AS funder`;
export const FLOOR_SEARCH = `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: ${SEARCH_FIRST}}) YIELD node, score
RETURN node.name AS name, score ORDER BY score DESC`;

/** Cypher fields → `expr AS name, …` (the floor's columns) or `{name: expr, …}` (a @cypher field's map). */
export const asColumns = (fields: Record<string, string>) => Object.entries(fields).map(([name, expr]) => `${expr} AS ${name}`).join(', ');
export const asMap = (fields: Record<string, string>) => `{${Object.entries(fields).map(([name, expr]) => `${name}: ${expr}`).join(', ')}}`;

// Most confident first; the tie-breaks make the page the same one kg returns. The other end
// is an entity (its name) or a Quantity (its text as written).
export const HUB_FACTS_MATCH = (entity: string) => `MATCH ${entity}-[r:${FACT_TYPES}]-()
WITH r ORDER BY r.confidence DESC, type(r), elementId(r) LIMIT ${HUB_FACTS_PAGE}
WITH r, startNode(r) AS sub, endNode(r) AS obj`;
export const hubFactFields = (quotesShown: number | null) => ({
  predicate: 'type(r)',
  confidence: 'r.confidence',
  qualifiers: `r {${QUALIFIERS.map((q) => `.${q}`).join(', ')}}`,
  subject: 'sub.name',
  object: 'coalesce(obj.name, obj.text)',
  quotes: quotes('r', quotesShown),
});
export const FLOOR_HUB_FACTS = `${HUB_FACTS_MATCH('(:Entity {id: $id})')}\nRETURN ${asColumns(hubFactFields(HUB_QUOTES))}`;
export const FLOOR_HUB_ALL_QUOTES = `${HUB_FACTS_MATCH('(:Entity {id: $id})')}\nRETURN ${asColumns(hubFactFields(null))}`;

export const PATH_MATCH = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${ENTITY_LINKS}*..${PATH_MAX_HOPS}]-(b))`;
export const PATH_FIELDS = {
  length: 'length(p)',
  entities: '[n IN nodes(p) | n.name]',
  facts: `[r IN relationships(p) | {predicate: type(r), subject: startNode(r).name, object: endNode(r).name, quotes: ${quotes('r')}}]`,
};
export const FLOOR_PATH = `${PATH_MATCH}\nRETURN ${asColumns(PATH_FIELDS)}`;

const SYNTHETIC_ARTICLES = 20;

/**
 * The seed fixture and 20 synthetic articles of 50 companies (≈1,000 entities). When the
 * graph already holds them all (checked in a READ session), nothing is written: the bench
 * can then run against a graph it must only read (e.g. someone else's whole-corpus graph).
 */
export async function loadBenchGraph(driver: Driver, config: Config): Promise<void> {
  const database = config.neo4j.database;
  const wanted = [SEED_ARTICLE_ID, ...Array.from({ length: SYNTHETIC_ARTICLES }, (_unused, i) => `art:bench${i}`)];
  const [present] = (await floor(driver, database, 'MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', { ids: wanted })) as Array<{ n: unknown }>;
  if (Number(present?.n) === wanted.length) return;
  await applySchema(driver, database);
  await loadExtraction(driver, seedExtract(), { database });
  for (let i = 0; i < SYNTHETIC_ARTICLES; i++) await loadExtraction(driver, syntheticCompanies(`bench${i}`, 50), { database });
}

/** The entity with the most facts (what the entity view pages through), ties broken by id. */
export async function biggestHub(driver: Driver, database: string): Promise<string> {
  const [row] = (await floor(driver, database, `MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)-[:${FACT_TYPES}]-() } DESC, e.id LIMIT 1`, {})) as Array<{ id: string }>;
  if (!row) throw new Error('the graph holds no entity');
  return row.id;
}

/** Its name and number of facts, for the report's header. */
export async function describeEntity(driver: Driver, database: string, id: string): Promise<string> {
  const [row] = (await floor(driver, database, `MATCH (e:Entity {id: $id}) RETURN e.name AS name, COUNT { (e)-[:${FACT_TYPES}]-() } AS facts`, { id })) as Array<{ name: string; facts: unknown }>;
  if (!row) throw new Error(`no entity ${id} in the graph`);
  return `${row.name} (${id}, ${String(row.facts)} facts)`;
}

/**
 * One keep-alive node:http client for every HTTP contender (Node's `fetch` costs ~0.75 ms
 * more CPU per call, which would be charged to the servers).
 */
export function httpClient(maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  /**
   * POSTs a GraphQL operation and returns `data`; GraphQL errors throw. A kept-alive socket
   * the server closed (idle past its keep-alive timeout while other contenders ran) may
   * fail as it is reused: then the request is sent once more, as Node's documentation advises.
   */
  async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    try {
      return await postOnce(url, query, variables);
    } catch (error) {
      if ((error as { reusedSocket?: boolean }).reusedSocket) return postOnce(url, query, variables);
      throw error;
    }
  }
  function postOnce(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
    const payload = JSON.stringify({ query, variables });
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    return new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown[]; data?: unknown };
            if (body.errors) reject(new Error(JSON.stringify(body.errors)));
            else resolve(body.data);
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const reset = req.reusedSocket && error.code === 'ECONNRESET';
        reject(reset ? Object.assign(error, { reusedSocket: true }) : error);
      });
      req.end(payload);
    });
  }
  return { post, close: () => agent.destroy() };
}

/** A hand-written statement through the driver, as an application without GraphQL would run it. */
export async function floor(driver: Driver, database: string, query: string, params: Record<string, unknown>): Promise<unknown> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/**
 * Every value an answer holds (names, quotes, numbers, predicates; nulls left out), sorted
 * and each once: two answers of different shapes (GraphQL's nesting, the floor's flat rows)
 * hold the same content when these are equal. The driver's integers count as numbers, also
 * when JSON has turned them into {low, high}.
 */
export function contentOf(answer: unknown): string[] {
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (value === null || value === undefined) return;
    if (neo4j.isInt(value)) values.add(String(value.toNumber()));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 2 && 'low' in value && 'high' in value) values.add(String(neo4j.int(value as { low: number; high: number }).toNumber()));
      else Object.values(value).forEach(visit);
    } else values.add(String(value));
  };
  visit(answer);
  return [...values].sort();
}

/**
 * A search's content: its scores and its hits' names, except, on a full page, the names of
 * the hits tied at the cut-off: those may be any of the tied entities (an engine that sorts
 * again may break the tie another way).
 */
export function searchContent(answer: unknown): string[] {
  const hits: Array<{ name?: string; score: number }> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const hit = value as { score?: unknown; name?: string; node?: { name?: string } };
      if (typeof hit.score === 'number') hits.push({ score: hit.score, name: hit.name ?? hit.node?.name });
      else Object.values(value).forEach(visit);
    }
  };
  visit(answer);
  const cutOff = hits.length >= SEARCH_FIRST ? Math.min(...hits.map((hit) => hit.score)) : -Infinity;
  return contentOf(hits.map((hit) => (hit.score > cutOff ? hit : { score: hit.score })));
}

export interface Stats {
  median: number;
  p99: number;
  rps: number;
  /** CPU ms of this process (user + system) per request. */
  cpu: number;
}

/** Runs `requests` calls, `concurrency` at a time; wall-clock median/p99 and CPU per call. */
export async function measure(run: () => Promise<unknown>, requests: number, concurrency: number): Promise<Stats> {
  const times: number[] = [];
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99), rps: (requests / elapsed) * 1000, cpu: (cpu.user + cpu.system) / 1000 / requests };
}

/**
 * Interleaved rounds so every contender sees the same machine load; per contender the mean
 * of the rounds' medians, the worst p99. One warm-up pass first (JIT, query plans, pools).
 */
export async function compare(runs: Record<string, () => Promise<unknown>>, requests: number, concurrency: number, rounds = 4) {
  for (const run of Object.values(runs)) await measure(run, 200, concurrency);
  const stats: Record<string, Stats> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(runs)) {
      const s = await measure(run, Math.ceil(requests / rounds), concurrency);
      const prev = stats[name];
      const mean = (a: number, b: number) => (a * round + b) / (round + 1);
      stats[name] = prev ? { median: mean(prev.median, s.median), p99: Math.max(prev.p99, s.p99), rps: mean(prev.rps, s.rps), cpu: mean(prev.cpu, s.cpu) } : s;
    }
  }
  return stats;
}
