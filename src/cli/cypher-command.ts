// `kg cypher FILE | -e 'QUERY' [--param name=value …] [--format table|json|csv]`: a
// researcher's query, read-only, with a timeout (src/graph/read-only-cypher.ts).
//   --param year=2011            → Integer 2011 (integral numbers are sent as integers)
//   --param share=0.5            → Float 0.5
//   --param name=WB              → "WB"
//   --param 'ids:=["org:a","org:b"]' → a JSON value (lists, maps, booleans, null)
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { checkConnection, createDriver } from '../graph/driver.ts';
import { runReadOnlyCypher, type PlanRow, type ReadOnlyResult } from '../graph/read-only-cypher.ts';
import { parseQueryHeader } from './query-header.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface CypherOptions {
  execute?: string;
  param: string[];
  format: string;
}

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('run a read-only Cypher query (a .cypher file or -e) and print its rows')
    .argument('[file]', 'a .cypher file, e.g. cypher/queries/seed-shape.cypher')
    .option('-e, --execute <query>', 'the query text')
    .option('-p, --param <name=value>', 'a parameter (repeatable); name:=json for a JSON value', collect, [])
    .option('-f, --format <format>', 'table | json | csv', 'table')
    .action(async (file: string | undefined, options: CypherOptions) => {
      process.exitCode = await runCypher(file, options);
    });
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

async function runCypher(file: string | undefined, options: CypherOptions): Promise<number> {
  let query: string;
  let params: Record<string, unknown>;
  let config;
  try {
    if (!FORMATS.includes(options.format as Format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
    if (Boolean(file) === Boolean(options.execute)) throw new Error('give either a FILE or -e QUERY');
    query = options.execute ?? (await readFile(file!, 'utf8'));
    params = withHeaderDefaults(query, parseParams(options.param));
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`kg cypher: ${(error as Error).message}\n`);
    return 2;
  }
  const driver = createDriver(config);
  try {
    await checkConnection(driver, config);
    const result = await runReadOnlyCypher(driver, query, params, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
    if (result.plan?.mode === 'EXPLAIN') process.stdout.write(formatResult(planTable(result.plan.operators), options.format as Format));
    else process.stdout.write(formatResult(result, options.format as Format));
    // PROFILE: the rows stay on stdout (for pipes), the profile goes to the terminal.
    if (result.plan?.mode === 'PROFILE') process.stderr.write(formatResult(planTable(result.plan.operators), 'table'));
    return 0;
  } catch (error) {
    process.stderr.write(`kg cypher: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
}

/** ["year=2011", "name=WB", "ids:=[1,2]"] → { year: Integer 2011, name: "WB", ids: [Integer 1, Integer 2] } */
export function parseParams(specs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of specs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(:?=)([\s\S]*)$/.exec(spec);
    if (!match) throw new Error(`--param ${JSON.stringify(spec)}: write name=value or name:=json`);
    const [, name, op, raw] = match as unknown as [string, string, string, string];
    if (op === '=') params[name] = scalar(raw);
    else {
      try {
        params[name] = integers(JSON.parse(raw));
      } catch {
        throw new Error(`--param ${name}:= needs a JSON value (got ${JSON.stringify(raw)})`);
      }
    }
  }
  return params;
}

/**
 * Parameters the query file's header gives a `Default:` for are filled in when not given; a
 * header parameter with no default that is not given stops the run with the header's words.
 */
export function withHeaderDefaults(query: string, given: Record<string, unknown>): Record<string, unknown> {
  const params = { ...given };
  const missing: string[] = [];
  for (const { name, description, defaultValue } of parseQueryHeader(query)) {
    if (Object.hasOwn(params, name)) continue;
    if (defaultValue === undefined) missing.push(`$${name}: ${description} (give it with --param ${name}=value)`);
    else params[name] = scalar(defaultValue);
  }
  if (missing.length > 0) throw new Error(`this query needs ${missing.join('; and ')}`);
  return params;
}

function scalar(raw: string): unknown {
  if (/^-?\d+$/.test(raw)) return neo4j.int(raw);
  if (/^-?\d+\.\d+(e-?\d+)?$/i.test(raw)) return Number(raw);
  return raw;
}

function integers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integers);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)]));
  return value;
}

export function formatResult(result: ReadOnlyResult, format: Format): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  const cells = result.rows.map((row) => result.keys.map((key) => cell(row[key])));
  if (format === 'csv') return [result.keys, ...cells].map((line) => line.map(csvField).join(',')).join('\n') + '\n';
  if (result.keys.length === 0) return '(no rows)\n';
  const widths = result.keys.map((key, i) => Math.max(key.length, ...cells.map((line) => (line[i] ?? '').length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(result.keys), rule, ...cells.map(line), `(${cells.length} row${cells.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

/** A plan as rows, its tree shown by indenting the operator names. */
export function planTable(operators: PlanRow[]): ReadOnlyResult {
  const profiled = operators.some((op) => op.dbHits !== undefined);
  const keys = ['operator', 'details', 'estimatedRows', ...(profiled ? ['rows', 'dbHits'] : [])];
  const rows = operators.map(({ depth, operator, ...rest }) => ({ operator: `${'  '.repeat(depth)}${operator}`, ...rest }));
  return { keys, rows };
}

/** Strings print as they are; everything else as compact JSON. */
function cell(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
