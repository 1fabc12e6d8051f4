// A repeatable precision audit on a real corpus:
//   npx tsx bench/audit.ts FILE.jsonl[.gz]… [--articles 1000] [--seed kg-audit-1]
//     [--entities 120] [--facts 240] [--per-predicate 30] [--list /tmp/to-judge.txt]
//     [--record VERDICTS.tsv] [--verdicts bench/audit/verdicts.json] [--predicates WON,FUNDED_BY]
//     [--show wrong|ok|unsure --show-to FILE]
// 1. Draws N articles at random (seeded: the N smallest hashes of seed + record id, so the
//    draw does not depend on file order) across all the files, extracts them in-process.
// 2. Draws entities and facts (no HAS_QUANTITY) the same way from everything those articles
//    gave: --entities and --facts uniformly, plus up to --per-predicate facts of each
//    predicate (the smallest hashes within the predicate: still a random sample of it).
// 3. Lists each item not judged yet with its evidence sentence (--list FILE, else stdout) for a
//    person to judge; `--record FILE` merges lines "KEY<TAB>ok|wrong|unsure[<TAB>why]" into
//    the verdicts file. Verdicts are kept by KEY = hash of (article id, item): ids, labels and
//    verdicts only, never article text. An item whose name or predicate changed gets a new
//    key, so a re-run after a change shows exactly what is new to judge and which judged
//    items are no longer extracted.
// 4. Prints precision per entity type and per predicate over the judged items of this draw,
//    and facts per 1,000 articles per predicate. Judging rules: docs/QUALITY.md.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractResult } from '../src/domain/extraction.ts';
import { extractArticle } from '../src/pipeline/extract.ts';
import { readCorpus } from './corpus-read.ts';

type Verdict = 'ok' | 'wrong' | 'unsure';
interface VerdictEntry {
  article: string;
  kind: 'entity' | 'fact';
  label: string;
  verdict: Verdict;
  why?: string;
}
interface Item {
  key: string;
  article: string;
  kind: 'entity' | 'fact';
  label: string;
  shown: string;
  evidence: string;
  draw: string;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const options = parseArgs(process.argv.slice(2));
const hash = (s: string, n = 16) => createHash('sha256').update(s).digest('hex').slice(0, n);

function parseArgs(argv: string[]) {
  const o = {
    files: [] as string[],
    articles: 1000,
    seed: 'kg-audit-1',
    entities: 120,
    facts: 240,
    perPredicate: 0,
    /** Restrict the per-predicate draw to these (rare predicates need more articles). */
    predicates: [] as string[],
    list: '',
    record: '',
    /** Also list the drawn items already judged with this verdict (to study what is wrong). */
    show: '',
    showTo: '',
    verdicts: resolve(repoRoot, 'bench/audit/verdicts.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--articles') o.articles = Number(next());
    else if (a === '--seed') o.seed = next();
    else if (a === '--entities') o.entities = Number(next());
    else if (a === '--facts') o.facts = Number(next());
    else if (a === '--per-predicate') o.perPredicate = Number(next());
    else if (a === '--predicates') o.predicates = next().split(',').filter(Boolean);
    else if (a === '--list') o.list = next();
    else if (a === '--record') o.record = next();
    else if (a === '--show') o.show = next();
    else if (a === '--show-to') o.showTo = next();
    else if (a === '--verdicts') o.verdicts = resolve(next());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.files.length === 0) throw new Error('usage: npx tsx bench/audit.ts FILE.jsonl[.gz]… [options]; see the header of bench/audit.ts');
  for (const n of [o.articles, o.entities, o.facts, o.perPredicate]) {
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new Error('counts must be whole numbers from 0 to 1,000,000');
  }
  return o;
}

async function drawArticleIds(): Promise<Set<string>> {
  const ranked: Array<[string, string]> = [];
  for (const file of options.files) {
    for await (const r of readCorpus(file)) if (!('error' in r)) ranked.push([hash(`${options.seed}\u0000${r.id}`), r.id]);
  }
  ranked.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, options.articles).map(([, id]) => id));
}

function sentenceWith(result: ExtractResult, index: number, mark?: { start: number; end: number }): string {
  const s = result.sentences.find((x) => x.index === index);
  if (!s) return '';
  if (!mark || mark.start < s.start || mark.end > s.end) return s.text;
  return `${s.text.slice(0, mark.start - s.start)}[[${s.text.slice(mark.start - s.start, mark.end - s.start)}]]${s.text.slice(mark.end - s.start)}`;
}

function itemsOf(article: string, result: ExtractResult): Item[] {
  const out: Item[] = [];
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  for (const e of result.entities) {
    const key = hash(`${article}\u0000entity\u0000${e.type}\u0000${e.name}`);
    const m = e.mentions[0]!;
    out.push({ key, article, kind: 'entity', label: e.type, shown: `${e.type}: ${e.name}`, evidence: sentenceWith(result, m.sentence, m), draw: hash(`${options.seed}\u0000${key}`) });
  }
  for (const f of result.facts) {
    if (f.predicate === 'HAS_QUANTITY' || typeof f.object !== 'string') continue;
    const s = byId.get(f.subject);
    const o = byId.get(f.object);
    const names = `${s?.type}:${s?.name ?? f.subject} ${f.predicate} ${o?.type}:${o?.name ?? f.object}`;
    const key = hash(`${article}\u0000fact\u0000${s?.name ?? f.subject}\u0000${f.predicate}\u0000${o?.name ?? f.object}`);
    const q = Object.entries(f.qualifiers).map(([k, v]) => `${k}=${v}`).join(' ');
    const ev = f.evidence[0];
    out.push({ key, article, kind: 'fact', label: f.predicate, shown: `${names}${q ? `  {${q}}` : ''}`, evidence: ev ? sentenceWith(result, ev.sentence) : '', draw: hash(`${options.seed}\u0000${key}`) });
  }
  return out;
}

function smallest(items: Item[], n: number): Item[] {
  return [...items].sort((a, b) => (a.draw < b.draw ? -1 : 1)).slice(0, n);
}

function loadVerdicts(): Record<string, VerdictEntry> {
  try {
    return (JSON.parse(readFileSync(options.verdicts, 'utf8')) as { items: Record<string, VerdictEntry> }).items;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

function saveVerdicts(items: Record<string, VerdictEntry>) {
  const sorted = Object.fromEntries(Object.entries(items).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(options.verdicts, `${JSON.stringify({ version: 1, items: sorted }, null, 1)}\n`);
}

function recordVerdicts(file: string, drawn: Map<string, Item>, verdicts: Record<string, VerdictEntry>): number {
  let n = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [key, verdict, why] = line.trim().split('\t');
    if (!key) continue;
    if (verdict !== 'ok' && verdict !== 'wrong' && verdict !== 'unsure') throw new Error(`bad verdict on line: ${line}`);
    const item = drawn.get(key);
    if (!item) throw new Error(`key ${key} is not in this draw (same files, seed and counts?)`);
    verdicts[key] = { article: item.article, kind: item.kind, label: item.label, verdict, ...(why ? { why: why.slice(0, 40) } : {}) };
    n += 1;
  }
  return n;
}

function precisionTable(items: Item[], verdicts: Record<string, VerdictEntry>): string[] {
  const by = new Map<string, { ok: number; wrong: number; unsure: number; open: number }>();
  for (const it of items) {
    const row = by.get(it.label) ?? { ok: 0, wrong: 0, unsure: 0, open: 0 };
    const v = verdicts[it.key]?.verdict;
    if (v) row[v] += 1;
    else row.open += 1;
    by.set(it.label, row);
  }
  const total = { ok: 0, wrong: 0, unsure: 0, open: 0 };
  const lines = [...by].sort((a, b) => b[1].ok + b[1].wrong - (a[1].ok + a[1].wrong)).map(([label, r]) => {
    for (const k of ['ok', 'wrong', 'unsure', 'open'] as const) total[k] += r[k];
    return `  ${label.padEnd(16)} judged ${String(r.ok + r.wrong).padStart(4)}  precision ${r.ok + r.wrong ? (r.ok / (r.ok + r.wrong)).toFixed(2) : '  - '}  (ok ${r.ok}, wrong ${r.wrong}, unsure ${r.unsure}, not judged ${r.open})`;
  });
  lines.push(`  ${'all'.padEnd(16)} judged ${String(total.ok + total.wrong).padStart(4)}  precision ${total.ok + total.wrong ? (total.ok / (total.ok + total.wrong)).toFixed(2) : '  - '}  (ok ${total.ok}, wrong ${total.wrong}, unsure ${total.unsure}, not judged ${total.open})`);
  return lines;
}

async function main() {
  const ids = await drawArticleIds();
  const all: Item[] = [];
  const predicateCounts = new Map<string, number>();
  let articles = 0;
  for (const file of options.files) {
    for await (const r of readCorpus(file)) {
      if ('error' in r || !ids.has(r.id)) continue;
      articles += 1;
      let result: ExtractResult;
      try {
        result = extractArticle(r.raw);
      } catch (error) {
        console.error(`${r.id}: ${(error as Error).message}`);
        continue;
      }
      for (const f of result.facts) predicateCounts.set(f.predicate, (predicateCounts.get(f.predicate) ?? 0) + 1);
      all.push(...itemsOf(r.id, result));
    }
  }
  const entities = smallest(all.filter((i) => i.kind === 'entity'), options.entities);
  const factPool = all.filter((i) => i.kind === 'fact');
  const uniformFacts = smallest(factPool, options.facts);
  const facts = new Map(uniformFacts.map((i) => [i.key, i]));
  if (options.perPredicate > 0) {
    const wanted = (p: string) => options.predicates.length === 0 || options.predicates.includes(p);
    for (const p of new Set(factPool.map((i) => i.label).filter(wanted))) {
      for (const i of smallest(factPool.filter((x) => x.label === p), options.perPredicate)) facts.set(i.key, i);
    }
  }
  const drawn = new Map([...entities, ...facts.values()].map((i) => [i.key, i]));
  const verdicts = loadVerdicts();
  if (options.record) {
    console.log(`recorded ${recordVerdicts(options.record, drawn, verdicts)} verdicts into ${options.verdicts}`);
    saveVerdicts(verdicts);
  }

  const poolKeys = new Set(all.map((i) => i.key));
  const gone = Object.entries(verdicts).filter(([key, v]) => ids.has(v.article) && !poolKeys.has(key));
  const open = [...drawn.values()].filter((i) => !verdicts[i.key]);
  const per1000 = (n: number) => ((n * 1000) / Math.max(articles, 1)).toFixed(1);
  const report = [
    `articles ${articles} (seed ${options.seed}); items in those articles: ${all.filter((i) => i.kind === 'entity').length} entities, ${factPool.length} facts`,
    `drawn: ${entities.length} entities, ${uniformFacts.length} facts uniformly + ${facts.size - uniformFacts.length} more at up to ${options.perPredicate} per predicate; not judged yet: ${open.length}`,
    'entities (uniform draw):',
    ...precisionTable(entities, verdicts),
    'facts, per predicate (uniform draw plus the per-predicate draw):',
    ...precisionTable([...facts.values()], verdicts),
    'facts, uniform draw only:',
    ...precisionTable(uniformFacts, verdicts).slice(-1),
    `facts per 1,000 articles: ${[...predicateCounts].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${per1000(n)}`).join(', ')}`,
    `judged items of these articles no longer extracted: ${gone.length} (${gone.filter(([, v]) => v.verdict === 'wrong').length} judged wrong, ${gone.filter(([, v]) => v.verdict === 'ok').length} judged ok)`,
  ];
  console.log(report.join('\n'));
  const describe = (i: Item) => `${i.key}\t${i.shown}\n    ${i.evidence.replace(/\s+/g, ' ')}`;
  const listing = open.map(describe).join('\n');
  if (options.show) {
    const shown = [...drawn.values()].filter((i) => verdicts[i.key]?.verdict === options.show);
    const text = shown.map((i) => `${describe(i)}\n    (${verdicts[i.key]!.why ?? ''})`).join('\n');
    if (options.showTo) writeFileSync(options.showTo, `${text}\n`);
    else console.log(`\njudged ${options.show}:\n${text}`);
  }
  if (options.list) writeFileSync(options.list, `${listing}\n`);
  else if (open.length > 0) console.log(`\nto judge (KEY<TAB>ok|wrong|unsure, then --record FILE):\n${listing}`);
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
