// schema/schema.graphql is printed from the code, never edited by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSortedSchema, schema } from '../../../src/api/schema.ts';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../schema/schema.graphql');

describe('schema/schema.graphql', () => {
  it('equals a fresh print of the code (run `npx tsx scripts/print-schema.ts` after changing src/api/types)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSortedSchema());
  });

  it('offers every capability of the API', () => {
    const query = Object.keys(schema.getQueryType()!.getFields()).sort();
    expect(query).toEqual(['article', 'articles', 'entities', 'entity', 'facts', 'node', 'nodes', 'path', 'search', 'stats']);
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(['deleteArticle', 'ingestArticle']);
    const sdl = printSortedSchema();
    expect(sdl).toMatch(/union IngestArticleResult = .*EmptyArticleError.*NotAuthorizedError/);
    expect(sdl).toMatch(/interface Entity implements Node/);
    for (const type of ['Organization', 'Person', 'Place', 'Award', 'Project', 'Event', 'Document']) {
      expect(sdl).toContain(`type ${type} implements Entity & Node`);
    }
  });
});
