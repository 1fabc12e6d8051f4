// The real corpus (../shared/corpus, 92,309 articles) ingested from an empty graph, as a user
// runs it: `node bin/kg.js ingest …` under /usr/bin/time, against a local Neo4j started on a
// fresh data directory for the run. Reports wall time, articles/s, facts/s, kg's CPU (all its
// threads) and peak RSS, Neo4j's CPU over the run (from /proc), the store's size, and the
// load average (a shared machine: read every figure with it).
// Run: npx tsx bench/ingest-corpus.ts NAME [--articles N] [--workers N] [--again] [--port P] [--keep] [--corpus DIR]
//   --articles N  only the first N articles (hddtvn first, then vntc), through standard input
//   --again       ingest a second time into the same graph (every article "unchanged")
//   --keep        leave the Neo4j running (for the API benchmark on the whole-corpus graph)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const NAME = args[0] ?? 'run';
const ARTICLES = option('--articles') ? Number(option('--articles')) : null;
const WORKERS = option('--workers');
const PORT = option('--port') ?? '7703';
const AGAIN = args.includes('--again');
const KEEP = args.includes('--keep');
const CORPUS = path.resolve(option('--corpus') ?? path.join(REPO_ROOT, '..', 'shared', 'corpus'));
const FILES = ['hddtvn.jsonl.gz', 'vntc.jsonl.gz'].map((f) => path.join(CORPUS, f));
const OUT = path.join('/tmp', 'kg-bench-corpus', NAME);
const DATA = path.join(OUT, 'neo4j');
const KG = path.join(REPO_ROOT, 'bin', 'kg.js');

function kg(...argv: string[]): string {
  return execFileSync(process.execPath, [KG, ...argv], { encoding: 'utf8', env: { ...process.env, KG_NEO4J_PORT: PORT } });
}

/** user+system seconds of a process, from /proc (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function sizeMb(dir: string): number {
  return Number(execFileSync('du', ['-sm', dir], { encoding: 'utf8' }).split('\t')[0]);
}

/** One `kg ingest` under /usr/bin/time; the progress lines go to a log file. */
async function ingest(label: string): Promise<Record<string, number | string>> {
  const timeFile = path.join(OUT, `${label}.time`);
  const logFile = path.join(OUT, `${label}.log`);
  const inputs = ARTICLES ? ['-'] : FILES;
  const ingestArgs = [KG, 'ingest', ...inputs, ...(WORKERS ? ['--workers', WORKERS] : [])];
  const neo4jPid = (JSON.parse(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8')) as { pid: number }).pid;
  const neo4jCpu = cpuSeconds(neo4jPid);
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const shell = [
    ARTICLES ? `zcat ${FILES.join(' ')} | head -n ${ARTICLES} |` : '',
    `/usr/bin/time -f '%e %U %S %M' -o ${timeFile} ${process.execPath} ${ingestArgs.join(' ')} > ${path.join(OUT, `${label}.out`)} 2> ${logFile}`,
  ].join(' ');
  await new Promise<void>((resolve) => spawn('bash', ['-c', shell], { stdio: 'inherit', env: { ...process.env, KG_NEO4J_PORT: PORT } }).on('close', () => resolve()));
  const [wall, user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const summary = readFileSync(path.join(OUT, `${label}.out`), 'utf8').trim();
  const count = (pattern: RegExp) => Number(summary.match(pattern)?.[1] ?? 0);
  const articles = count(/^(\d+) articles/);
  const facts = count(/facts \+(\d+)/);
  return {
    run: label,
    articles,
    wallS: wall!,
    articlesPerS: Math.round(articles / wall!),
    factsPerS: Math.round(facts / wall!),
    kgCpuS: Math.round(user! + system!),
    neo4jCpuS: Math.round(cpuSeconds(neo4jPid) - neo4jCpu),
    kgPeakRssMb: Math.round(maxKb! / 1024),
    storeMb: sizeMb(path.join(DATA, 'data')),
    loadBefore: load,
    loadAfter: loadavg().map((l) => l.toFixed(1)).join(' '),
    summary,
  };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
kg('neo4j', 'start', '--port', PORT, '--data', DATA);
try {
  const results = [await ingest('first')];
  if (AGAIN) results.push(await ingest('again'));
  const graph = kg(
    'cypher',
    '-e',
    'RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities, COUNT { ()-[:DUPLICATE_OF]->() } AS duplicates, COUNT { (:Sentence) } AS sentences',
    '--format',
    'json',
  );
  console.log(JSON.stringify({ name: NAME, workers: WORKERS ?? 'default', results, graph: graph.trim() }, null, 1));
} finally {
  if (!KEEP && existsSync(DATA)) kg('neo4j', 'stop', '--data', DATA);
}
