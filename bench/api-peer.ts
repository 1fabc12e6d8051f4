// The peer: the Neo4j GraphQL Library (@neo4j/graphql 7) over the same graph, with type
// definitions equivalent to what the benchmark asks of kg (no APOC features). Evidence
// quotes come from @cypher fields: the library cannot follow a list of sentence ids.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

const evidence = (type: string) =>
  `@cypher(statement: "MATCH (this)-[r:${type}]->() UNWIND r.evidence AS sid MATCH (s:Sentence {id: sid}) RETURN s.text AS quote", columnName: "quote")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entityNames", queryName: "searchEntities", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    type: String
    searchText: String
    won: [Entity!]! @relationship(type: "WON", direction: OUT, properties: "Fact")
    awardedFor: [Entity!]! @relationship(type: "AWARDED_FOR", direction: OUT, properties: "Fact")
    fundedBy: [Entity!]! @relationship(type: "FUNDED_BY", direction: OUT, properties: "Fact")
    wonEvidence: [String!]! ${evidence('WON')}
    awardedForEvidence: [String!]! ${evidence('AWARDED_FOR')}
    fundedByEvidence: [String!]! ${evidence('FUNDED_BY')}
  }

  type Fact @relationshipProperties {
    year: Int
    confidence: Float
    evidence: [String!]
  }
`;

export const PEER_SEED_SHAPE = /* GraphQL */ `
  query SeedShape($id: ID!) {
    entities(where: { id: { eq: $id } }) {
      name
      wonEvidence
      wonConnection(first: 5) {
        edges {
          properties { year }
          node {
            name
            awardedForEvidence
            awardedFor(limit: 5) {
              name
              fundedByEvidence
              fundedBy(limit: 5) { name }
            }
          }
        }
      }
    }
  }
`;

export const PEER_SEARCH = /* GraphQL */ `
  query Search($phrase: String!) {
    searchEntities(phrase: $phrase, first: 5) { edges { score node { name } } }
  }
`;

export async function peerSchema(driver: Driver) {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}
