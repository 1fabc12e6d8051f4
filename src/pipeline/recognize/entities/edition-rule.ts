// An event named by its edition: "triển lãm nông nghiệp công nghệ cao AgriTech lần thứ 4", "hội nghị
// thượng đỉnh kinh doanh lần thứ 3". Lowercase, the cue is a common noun; "lần thứ N" makes the
// words before it one recurring event's name.
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES } from '../../lexicon/entity-lexicons.ts';
import { isStop } from './names.ts';
import { isSpaceGap } from '../../lexicon/tokens.ts';

const EVENT_CUES = CUES.event.filter((c) => c === c.toLowerCase()).map((c) => c.split(' '));
const MAX_WORDS = 8;

function cueAt(ctx: SentenceContext, i: number): number {
  for (const words of EVENT_CUES) {
    if (words.every((w, k) => ctx.tokens[i + k]?.text === w && (k === 0 || isSpaceGap(ctx.tokens[i + k]!.gap)))) return i + words.length;
  }
  return -1;
}

export function recognizeEditions(ctx: SentenceContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const from = cueAt(ctx, i);
    if (from < 0) continue;
    for (let k = from; k < tokens.length && k - from < MAX_WORDS; k++) {
      const t = tokens[k]!;
      if (!isSpaceGap(t.gap)) break;
      if (t.lower === 'lần' && tokens[k + 1]?.lower === 'thứ' && /^\d{1,3}$/.test(tokens[k + 2]?.text ?? '')) {
        if (k === from) break;
        const s = span(ctx, i, k + 3);
        out.push({ type: 'Event', ...s, name: s.text, aliases: [span(ctx, i, k).text], confidence: 0.6, rule: 'event-edition', tier: TIER.cue });
        break;
      }
      if (isStop(tokens, k) || /^\d/.test(t.text)) break;
    }
  }
  return out;
}
