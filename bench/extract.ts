// Extractor benchmark: `npx tsx bench/extract.ts [--baseline DIR] [--no-sizes]`. Figures go to
// bench/RESULTS.md ("Extractor"). --baseline DIR: a directory holding an older `src/` (e.g.
// `git archive COMMIT src | tar -x -C DIR && ln -s $PWD/node_modules DIR/`), measured
// interleaved with the current one in the same run, so both see the same machine load.
// 1. Throughput: ~1,000-word articles per second on one core after warm-up (goal ≥ 100).
// 2. Start-up: a fresh `node` importing the pipeline (lexicons, gazetteers) vs a bare one (goal < 300 ms).
// 3. Run time vs size (100 KB, 500 KB, 2 MB): growth should be linear.
// Inputs are built at run time from the dev articles in ../shared (never stored here).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION, extractArticle } from '../src/pipeline/extract.ts';
import { normalizeArticle } from '../src/pipeline/normalize/normalize-article.ts';
import { recognizeEntities } from '../src/pipeline/recognize/recognize-entities.ts';
import { recognizeQuantities } from '../src/pipeline/recognize/recognize-quantities.ts';
import { relateFacts } from '../src/pipeline/relate/relate-facts.ts';
import { resolveEntities } from '../src/pipeline/resolve/resolve-entities.ts';
import { segmentSentences } from '../src/pipeline/segment/segment-sentences.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const devDir = resolve(repoRoot, '../shared/fixtures/dev/articles');
const seed = resolve(repoRoot, '../shared/fixtures/articles/danang-futuregov.txt');

function paragraphs(): string[] {
  const files = [seed, ...readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort().map((f) => resolve(devDir, f))];
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((p) => p.trim().length > 40));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** ~1,000-word articles: paragraphs in turn; copy k of a paragraph is marked "(k)" so none repeats. */
function thousandWordArticles(count: number): string[] {
  const all = paragraphs();
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    const parts = [`Bài thử số ${out.length + 1}`];
    while (words(parts.join(' ')) < 1000) {
      const copy = Math.floor(i / all.length);
      parts.push(`${copy > 0 ? `(${copy}) ` : ''}${all[i % all.length]}`);
      i++;
    }
    out.push(parts.join('\n'));
  }
  return out;
}

function ofSize(bytes: number): string {
  const all = paragraphs();
  const parts = ['Bài thử kích thước'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `(${Math.floor(i / all.length)}) ${all[i % all.length]}`;
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}

/** CPU seconds of this process: on a shared machine, what one core spends, whatever the wait. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

type Extract = typeof extractArticle;
const args = process.argv.slice(2);
const baselineDir = args.includes('--baseline') ? resolve(args[args.indexOf('--baseline') + 1] ?? '') : null;

/** Rounds of 1 s per contender, alternating; medians of articles per wall second and per CPU-second. */
async function throughput(rounds = 7): Promise<Array<{ name: string; perSecond: number; perCpuSecond: number }>> {
  const docs = thousandWordArticles(40);
  const contenders: Array<{ name: string; extract: Extract }> = [{ name: 'current', extract: extractArticle }];
  if (baselineDir) contenders.push({ name: 'baseline', extract: ((await import(resolve(baselineDir, 'src/pipeline/extract.ts'))) as { extractArticle: Extract }).extractArticle });
  for (const { extract } of contenders) for (let r = 0; r < 3; r++) for (const text of docs) extract({ origin: 'bench', text });
  const samples = contenders.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    contenders.forEach(({ extract }, k) => {
      let n = 0;
      const t0 = performance.now();
      const c0 = cpuSeconds();
      while (performance.now() - t0 < 1000) extract({ origin: 'bench', text: docs[n++ % docs.length] ?? '' });
      samples[k]!.wall.push(n / ((performance.now() - t0) / 1000));
      samples[k]!.cpu.push(n / (cpuSeconds() - c0));
    });
  }
  return contenders.map(({ name }, k) => ({ name, perSecond: median(samples[k]!.wall), perCpuSecond: median(samples[k]!.cpu) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function startMs(script: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot });
  return performance.now() - t0;
}

/** Time of the import alone, measured inside the fresh process (no spawn noise). */
function importMs(root: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(resolve(root, 'src/pipeline/extract.ts'))}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' }).trim());
}

/** CPU ms a fresh process spends from its start to the end of the script (load-independent). */
function startCpuMs(script: string): number {
  const report = `${script} const u = process.cpuUsage(); console.log((u.user + u.system) / 1000);`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', report], { cwd: repoRoot, encoding: 'utf8' }).trim());
}

interface Startup { name: string; wall: number; importOnly: number; cpu: number }

/** Fresh processes, interleaved: bare node + tsx, then each contender importing its pipeline (median of 7). */
function startup(): { bare: number; bareCpu: number; contenders: Startup[] } {
  const roots = [{ name: 'current', root: repoRoot }, ...(baselineDir ? [{ name: 'baseline', root: baselineDir }] : [])];
  const load = (root: string) => `await import(${JSON.stringify(resolve(root, 'src/pipeline/extract.ts'))});`;
  for (const { root } of roots) startMs(load(root)); // fills tsx's compile cache, as any second run of `kg` finds it
  const bare: number[] = [];
  const bareCpu: number[] = [];
  const runs = roots.map(() => ({ wall: [] as number[], importOnly: [] as number[], cpu: [] as number[] }));
  for (let round = 0; round < 7; round++) {
    bare.push(startMs(''));
    bareCpu.push(startCpuMs(''));
    roots.forEach(({ root }, k) => {
      runs[k]!.wall.push(startMs(load(root)));
      runs[k]!.importOnly.push(importMs(root));
      runs[k]!.cpu.push(startCpuMs(load(root)));
    });
  }
  const contenders = roots.map(({ name }, k) => ({ name, wall: median(runs[k]!.wall), importOnly: median(runs[k]!.importOnly), cpu: median(runs[k]!.cpu) }));
  return { bare: median(bare), bareCpu: median(bareCpu), contenders };
}

/** Each stage timed on its own, in extract.ts's order, so growth can be traced to a stage. */
function stageTimes(text: string): Record<string, number> {
  const times: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const t0 = performance.now();
    const out = run();
    times[name] = performance.now() - t0;
    return out;
  };
  const n = time('normalize', () => normalizeArticle({ origin: 'size', text }));
  const sentences = time('segment', () => segmentSentences(n.text));
  const q = time('quantities', () => recognizeQuantities(n.text, sentences));
  const e = time('entities', () => recognizeEntities(n.text, sentences));
  const r = time('resolve', () => resolveEntities(e.mentions));
  time('relate', () => relateFacts({ text: n.text, sentences, mentions: e.mentions, resolution: r, quantities: q.quantities, dates: q.dates, extractor: EXTRACTOR_VERSION }));
  return times;
}

function bySize(): Array<{ kb: number; ms: number; cpuMs: number; stages: Record<string, number> }> {
  return [100, 500, 2000].map((kb) => {
    const text = ofSize(kb * 1000);
    extractArticle({ origin: 'warm', text: text.slice(0, 20_000) });
    const t0 = performance.now();
    const c0 = cpuSeconds();
    extractArticle({ origin: 'size', text });
    return { kb, ms: performance.now() - t0, cpuMs: (cpuSeconds() - c0) * 1000, stages: stageTimes(text) };
  });
}

for (const t of await throughput()) {
  console.log(`throughput ${t.name}: ${t.perSecond.toFixed(1)} articles/s wall, ${t.perCpuSecond.toFixed(1)} per CPU-second (medians of 7 rounds; ~1,000-word articles, one core, after warm-up)`);
}
const s = startup();
for (const c of s.contenders) {
  console.log(`start-up ${c.name}: wall ${c.wall.toFixed(0)} ms vs bare ${s.bare.toFixed(0)} → ${(c.wall - s.bare).toFixed(0)} ms (import alone, timed inside: ${c.importOnly.toFixed(0)} ms); CPU ${c.cpu.toFixed(0)} vs bare ${s.bareCpu.toFixed(0)} → ${(c.cpu - s.bareCpu).toFixed(0)} ms`);
}
if (!args.includes('--no-sizes')) {
  for (const { kb, ms, cpuMs, stages } of bySize()) {
    const parts = Object.entries(stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`size ${kb} KB: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${(cpuMs / kb).toFixed(2)} CPU ms/KB); stages ms: ${parts}`);
  }
}
