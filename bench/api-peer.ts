// The peer: the Neo4j GraphQL Library (@neo4j/graphql 7) over the same graph, with type
// definitions equivalent to what the benchmark asks of kg (no APOC features). What the
// library cannot express natively is a @cypher field:
//   - evidence quotes: it cannot follow a list of sentence ids (r.evidence);
//   - a hub's facts: a relationship field is one type in one direction, and relationship
//     properties cannot carry a @cypher field, so one page across all fact types and both
//     directions in confidence order, each fact with its quotes, is one @cypher field
//     (the floor's statement);
//   - a path: there is no shortest-path field, so `path` is a @cypher field on Query using
//     shortestPath (the floor's statement); its facts are relationships, which @cypher can
//     only return as maps, not as the library's types.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { asMap, HUB_FACTS_MATCH, HUB_QUOTES, hubFactFields, PATH_FIELDS, PATH_MATCH, SEARCH_FIRST } from './api-shared.ts';

const evidence = (type: string) =>
  `@cypher(statement: "MATCH (this)-[r:${type}]->() UNWIND r.evidence AS sid MATCH (s:Sentence {id: sid}) RETURN s.text AS quote", columnName: "quote")`;

// The floor's statements as @cypher bodies (`this` is the entity), each row one map.
const hubFacts = (quotes: number | null) => `${HUB_FACTS_MATCH('(this)')}\nRETURN ${asMap(hubFactFields(quotes))} AS fact`;
const path = `${PATH_MATCH}\nRETURN ${asMap(PATH_FIELDS)} AS path`;

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
    facts: [HubFact!]! @cypher(statement: ${JSON.stringify(hubFacts(HUB_QUOTES))}, columnName: "fact")
    factsAllQuotes: [HubFact!]! @cypher(statement: ${JSON.stringify(hubFacts(null))}, columnName: "fact")
  }

  type HubFact {
    predicate: String!
    confidence: Float
    qualifiers: Qualifiers!
    subject: String!
    object: String
    quotes: [String!]!
  }

  type Qualifiers {
    year: Int
    amount: Float
    currency: String
    role: String
    date: String
    via: String
    document: String
    finalist: Boolean
  }

  type Path {
    length: Int!
    entities: [String!]!
    facts: [PathFact!]!
  }

  type PathFact {
    predicate: String!
    subject: String!
    object: String!
    quotes: [String!]!
  }

  type Query {
    path(from: ID!, to: ID!): Path @cypher(statement: ${JSON.stringify(path)}, columnName: "path")
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
    searchEntities(phrase: $phrase, first: ${SEARCH_FIRST}) { edges { score node { name } } }
  }
`;

const peerHubFacts = (field: string) => /* GraphQL */ `
  query HubFacts($id: ID!) {
    entities(where: { id: { eq: $id } }) {
      ${field} { predicate confidence qualifiers { year amount currency role date via document finalist } subject object quotes }
    }
  }
`;
export const PEER_HUB_FACTS = peerHubFacts('facts');
export const PEER_HUB_ALL_QUOTES = peerHubFacts('factsAllQuotes');

export const PEER_PATH = /* GraphQL */ `
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to) { length entities facts { predicate subject object quotes } }
  }
`;

export async function peerSchema(driver: Driver) {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}
