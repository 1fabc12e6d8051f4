// Entity stages benchmark: `npx tsx bench/entities.ts`. Figures go to bench/RESULTS.md ("Entities").
// CPU time (process.cpuUsage), not wall time, so a busy machine does not distort the figures.
// 1. Start-up: importing recognize + resolve (lexicons, word list, gazetteers), goal < 300 ms.
// 2. Throughput of recognize + resolve on ~1,000-word articles built from the dev articles in
//    ../shared (read at run time, never stored here), after warm-up.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cpuMs = (): number => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;

await import('../src/domain/fold.ts');
const c0 = cpuMs();
const { recognizeEntities } = await import('../src/pipeline/recognize/recognize-entities.ts');
const { resolveEntities } = await import('../src/pipeline/resolve/resolve-entities.ts');
const loadMs = cpuMs() - c0;
const { segmentSentences } = await import('../src/pipeline/segment/segment-sentences.ts');

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const devDir = resolve(repoRoot, '../shared/fixtures/dev/articles');
const paragraphs = readdirSync(devDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(resolve(devDir, f), 'utf8').split('\n').filter((p) => p.trim().length > 40));

function articles(count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    const parts: string[] = [];
    let words = 0;
    while (words < 1000) {
      const p = paragraphs[i++ % paragraphs.length]!;
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    out.push(parts.join('\n'));
  }
  return out;
}

const docs = articles(60).map((text) => ({ text, sentences: segmentSentences(text) }));
const run = (): void => {
  for (const d of docs) resolveEntities(recognizeEntities(d.text, d.sentences).mentions);
};
run();
run();
const t0 = cpuMs();
const rounds = 5;
for (let r = 0; r < rounds; r++) run();
const perArticle = (cpuMs() - t0) / (rounds * docs.length);
console.log(`entities: import (lexicons, word list, gazetteers) ${loadMs.toFixed(0)} ms CPU`);
console.log(`entities: recognize + resolve ${perArticle.toFixed(2)} ms CPU per ~1,000-word article → ${(1000 / perArticle).toFixed(0)} articles/s on one core`);
