// Query limits. Page size comes from config (KG_MAX_PAGE_SIZE); these shape limits are fixed
// because example operations and clients are written against them.
export const QUERY_LIMITS = {
  /** Field nesting. Relay connections cost two levels per hop (`facts { nodes { … } }`): a
   * three-hop question with evidence (the seed's shape) reaches 13. */
  maxDepth: 15,
  /** Estimated cost: each field 1, a connection's selection multiplied by its `first`. */
  maxCost: 50_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Operations in one batched HTTP request (a JSON array body). */
  maxBatch: 5,
} as const;

/** Page size when a connection is asked without `first`. */
export const DEFAULT_PAGE_SIZE = 20;
