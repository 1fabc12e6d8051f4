// No N+1: the round trips to Neo4j for a page of entities with their facts, evidence and
// articles do not grow with the number of entities (per-request DataLoaders batch by id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context.ts';
import { uniqueId } from '../support/neo4j.ts';
import { syntheticCompanies } from './fixtures/synthetic.ts';
import { startHarness, type ApiHarness } from './support/api-harness.ts';

const TAG = uniqueId('np').replace(/-/g, '');
let api: ApiHarness;
let last: ApiContext | null = null;
beforeAll(async () => {
  api = await startHarness({ onContext: (ctx) => (last = ctx) });
  await api.load(syntheticCompanies(TAG, 50));
});
afterAll(() => api.close());

const QUERY = `query($n: Int!, $name: String!) {
  entities(first: $n, filter: {nameContains: $name}) {
    totalCount
    nodes {
      name
      mentions(first: 2) { totalCount nodes { text sentence { index } } }
      facts(first: 10) {
        totalCount
        nodes {
          predicate confidence supportCount
          subject { name }
          object { ... on Entity { name } }
          evidence { quote start end article { title source } sentence { text } }
        }
      }
      articles(first: 3) { nodes { title } }
    }
  }
}`;

async function roundTrips(n: number): Promise<{ trips: number; entities: number; facts: number }> {
  const res = await api.gql(QUERY, { n, name: `Thử nghiệm ${TAG}` });
  expect(res.errors).toBeUndefined();
  const nodes = res.data.entities.nodes as Array<{ facts: { nodes: Array<{ evidence: Array<{ quote: string }> }> } }>;
  for (const node of nodes) {
    expect(node.facts.nodes.length).toBe(2);
    expect(node.facts.nodes[0]!.evidence[0]!.quote).toContain(TAG);
  }
  return { trips: last!.reader.roundTrips, entities: nodes.length, facts: nodes.reduce((s, n) => s + n.facts.nodes.length, 0) };
}

describe('N+1', () => {
  it('resolves 50 entities with facts, evidence, mentions and articles in a bounded number of round trips', async () => {
    const fifty = await roundTrips(50);
    const five = await roundTrips(5);
    console.info(`round trips: 50 entities → ${fifty.trips}, 5 entities → ${five.trips}`);
    expect(fifty).toMatchObject({ entities: 50, facts: 100 });
    expect(five.entities).toBe(5);
    // 1 list + 1 count, then one batch each: mentions, mention counts, sentences, facts,
    // fact counts, evidence sentences' articles, entity articles: 9 at most, whatever N is.
    // An N+1 would cost 50+ round trips. A loader may split one batch in two when its keys
    // arrive in different ticks (answers come back at different times), hence the slack.
    expect(fifty.trips).toBeLessThanOrEqual(10);
    expect(fifty.trips - five.trips).toBeLessThanOrEqual(2);
  });
});
