// A name defined by the sentence that opens with it: "Ánh sáng học đường là chương trình vì trẻ
// em vùng cao …" → Project "Ánh sáng học đường"; "Tiếp sức mùa thi là phong trào …". Programme titles are
// written in sentence case, so only this "⟨Name⟩ là (một) ⟨cue⟩" frame vouches for the words.
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { isStop, placeAt } from './names.ts';
import { isSpaceGap } from '../../lexicon/tokens.ts';

/** Lowercase cue after "là" → the type it defines. */
const DEFINED = new Map<string, 'Project' | 'Event'>([
  ['chương trình', 'Project'],
  ['dự án', 'Project'],
  ['đề án', 'Project'],
  ['phong trào', 'Project'],
  ['cuộc vận động', 'Project'],
  ['cuộc thi', 'Event'],
  ['lễ hội', 'Event'],
  ['ngày hội', 'Event'],
  ['hội thi', 'Event'],
]);
/** Sentence openers that are no name: "Đây là chương trình …", "Mục tiêu là dự án …". */
const NOT_NAMES = new Set(['đây', 'đó', 'điều', 'việc', 'năm', 'hôm', 'ngày', 'tháng', 'mục', 'ông', 'bà', 'anh', 'chị', 'chúng', 'họ', 'tôi', 'em', 'nay', 'hiện', 'trước', 'sau', 'theo', 'nếu', 'khi', 'tuy', 'nhưng', 'và', 'cũng', 'có', 'không', 'một', 'các', 'những', 'mỗi', 'toàn', 'cả']);
const MAX_WORDS = 7;

export function recognizeDefinitions(ctx: SentenceContext): Candidate[] {
  const { tokens } = ctx;
  const first = tokens[0];
  if (!first || !first.cap || first.acronym || NOT_NAMES.has(first.lower)) return [];
  for (let k = 1; k <= MAX_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isSpaceGap(t.gap) || /\d/.test(t.text)) return [];
    if (t.lower !== 'là') {
      // "Kho dữ liệu Thương mại Việt Nam | là dự án …": a place may close the name, right before "là".
      const place = placeAt(tokens, k);
      if (place && tokens[place.end]?.lower === 'là' && place.end - 1 > k - 1 && k >= 2) {
        k = place.end - 1;
        continue;
      }
      if (k > 0 && (isStop(tokens, k) || place !== null)) return [];
      continue;
    }
    if (k < 2) return [];
    const cueAt = tokens[k + 1]?.lower === 'một' ? k + 2 : k + 1;
    const one = tokens[cueAt];
    const two = tokens[cueAt + 1];
    if (!one || one.cap) return [];
    const type = (two && DEFINED.get(`${one.lower} ${two.lower}`)) ?? (two && tokens[cueAt + 2] && DEFINED.get(`${one.lower} ${two.lower} ${tokens[cueAt + 2]!.lower}`));
    if (!type) return [];
    const s = span(ctx, 0, k);
    return [{ type, ...s, name: s.text, aliases: [], confidence: 0.6, rule: `${type.toLowerCase()}-defined`, tier: TIER.cue }];
  }
  return [];
}
