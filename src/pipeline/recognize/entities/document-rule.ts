// Documents with a number: "Quyết định số 2534/QĐ-BCT", "Nghị định 13/2023/NĐ-CP",
// "Thông tư 41". One regex, compiled once, run over each sentence.
import { TIER, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES } from '../../lexicon/entity-lexicons.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE = CUES.documentNumbered.map(escape).join('|');
const NUMBERED = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${CUE})(\\s+số)?\\s+(\\d{1,6}(?:\\/\\d{4})?(?:\\/[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*(?:-[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)*)?)(?![\\p{L}\\p{M}\\p{N}/])`,
  'gu',
);

/**
 * Agreements named by their subject: "Bản ghi nhớ (MOU) về phát triển năng lượng sạch …", "thỏa thuận hợp tác
 * trong lĩnh vực tín dụng xanh …" — up to a comma, "giữa/với/vào/tại/ngày", or 20 words.
 */
const AGREEMENT = new RegExp(
  `(?<![\\p{L}\\p{M}])((?:[Bb]iên bản ghi nhớ|[Bb]ản ghi nhớ|[Tt]h[oỏ][ảa] thuận|[Hh]iệp định)(?:\\s*\\(MOU\\))?(?:\\s+hợp tác)?\\s+(?:về|trong)\\s+(?:(?!giữa|với|vào|tại|ngày|nhằm|để|và các|của hai)[^,.;:!?()"\\n\\s]+\\s*){1,20})`,
  'gu',
);

export function recognizeDocuments(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  AGREEMENT.lastIndex = 0;
  for (const m of ctx.sentence.text.matchAll(AGREEMENT)) {
    const text = m[1]!.trimEnd();
    const start = ctx.sentence.start + m.index;
    out.push({ type: 'Document', start, end: start + text.length, text, name: text, aliases: [], confidence: 0.6, rule: 'document-agreement', tier: TIER.cue });
  }
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
