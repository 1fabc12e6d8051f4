// Documents with a number: "Quyết định số 2534/QĐ-BCT", "Nghị định 13/2023/NĐ-CP",
// "Thông tư 41". One regex, compiled once, run over each sentence.
import { TIER, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES } from './lexicons.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE = CUES.documentNumbered.map(escape).join('|');
const NUMBERED = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${CUE})(\\s+số)?\\s+(\\d{1,6}(?:\\/\\d{4})?(?:\\/[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*(?:-[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)*)?)(?![\\p{L}\\p{M}\\p{N}/])`,
  'gu',
);

export function recognizeDocuments(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { sentence } = ctx;
  NUMBERED.lastIndex = 0;
  for (const m of sentence.text.matchAll(NUMBERED)) {
    const cue = m[1]!;
    const number = m[3]!;
    // "Thông tư 41" is a name; "quyết định 2" without a slash is more likely a count.
    if (!/^\p{Lu}/u.test(cue) && !number.includes('/')) continue;
    const start = sentence.start + m.index;
    const text = m[0];
    const name = `${cue[0]!.toUpperCase()}${cue.slice(1)} ${number}`;
    out.push({ type: 'Document', start, end: start + text.length, text, name, aliases: text === name ? [] : [text], confidence: 0.9, rule: 'document-numbered', tier: TIER.quoted });
  }
  return out;
}
