// How many of the corpus's articles are near-copies of an earlier one, and what finding them
// costs per article: the SimHash of src/dedupe/simhash.ts and the choice of
// src/graph/write/link-duplicates.ts (chooseOriginals) over the whole corpus in input order,
// with an in-memory band index standing in for the graph's. No database, no extraction: the
// fingerprint is taken over the record's title and text, as the article's text starts with
// its title. Identical texts are counted apart: they get the same article id, so ingest
// reports them "unchanged" rather than linking them.
// Run: npx tsx bench/near-duplicates.ts [--corpus DIR] [--limit N]
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { REPO_ROOT } from '../src/config.ts';
import { bandsOf, simhash } from '../src/dedupe/simhash.ts';
import { chooseOriginals, type Fingerprinted } from '../src/graph/write/link-duplicates.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const CORPUS = path.resolve(option('--corpus') ?? path.join(REPO_ROOT, '..', 'shared', 'corpus'));
const LIMIT = Number(option('--limit') ?? Infinity);

const index = new Map<string, Fingerprinted[]>();
const texts = new Set<string>();
let articles = 0;
let identical = 0;
let tooShort = 0;
let copies = 0;
const byDistance = [0, 0, 0, 0];
const perFile: Record<string, number> = {};
let fingerprintMs = 0;
let lookupMs = 0;
const load = loadavg().map((l) => l.toFixed(1)).join(' ');

for (const file of ['hddtvn.jsonl.gz', 'vntc.jsonl.gz']) {
  const lines = createInterface({ input: createReadStream(path.join(CORPUS, file)).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (articles >= LIMIT) break;
    const record = JSON.parse(line) as { title?: string | null; text: string };
    articles++;
    const text = `${record.title ?? ''}\n${record.text}`;
    const digest = createHash('sha256').update(record.text).digest('hex');
    if (texts.has(digest)) {
      identical++;
      continue;
    }
    texts.add(digest);
    let started = performance.now();
    const hash = simhash(text);
    fingerprintMs += performance.now() - started;
    if (!hash) {
      tooShort++;
      continue;
    }
    started = performance.now();
    const article = { id: String(articles), simhash: hash };
    const candidates = [...new Set(bandsOf(hash).flatMap((band) => index.get(band) ?? []))];
    const [link] = chooseOriginals([article], new Map([[article.id, candidates]]));
    if (link) {
      copies++;
      byDistance[link.distance]! += 1;
      perFile[file] = (perFile[file] ?? 0) + 1;
    } else {
      for (const band of bandsOf(hash)) index.set(band, [...(index.get(band) ?? []), article]);
    }
    lookupMs += performance.now() - started;
  }
}

console.log(
  JSON.stringify(
    {
      articles,
      identicalText: identical,
      tooShortToCompare: tooShort,
      nearCopies: copies,
      nearCopiesShare: `${((100 * copies) / articles).toFixed(2)}%`,
      byDistance,
      perFile,
      fingerprintMsPerArticle: +(fingerprintMs / articles).toFixed(3),
      lookupMsPerArticle: +(lookupMs / articles).toFixed(3),
      loadBefore: load,
      loadAfter: loadavg().map((l) => l.toFixed(1)).join(' '),
    },
    null,
    1,
  ),
);
