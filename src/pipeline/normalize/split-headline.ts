// Pages scraped without markup glue the headline to the lead on one line:
//   "WHO tài trợ Cần Thơ nâng cấp trạm y tế xã Bà Lê Thị Hạnh, Trưởng đại diện…"
// A capitalized lead opener ("Ông", "Ngày", "Hôm qua"…) right after a lowercase word, before
// any sentence punctuation, marks the seam: → ["WHO tài trợ … y tế xã", "Bà Lê Thị Hạnh, …"].
import { loadLexicon } from '../lexicon/load-lexicon.ts';

const lexicon = loadLexicon<{ openers: string[] }>('headline-openers');

const OPENERS = [...lexicon.openers].sort((a, b) => b.length - a.length);
const OPENER = new RegExp(
  String.raw`(?<=[\p{Ll}\p{M}\d"'])\s(?:${OPENERS.map(escape).join('|')})(?![\p{L}\p{M}\p{N}])`,
  'u',
);

/** Index where the lead starts (after the seam's space), or null when the line is not glued. */
export function findHeadlineSeam(line: string): number | null {
  const m = OPENER.exec(line);
  if (!m) return null;
  const headline = line.slice(0, m.index);
  // The headline is a phrase: at least three words, no sentence end, not too long.
  if (/[.!?;]\s/u.test(headline) || headline.split(' ').length < 3 || headline.length > 160) return null;
  return m.index + 1;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
