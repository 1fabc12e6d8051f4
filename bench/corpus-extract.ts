// Every corpus article through the extractor, in-process and streaming:
//   npx tsx bench/corpus-extract.ts FILE.jsonl[.gz]… [--limit N]
// Reports crashes (with the record's origin), span violations (an evidence quote or mention
// text that is not the slice of the text at its offsets), articles per CPU-second of
// extraction, and facts per 1,000 articles for each predicate. Figures go to docs/QUALITY.md.
import { extractArticle } from '../src/pipeline/extract.ts';
import { readCorpus, spanViolations } from './corpus-read.ts';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : Infinity;
if (args.length === 0) {
  console.error('usage: npx tsx bench/corpus-extract.ts FILE.jsonl[.gz]… [--limit N]');
  process.exit(2);
}

let articles = 0;
let extractCpuMicros = 0;
let inputErrors = 0;
let noFact = 0;
const crashes: string[] = [];
const violations: string[] = [];
const facts = new Map<string, number>();
const entities = new Map<string, number>();
const wallStart = Date.now();
const cpuStart = process.cpuUsage();

outer: for (const file of args) {
  for await (const record of readCorpus(file)) {
    if (articles >= limit) break outer;
    if ('error' in record) {
      inputErrors += 1;
      continue;
    }
    articles += 1;
    const before = process.cpuUsage();
    try {
      const result = extractArticle(record.raw);
      const used = process.cpuUsage(before);
      extractCpuMicros += used.user + used.system;
      const bad = spanViolations(result);
      if (bad.length > 0) violations.push(`${record.id}: ${bad.slice(0, 3).join('; ')}`);
      if (result.facts.every((f) => f.predicate === 'HAS_QUANTITY')) noFact += 1;
      for (const f of result.facts) facts.set(f.predicate, (facts.get(f.predicate) ?? 0) + 1);
      for (const e of result.entities) entities.set(e.type, (entities.get(e.type) ?? 0) + 1);
    } catch (error) {
      const used = process.cpuUsage(before);
      extractCpuMicros += used.user + used.system;
      // An empty text is an input error the CLI reports clearly; anything else is a crash.
      if ((error as Error).name === 'InputError') inputErrors += 1;
      else crashes.push(`${record.id} (${record.origin}): ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
    if (articles % 10_000 === 0) {
      const rate = (articles / (extractCpuMicros / 1e6)).toFixed(1);
      console.error(`… ${articles} articles, ${crashes.length} crashes, ${violations.length} with violations, ${rate} articles per CPU-second so far`);
    }
  }
}

const total = process.cpuUsage(cpuStart);
const per1000 = (n: number) => ((n * 1000) / Math.max(articles, 1)).toFixed(1);
console.log(`articles ${articles}, input errors ${inputErrors}, crashes ${crashes.length}, articles with span violations ${violations.length}`);
console.log(`extraction CPU ${(extractCpuMicros / 1e6).toFixed(1)} s → ${(articles / (extractCpuMicros / 1e6)).toFixed(1)} articles per CPU-second; whole process CPU ${((total.user + total.system) / 1e6).toFixed(1)} s, wall ${((Date.now() - wallStart) / 1000).toFixed(1)} s`);
console.log(`articles with no fact besides quantities: ${noFact} (${per1000(noFact)} per 1,000)`);
console.log('facts per 1,000 articles: ' + [...facts].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${per1000(n)} (${n})`).join(', '));
console.log('entities per 1,000 articles: ' + [...entities].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${per1000(n)}`).join(', '));
for (const c of crashes.slice(0, 20)) console.log(`CRASH ${c}`);
for (const v of violations.slice(0, 20)) console.log(`VIOLATION ${v}`);
process.exitCode = crashes.length > 0 || violations.length > 0 ? 1 : 0;
