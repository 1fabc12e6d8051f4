// recognize (quantities): money, counts, percentages and dates, sentence by sentence.
// Dates come first so a year is never read as a count ("năm 2011", "Bắc Kinh 2004");
// digit amounts next, then counts in words ("năm đề cử"), none overlapping another.
import type { DateMention, QuantityMention, Sentence } from '../../domain/pipeline.ts';
import { findDates } from './quantities/find-dates.ts';
import { findNumberWords } from './quantities/find-number-words.ts';
import { type Found, findNumericQuantities } from './quantities/find-numeric.ts';

export function recognizeQuantities(
  text: string,
  sentences: Sentence[],
): { quantities: QuantityMention[]; dates: DateMention[] } {
  const quantities: QuantityMention[] = [];
  const dates: DateMention[] = [];
  for (const sentence of sentences) {
    const { start, end, index } = sentence;
    const sentenceDates = findDates(text, start, end);
    for (const d of sentenceDates) dates.push({ ...d, sentence: index });
    const taken: Array<{ start: number; end: number }> = [...sentenceDates];
    // Digit amounts never overlap each other, except both ends of a range ("3- 9 triệu").
    const numeric = findNumericQuantities(text, start, end).filter((q) => !overlaps(taken, q));
    taken.push(...numeric);
    const words = findNumberWords(text, start, end).filter((q) => !overlaps(taken, q));
    const year = soleYearBefore(sentenceDates);
    for (const q of [...numeric, ...words]) {
      if (q.end > end) continue;
      const y = year && year.end <= q.start ? { year: year.year } : {};
      quantities.push({ ...q, ...y, sentence: index });
    }
  }
  quantities.sort((a, b) => a.start - b.start);
  return { quantities, dates };
}

/** "Năm 2019, lợi nhuận đạt 1.390 tỷ đồng": one year in the sentence dates what follows it. */
function soleYearBefore(dates: Array<{ year: number; end: number }>): { year: number; end: number } | null {
  const years = new Set(dates.map((d) => d.year));
  return years.size === 1 ? (dates[0] ?? null) : null;
}

function overlaps(taken: Array<{ start: number; end: number }>, q: Found): boolean {
  return taken.some((t) => t.start < q.end && q.start < t.end);
}
