// How much of the extractor's time relate takes: the dev articles (read from ../shared) run
// through normalize → resolve once, then relateFacts alone, repeated after a warm-up.
//   npx tsx bench/relate.ts [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTRACTOR_VERSION } from '../src/pipeline/extract.ts';
import { normalizeArticle } from '../src/pipeline/normalize/normalize-article.ts';
import { recognizeEntities } from '../src/pipeline/recognize/recognize-entities.ts';
import { recognizeQuantities } from '../src/pipeline/recognize/recognize-quantities.ts';
import { relateFacts, type RelateInput } from '../src/pipeline/relate/relate-facts.ts';
import { resolveEntities } from '../src/pipeline/resolve/resolve-entities.ts';
import { segmentSentences } from '../src/pipeline/segment/segment-sentences.ts';

const dir = path.resolve(import.meta.dirname, '../../shared/fixtures/dev/articles');
const rounds = Number(process.argv[2] ?? 50);

const inputs: RelateInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const { text } = normalizeArticle({ origin: f, text: readFileSync(path.join(dir, f), 'utf8') });
    const sentences = segmentSentences(text);
    const { mentions } = recognizeEntities(text, sentences);
    const { quantities, dates } = recognizeQuantities(text, sentences);
    return { text, sentences, mentions, resolution: resolveEntities(mentions), quantities, dates, extractor: EXTRACTOR_VERSION };
  });
const words = inputs.reduce((n, i) => n + i.text.split(/\s+/u).length, 0);

for (const input of inputs) relateFacts(input); // warm-up
const start = performance.now();
for (let r = 0; r < rounds; r += 1) for (const input of inputs) relateFacts(input);
const ms = performance.now() - start;
const perArticle = ms / (rounds * inputs.length);
const per1000Words = ms / ((rounds * words) / 1000);
console.log(
  `relate: ${inputs.length} articles (${words} words) × ${rounds}: ${perArticle.toFixed(2)} ms/article, ` +
    `${per1000Words.toFixed(2)} ms per 1,000 words → ${(1000 / per1000Words).toFixed(0)} articles of 1,000 words/s`,
);
