// The GraphQL schema: imports every type file (each registers itself on the builder) and
// builds once. Printed to schema/schema.graphql by scripts/print-schema.ts.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/refs.ts';
import './types/enums.ts';
import './types/connection.ts';
import './types/entity.ts';
import './types/entity-queries.ts';
import './types/fact.ts';
import './types/quantity.ts';
import './types/mention.ts';
import './types/sentence.ts';
import './types/article.ts';
import './types/path.ts';
import './types/stats.ts';
import './types/errors.ts';
import './types/ingest.ts';
import './types/delete.ts';

builder.queryType({ description: 'Read the knowledge graph: entities, facts with evidence, articles.' });

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
