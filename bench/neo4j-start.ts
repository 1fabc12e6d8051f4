// Local Neo4j start-up, as a user meets it (run on demand: `npx tsx bench/neo4j-start.ts [--rounds 3]`).
// Runs the real CLI (`node bin/kg.js neo4j start|stop`) on a free port and a temp data dir:
//   first start   launcher already built, new (empty) data directory;
//   restart       existing store, after a clean stop;
//   reuse         a second `start` while it runs (must not start another server);
//   stop          SIGTERM to exited.
// Prints medians (and the machine's load average, which dominates on a shared box) for
// bench/RESULTS.md ("Foundation"). The cold start (empty Maven repository) is measured in a
// fresh clone instead; see RESULTS.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.ts';
import { freePort } from '../src/neo4j-local/bolt-probe.ts';
import { ensureLauncherBuilt } from '../src/neo4j-local/build-launcher.ts';

const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 3;

function timeKg(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/kg.js'), 'neo4j', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kg neo4j ${args.join(' ')} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await ensureLauncherBuilt();
const times: Record<string, number[]> = { 'first start': [], restart: [], reuse: [], stop: [] };
for (let round = 0; round < ROUNDS; round++) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-bench-start-'));
  const target = ['--port', String(await freePort()), '--data', dataDir];
  try {
    times['first start']!.push(timeKg(['start', ...target]));
    times.reuse!.push(timeKg(['start', ...target]));
    times.stop!.push(timeKg(['stop', ...target]));
    times.restart!.push(timeKg(['start', ...target]));
  } finally {
    timeKg(['wipe', ...target]);
  }
}
console.log(`| step | median of ${ROUNDS} (s) |\n| --- | --- |`);
for (const [step, xs] of Object.entries(times)) console.log(`| ${step} | ${median(xs).toFixed(1)} |`);
console.log(`\nload average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (${os.cpus().length} cores)`);
