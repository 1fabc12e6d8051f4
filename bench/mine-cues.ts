// Cue phrases between typed pairs, mined from a corpus, to be read before any is adopted:
//   npx tsx bench/mine-cues.ts FILE.jsonl[.gz]… [--limit N] [--top 40] [--pairs OA,PA,JO,EO,OO]
// For every sentence, every two neighbouring entity mentions (no mention between, at most 8
// words apart) of a type pair asked for, counts the words between them (and the next two words
// after the second, for "⟨X⟩ do ⟨Y⟩ tài trợ"), split by whether kg already states a fact between
// them. The frequent "no fact" phrases are the candidate cues (issue #11: "the words between an
// organisation and an award, a funder and a project"). Prints counts and one example pair of
// names per phrase — names only, no article text.
import { extractArticle } from '../src/pipeline/extract.ts';
import { readCorpus } from './corpus-read.ts';

const LETTER: Record<string, string> = { Organization: 'O', Person: 'P', Place: 'L', Award: 'A', Project: 'J', Event: 'E', Document: 'D' };
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] ?? fallback : fallback;
};
const limit = Number(opt('--limit', '3000'));
const top = Number(opt('--top', '40'));
const pairs = new Set(opt('--pairs', 'OA,PA,JA,JO,EO,OJ,OE,OO').split(','));
const counts = new Map<string, { fact: number; none: number; example: string }>();

let n = 0;
outer: for (const file of args) {
  for await (const r of readCorpus(file)) {
    if ('error' in r) continue;
    if (n++ >= limit) continue outer;
    let res;
    try {
      res = extractArticle(r.raw);
    } catch {
      continue;
    }
    const linked = new Set(res.facts.filter((f) => typeof f.object === 'string').map((f) => `${f.subject}|${f.object}`));
    const mentions = res.entities
      .flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id, type: LETTER[e.type] ?? '?', name: e.name })))
      .sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.sentence !== b.sentence || b.start < a.end || a.id === b.id) continue;
      const pair = `${a.type}${b.type}`;
      if (!pairs.has(pair)) continue;
      const between = res.text.slice(a.end, b.start).trim().toLowerCase();
      if (between.split(/\s+/).length > 8 || /[.;!?]/.test(between)) continue;
      const after = res.text.slice(b.end, b.end + 40).trim().toLowerCase().split(/\s+/).slice(0, 2).join(' ');
      const key = `${pair}\t${between || '∅'}\t…${after}`;
      const row = counts.get(key) ?? { fact: 0, none: 0, example: `${a.name} | ${b.name}` };
      if (linked.has(`${a.id}|${b.id}`) || linked.has(`${b.id}|${a.id}`)) row.fact += 1;
      else row.none += 1;
      counts.set(key, row);
    }
  }
}

// Group by the words between (the "after" words are shown for the most frequent continuation).
const byBetween = new Map<string, { fact: number; none: number; afters: Map<string, number>; example: string }>();
for (const [key, row] of counts) {
  const [pair, between, after] = key.split('\t') as [string, string, string];
  const k = `${pair}\t${between}`;
  const agg = byBetween.get(k) ?? { fact: 0, none: 0, afters: new Map(), example: row.example };
  agg.fact += row.fact;
  agg.none += row.none;
  agg.afters.set(after, (agg.afters.get(after) ?? 0) + row.fact + row.none);
  byBetween.set(k, agg);
}
for (const pair of pairs) {
  const rows = [...byBetween].filter(([k]) => k.startsWith(`${pair}\t`)).sort((x, y) => y[1].none - x[1].none).slice(0, top);
  console.log(`\n== ${pair} (${n} articles): words between, "no fact" count, "fact" count, commonest next words, example`);
  for (const [k, v] of rows) {
    const after = [...v.afters].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
    console.log(`${String(v.none).padStart(5)} ${String(v.fact).padStart(4)}  ${k.split('\t')[1]}  [${after}]  (${v.example})`);
  }
}
