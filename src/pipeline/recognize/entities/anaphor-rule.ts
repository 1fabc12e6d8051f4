// Back-references: "Dự án trên", "giải thưởng này", "Ngân hàng này", "Công ty đó".
// (Bare heads "Sở", "Hiệp hội" come from org-rule.ts; "ông Hùng" from person-rule.ts.)
import type { EntityType } from '../../../domain/ontology.ts';
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES } from '../../lexicon/entity-lexicons.ts';
import { PhraseIndex, sameWords } from '../../lexicon/phrase-index.ts';
import { isSpaceGap } from '../../lexicon/tokens.ts';

const ANAPHOR_CUES = new PhraseIndex<string>();
for (const cue of Object.keys(CUES.anaphorTypes)) ANAPHOR_CUES.add(cue, cue);
const DEMONSTRATIVES = new PhraseIndex<true>();
for (const d of CUES.anaphorDemonstratives) DEMONSTRATIVES.add(d, true);
const SUBJECT_VERBS = new PhraseIndex<true>();
for (const v of CUES.anaphorSubjectVerbs) SUBJECT_VERBS.add(v, true);

/** Words that go on a clause after its subject: "dự án trên được …", "Dự án do WB tài trợ". */
const CLAUSE_GOES_ON = /^(được|đã|đang|sẽ|là|có|của|do|vừa|cũng|này|nhằm|với|và)$/;
/**
 * Bare heads that open a sentence or clause as its subject and mean the one just named ("Dự án do
 * WB tài trợ"). Projects only: a bare "Giải thưởng được trao tại lễ … với 300 đại biểu" is the
 * award too, but what such sentences count (guests, entrants) is not the award's.
 */
const BARE_SUBJECT_TYPES = new Set<EntityType>(['Project']);

export function recognizeAnaphors(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const cue = ANAPHOR_CUES.match(tokens, i, () => true);
    if (!cue) continue;
    const cueText = ctx.text.slice(tokens[i]!.start, tokens[cue.end - 1]!.end);
    const type = CUES.anaphorTypes[cueText] as EntityType | undefined;
    const next = tokens[cue.end];
    if (!type || !next || !isSpaceGap(next.gap)) continue;
    // Same diacritics: "do" (by) folds like the demonstrative "đó" (that).
    const d = DEMONSTRATIVES.match(tokens, cue.end, sameWords);
    const end = d ? d.end : bareSubjectEnd(ctx, i, cue.end, type);
    if (end === null) continue;
    // "trên" is also "on": "dự án trên địa bàn" is not a back-reference.
    const after = tokens[end];
    if (d && next.lower === 'trên' && after && isSpaceGap(after.gap) && !CLAUSE_GOES_ON.test(after.lower)) continue;
    const s = span(ctx, i, end);
    out.push({ type, ...s, name: cueText, aliases: [], confidence: d ? 0.7 : 0.6, rule: d ? 'anaphor-demonstrative' : 'anaphor-bare-subject', tier: TIER.anaphor + 1, anaphor: true });
  }
  return out;
}

/**
 * "Dự án do ADB tài trợ …", "…, dự án được đầu tư 120 tỷ đồng": a bare head opening the sentence
 * (capitalised) or a clause (after a comma), followed by a verb (anaphorSubjectVerbs), is the
 * project just named.
 * Elsewhere ("các dự án do ADB tài trợ") it is generic and left alone.
 */
function bareSubjectEnd(ctx: SentenceContext, i: number, cueEnd: number, type: EntityType): number | null {
  const first = ctx.tokens[i]!;
  // At the sentence's start (capitalised) or a clause's after a comma ("Theo ông X, dự án được …").
  const opensClause = i === 0 ? first.cap : /,\s*$/.test(first.gap);
  if (!opensClause || !BARE_SUBJECT_TYPES.has(type)) return null;
  return SUBJECT_VERBS.match(ctx.tokens, cueEnd, sameWords) ? cueEnd : null;
}
