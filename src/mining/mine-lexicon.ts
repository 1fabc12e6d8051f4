// `kg lexicon mine FILES… --out DIR`: reads .jsonl/.jsonl.gz archives of {title, text}
// records, counts names in the contexts of ./mine-article.ts, and writes the counts above
// their thresholds as JSON files in DIR (the extractor's copy lives in
// src/pipeline/lexicon/data/mined/). Names and counts only: no text of an article is written.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CONTEXT_FIELDS, emptyCounts, thresholded, type Counts } from './counts.ts';
import { mineArticle } from './mine-article.ts';
import { readCorpus } from './read-corpus.ts';
import { useMinedData } from '../pipeline/lexicon/mined.ts';

export interface MineOptions {
  out: string;
  /** Least count kept for a Latin run, a headed name, an alias pair, a title. */
  minLatin?: number;
  minHeaded?: number;
  minAlias?: number;
  minTitle?: number;
  onProgress?: (articles: number) => void;
}

export interface MineSummary {
  articles: number;
  skipped: number;
  seconds: number;
  files: Record<string, number>;
}

/** Longest article text mined (characters); longer ones are cut there. */
const MAX_ARTICLE_CHARS = 200_000;

export async function mineLexicon(files: string[], options: MineOptions): Promise<MineSummary> {
  const started = process.hrtime.bigint();
  useMinedData(false);
  const counts = emptyCounts();
  let articles = 0;
  let skipped = 0;
  for (const file of files) {
    for await (const record of readCorpus(file, () => skipped++)) {
      mineArticle(record.title, record.text.slice(0, MAX_ARTICLE_CHARS), counts);
      articles++;
      if (articles % 5000 === 0) options.onProgress?.(articles);
    }
  }
  const written = await writeMined(counts, files, articles, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { articles, skipped, seconds, files: written };
}

/** Least share of a name's sightings that go on with the same words for them to be kept. */
const CONTINUATION_SHARE = 0.5;

/** Continuations seen at least `min` times and after at least half of the name's sightings. */
function frequentContinuations(counts: Counts, min: number): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  for (const [key, [n = 0]] of counts.continuations) {
    if (n < min) continue;
    const [name = '', words = ''] = key.split('\t');
    const total = counts.headed.get(name)?.[0] ?? 0;
    if (n >= total * CONTINUATION_SHARE) out.push([name, words, n]);
  }
  return out.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
}

/** Least share of the numbers seen after a name that one number must have to be the unit's ("Ban Chỉ đạo 389"). */
const NUMBER_SHARE = 0.5;

/**
 * Numbers seen at least `min` times after a name: a bare one when most numbers after the name are
 * it (the name's unit, not counts: "Bệnh viện Bạch Mai 3 ngày qua" varies); one after "số"
 * ("number") whatever the others are, since "số" labels a unit.
 */
function frequentNumbers(counts: Counts, min: number): Array<[string, string, number]> {
  const totals = new Map<string, number>();
  for (const [key, [n = 0]] of counts.numbered) {
    const name = key.split('\t')[0]!;
    totals.set(name, (totals.get(name) ?? 0) + n);
  }
  const out: Array<[string, string, number]> = [];
  for (const [key, [n = 0]] of counts.numbered) {
    const [name = '', label = ''] = key.split('\t');
    if (n >= min && (label.startsWith('số ') || n >= NUMBER_SHARE * (totals.get(name) ?? 0))) out.push([name, label, n]);
  }
  return out.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
}

async function writeMined(counts: Counts, files: string[], articles: number, options: MineOptions): Promise<Record<string, number>> {
  const min = { latin: options.minLatin ?? 3, headed: options.minHeaded ?? 3, alias: options.minAlias ?? 2, title: options.minTitle ?? 2 };
  const source = { files: files.map((f) => basename(f)), articles, thresholds: min };
  const outputs: Record<string, unknown> = {
    'latin-runs': { ...source, fields: ['name', ...CONTEXT_FIELDS], rows: thresholded(counts.latin, min.latin, CONTEXT_FIELDS.length) },
    'headed-names': { ...source, fields: ['name', 'count'], rows: thresholded(counts.headed, min.headed, 1) },
    continuations: { ...source, fields: ['name', 'words', 'count'], rows: frequentContinuations(counts, min.headed) },
    'numbered-names': { ...source, fields: ['name', 'number', 'count'], rows: frequentNumbers(counts, min.headed) },
    aliases: { ...source, fields: ['name', 'alias', 'count'], rows: thresholded(counts.aliases, min.alias, 1).map(([key, n]) => [...key.split('\t'), n]) },
    titles: {
      ...source,
      fields: ['title', 'count'],
      awards: thresholded(counts.awards, min.title, 1),
      programmes: thresholded(counts.programmes, min.title, 1),
    },
  };
  await mkdir(options.out, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const [name, value] of Object.entries(outputs)) {
    // One row a line: compact, and a diff of a re-mined file stays readable.
    const body = JSON.stringify(value, null, 0).replace(/\],\[/g, '],\n[');
    await writeFile(join(options.out, `${name}.json`), `${body}\n`);
    sizes[`${name}.json`] = Buffer.byteLength(body) + 1;
  }
  return sizes;
}
