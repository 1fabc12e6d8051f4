// Back-references: "Dự án trên", "giải thưởng này", "Ngân hàng này", "Công ty đó".
// (Bare heads "Sở", "Hiệp hội" come from org-rule.ts; "ông Hùng" from person-rule.ts.)
import type { EntityType } from '../../../domain/ontology.ts';
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES } from './lexicons.ts';
import { PhraseIndex } from './phrase-index.ts';
import { isSpaceGap } from './tokens.ts';

const ANAPHOR_CUES = new PhraseIndex<string>();
for (const cue of Object.keys(CUES.anaphorTypes)) ANAPHOR_CUES.add(cue, cue);
const DEMONSTRATIVES = new PhraseIndex<true>();
for (const d of CUES.anaphorDemonstratives) DEMONSTRATIVES.add(d, true);

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
    const d = DEMONSTRATIVES.match(tokens, cue.end, () => true);
    if (!d) continue;
    // "trên" is also "on": "dự án trên địa bàn" is not a back-reference.
    const after = tokens[d.end];
    if (next.lower === 'trên' && after && isSpaceGap(after.gap) && !/^(được|đã|đang|sẽ|là|có|của|do|vừa|cũng|này|nhằm|với|và)$/.test(after.lower)) continue;
    const s = span(ctx, i, d.end);
    out.push({ type, ...s, name: cueText, aliases: [], confidence: 0.7, rule: 'anaphor-demonstrative', tier: TIER.anaphor + 1, anaphor: true });
  }
  return out;
}
