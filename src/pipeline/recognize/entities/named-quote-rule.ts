// A quoted name introduced by "mang tên / có tên / tên là": its type comes from the cue noun of
// the same sentence. 'Được đặt tên là "World Ahead" (…), chương trình này …' → Project "World Ahead".
import type { EntityType } from '../../../domain/ontology.ts';
import { TIER, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES, WORDS } from '../../lexicon/entity-lexicons.ts';
import { PhraseIndex, sameWords } from '../../lexicon/phrase-index.ts';

const NAMING = /(?<![\p{L}\p{M}])(mang tên|có tên|tên là|tên gọi là|tên gọi)\s*["“]([^"”\n]{2,120})["”]/giu;

const TYPE_CUES = new PhraseIndex<EntityType>();
for (const c of CUES.project) TYPE_CUES.add(c, 'Project');
for (const c of CUES.award) TYPE_CUES.add(c, 'Award');
for (const c of CUES.event) TYPE_CUES.add(c, 'Event');

export function recognizeNamedQuotes(ctx: SentenceContext): Candidate[] {
  const { sentence } = ctx;
  if (!/tên/u.test(sentence.text)) return [];
  const type = sentenceCueType(ctx);
  if (!type) return [];
  const out: Candidate[] = [];
  NAMING.lastIndex = 0;
  for (const m of sentence.text.matchAll(NAMING)) {
    const inner = m[2]!.trim();
    const start = sentence.start + m.index + m[0].indexOf(inner);
    out.push({ type, start, end: start + inner.length, text: inner, name: inner, aliases: [], confidence: 0.7, rule: 'named-quote', tier: TIER.quoted });
  }
  return out;
}

/** The first project/award/event cue noun outside quotes in the sentence. */
function sentenceCueType(ctx: SentenceContext): EntityType | null {
  const { tokens } = ctx;
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i]!.gap.match(/["“”«»]/gu)?.length ?? 0) % 2 === 1) quoted = !quoted;
    if (quoted) continue;
    const m = TYPE_CUES.match(tokens, i, sameWords);
    // "việc giải ngân …", "giải pháp …": a one-syllable cue that starts another word is no cue.
    const next = tokens[i + 1];
    if (m && m.end === i + 1 && next && !next.cap && WORDS.has(`${tokens[i]!.lower} ${next.lower}`)) continue;
    if (m) return m.entry.value;
  }
  return null;
}
