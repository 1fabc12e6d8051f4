// What a researcher does first: load the sample articles, copy a query file's `Run:` line and
// run it. Every file's documented example (its Run: line, with the header's defaults for what
// the line leaves out) must return rows on the sample graph, parsed as `kg cypher` parses it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseParams, withHeaderDefaults } from '../../../src/cli/cypher-command.ts';
import { REPO_ROOT } from '../../../src/config.ts';
import { ingestPaths } from '../../../src/ingest/ingest-articles.ts';
import { runReadOnlyCypher } from '../../../src/graph/read-only-cypher.ts';
import { extractArticle } from '../../../src/pipeline/extract.ts';
import { testDatabase, testDriver } from '../../support/neo4j.ts';

const QUERIES = path.join(REPO_ROOT, 'cypher', 'queries');
const SAMPLES = path.join(REPO_ROOT, 'samples', 'articles');
const files = readdirSync(QUERIES).filter((f) => f.endsWith('.cypher')).sort();
const driver = testDriver();
const database = testDatabase();
/** Ids of the sample's articles and entities: rows must come from the sample, not from other tests' data. */
const sampleIds: string[] = [];

beforeAll(async () => {
  const summary = await ingestPaths(driver, [SAMPLES], { database });
  expect(summary.failed).toBe(0);
  for (const file of readdirSync(SAMPLES)) {
    const result = extractArticle({ origin: file, text: readFileSync(path.join(SAMPLES, file), 'utf8') });
    sampleIds.push(result.article.id, ...result.entities.map((e) => e.id));
  }
}, 180_000);
afterAll(() => driver.close());

/** A shell line's words, as sh splits them: spaces separate, '…' and "…" quote (q='"da nang"'). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const [word] of line.matchAll(/(?:'[^']*'|"(?:[^"\\]|\\.)*"|[^\s'"])+/g)) {
    words.push(word.replace(/'([^']*)'|"((?:[^"\\]|\\.)*)"/g, (_m, single?: string, double?: string) => single ?? double!.replace(/\\(.)/g, '$1')));
  }
  return words;
}

/** The `--param` values of the file's `// Run:` line. */
function runLineParams(file: string, text: string): string[] {
  const run = text.split('\n').find((l) => l.startsWith('// Run: '));
  if (!run) throw new Error(`${file} has no "// Run:" line`);
  const words = shellWords(run.slice('// Run: '.length).trim());
  expect(words.slice(0, 4)).toEqual(['npx', 'kg', 'cypher', `cypher/queries/${file}`]);
  const params: string[] = [];
  for (let i = 4; i < words.length; i += 2) {
    expect(words[i], `${file}: ${run}`).toBe('--param');
    params.push(words[i + 1]!);
  }
  return params;
}

describe('every query file, run as its header shows, on the sample graph', () => {
  it.each(files)('%s returns rows', async (file) => {
    const text = readFileSync(path.join(QUERIES, file), 'utf8');
    const params = withHeaderDefaults(text, parseParams(runLineParams(file, text)));
    const result = await runReadOnlyCypher(driver, text, params, { database, timeoutMs: 20_000 });
    // Rows about the sample: they name one of its ids, or the example asked about one.
    const rows = JSON.stringify(result.rows);
    const aboutSample = sampleIds.some((id) => rows.includes(`"${id}"`) || Object.values(params).includes(id));
    expect(result.rows.length, `${file} with ${JSON.stringify(params)}`).toBeGreaterThan(0);
    expect(aboutSample, `${file} with ${JSON.stringify(params)}: ${rows.slice(0, 300)}`).toBe(true);
  });

  it("files the sample's award under the year it was won (2011), not the article's (2022)", async () => {
    const text = readFileSync(path.join(QUERIES, 'awards-by-year.cypher'), 'utf8');
    const yearOf = async (year: number) => {
      const params = { fromYear: neo4j.int(year), toYear: neo4j.int(year) };
      const { rows } = await runReadOnlyCypher(driver, text, params, { database, timeoutMs: 20_000 });
      return rows.flatMap((r) => r.winners as Array<{ awardId: string; yearFrom: string }>);
    };
    const in2011 = await yearOf(2011);
    expect(in2011).toContainEqual(expect.objectContaining({ awardId: 'award:giai-thuong-future-gov', yearFrom: 'article' }));
    expect(in2011).toContainEqual(expect.objectContaining({ yearFrom: 'fact' }));
    expect((await yearOf(2022)).map((w) => w.awardId)).not.toContain('award:giai-thuong-future-gov');
  });
});
