// `kg cypher FILE | -e 'QUERY' [--param name=value …] [--format table|json|csv]`: a
// researcher's query, read-only, with a timeout (src/graph/read-only-cypher.ts).
//   --param year=2011            → Integer 2011 (a number written as numbers are: integers stay integers)
//   --param share=0.5            → Float 0.5
//   --param name=WB              → "WB"
//   --param code=007             → "007" (a leading zero, or an integer beyond 64 bits, stays text)
//   --param 'code:="2011"'       → "2011": `:=` takes JSON, so a quoted value is always a string
//   --param 'ids:=["org:a","org:b"]' → a JSON value (lists, maps, booleans, null)
// Table cells are cut at CELL_MAX characters with "…"; --format json or csv print them whole.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { runReadOnlyCypher, type PlanRow, type ReadOnlyResult } from '../graph/read-only-cypher.ts';
import { UsageError } from './exit-codes.ts';
import { parseQueryHeader } from './query-header.ts';
import { withGraph } from './with-graph.ts';

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
  if (!FORMATS.includes(options.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (Boolean(file) === Boolean(options.execute)) throw new UsageError('give either a FILE or -e QUERY');
  const query = options.execute ?? (await readQueryFile(file!));
  const params = withHeaderDefaults(query, parseParams(options.param));
  const config = loadConfig();
  return withGraph({ config }, async (driver) => {
    const result = await runReadOnlyCypher(driver, query, params, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
    if (result.plan?.mode === 'EXPLAIN') process.stdout.write(formatResult(planTable(result.plan.operators), options.format as Format));
    else process.stdout.write(formatResult(result, options.format as Format));
    // PROFILE: the rows stay on stdout (for pipes), the profile goes to the terminal.
    if (result.plan?.mode === 'PROFILE') process.stderr.write(formatResult(planTable(result.plan.operators), 'table'));
    return 0;
  });
}

/** The file's text; a file that cannot be read is the caller's mistake, said in words. */
async function readQueryFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why} (the queries that come with kg are in cypher/queries/)`);
  }
}

/** ["year=2011", "name=WB", "ids:=[1,2]"] → { year: Integer 2011, name: "WB", ids: [Integer 1, Integer 2] } */
export function parseParams(specs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of specs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(:?=)([\s\S]*)$/.exec(spec);
    if (!match) throw new UsageError(`--param ${JSON.stringify(spec)}: write name=value or name:=json`);
    const [, name, op, raw] = match as unknown as [string, string, string, string];
    if (op === '=') params[name] = scalar(raw);
    else {
      try {
        params[name] = integers(JSON.parse(raw));
      } catch {
        throw new UsageError(`--param ${name}:= needs a JSON value, e.g. 'ids:=["a","b"]' or 'code:="007"' (got ${JSON.stringify(raw)})`);
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
  if (missing.length > 0) throw new UsageError(`this query needs ${missing.join('; and ')}`);
  return params;
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * A number only when it is written as numbers are ("7", "-12", "0.5"): "007", "+7", "1e3" and
 * integers beyond 64 bits are kept as the text they are (codes, phone numbers, ids).
 */
function scalar(raw: string): unknown {
  if (/^(0|-?[1-9]\d*)$/.test(raw)) {
    const big = BigInt(raw);
    return big <= INT64_MAX && big >= -INT64_MAX - 1n ? neo4j.int(raw) : raw;
  }
  if (/^-?(0|[1-9]\d*)\.\d+$/.test(raw)) return Number(raw);
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
  const cut = cells.map((line) => line.map(shorten));
  const widths = result.keys.map((key, i) => Math.max(key.length, ...cut.map((line) => (line[i] ?? '').length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(result.keys), rule, ...cut.map(line), `(${cells.length} row${cells.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

/** Widest table cell, in characters: rows stay readable; json and csv keep every value whole. */
export const CELL_MAX = 60;

/** One line of at most CELL_MAX characters: line breaks shown as spaces, the rest cut with "…". */
function shorten(value: string): string {
  const flat = value.replace(/\s*\n\s*/g, ' ');
  const chars = [...flat];
  return chars.length <= CELL_MAX ? flat : `${chars.slice(0, CELL_MAX - 1).join('')}…`;
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
