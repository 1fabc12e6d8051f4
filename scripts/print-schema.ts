// Prints the GraphQL schema from the code into schema/schema.graphql (sorted, so diffs are
// small). Run after changing src/api/types: `npx tsx scripts/print-schema.ts`.
// test/unit/api/schema-file.test.ts fails when the committed file differs from a fresh print.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../src/api/schema.ts';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'schema.graphql');

writeFileSync(SCHEMA_FILE, printSortedSchema());
process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
