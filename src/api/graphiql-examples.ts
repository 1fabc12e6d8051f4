// The operations GraphiQL opens with, one tab each, ready to run on the sample data
// (`kg up` loads samples/articles/, which holds the seed article). They find entities by
// folded search text rather than by id, so they run whatever ids the extractor chose.

const SEED_SHAPE = `# The seed article's shape in one query: who won which award, for which
# project, funded by whom, with the sentences that say so. Run it: Ctrl-Enter.
query SeedShape {
  search(text: "so thong tin va truyen thong da nang", types: [ORGANIZATION], first: 3) {
    nodes {
      name
      won: facts(direction: OUTGOING, predicates: [WON], first: 5) {
        nodes {
          qualifiers { year }
          evidence { quote }
          award: object {
            ... on Award {
              name
              awardedFor: facts(direction: OUTGOING, predicates: [AWARDED_FOR], first: 5) {
                nodes {
                  project: object {
                    ... on Project {
                      name
                      fundedBy: facts(direction: OUTGOING, predicates: [FUNDED_BY], first: 5) {
                        nodes {
                          funder: object { ... on Entity { name aliases } }
                          evidence { quote article { title publishedAt source } }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
`;

const SEARCH = `# Search ignores case and diacritics: "da nang" finds Đà Nẵng,
# "future gov" finds FutureGov, "ngan hang the gioi" finds Ngân hàng Thế giới.
query Search {
  search(text: "ngan hang the gioi", first: 5) {
    totalCount
    edges { score node { __typename name aliases } }
  }
}
`;

const ENTITY_FACTS = `# One entity with every fact about it, in both directions, and where each is stated.
query EntityWithFacts {
  search(text: "future gov", first: 1) {
    nodes {
      id
      name
      aliases
      facts(first: 20) {
        totalCount
        nodes {
          subject { name }
          predicate
          object { ... on Entity { name } ... on Quantity { value unit text } }
          confidence
          supportCount
          evidence { quote }
        }
      }
      articles(first: 5) { nodes { title publishedAt } }
    }
  }
}
`;

const PATH = `# The shortest chain of facts between two entities (either direction, at most 4 hops).
query PathBetween {
  path(from: { search: "so thong tin va truyen thong da nang" }, to: { search: "ngan hang the gioi" }, maxHops: 4) {
    length
    entities { __typename name }
    facts { subject { name } predicate object { ... on Entity { name } } }
  }
}
`;

const ARTICLE_FACTS = `# The facts one article states, with the exact sentence for each.
query ArticleFacts {
  articles(first: 1, orderBy: PUBLISHED_ASC) {
    nodes {
      title
      publishedAt
      source
      facts(first: 30) {
        totalCount
        nodes {
          subject { name }
          predicate
          object { ... on Entity { name } ... on Quantity { value unit } }
          qualifiers { year amount currency role }
          evidence { start end quote }
        }
      }
    }
  }
  stats { articles entities facts }
}
`;

export const EXAMPLE_OPERATIONS = [SEED_SHAPE, SEARCH, ENTITY_FACTS, PATH, ARTICLE_FACTS];
