// Dates and years stated in the text (DateMention): a bare year is a date, never a count.
//   "ngày 06/9/2019" → 2019-09-06;  "25/03/2006" → 2006-03-25;  "năm 2011" → 2011;
//   "tháng 3/2020", "tháng 9-2005", "quý I/2020" → the year;  "2005-2006" → 2005 and 2006;
//   "Diễn đàn … 2018" → 2018.  Day-month without a year ("22/3", "27-12") is not kept.
import type { DateMention } from '../../../domain/pipeline.ts';
import { isoDate } from '../../normalize/parse-date.ts';

export type FoundDate = Omit<DateMention, 'sentence'>;

const YEAR = '((?:19|20)\\d{2})';
const EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}.,\\/\\-])';
const EDGE_AFTER = '(?![\\p{N}]|[.,\\/\\-]\\d)';
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Array<{ year: number; date?: string; offset: number; length: number }> }> = [
  {
    // "ngày 06/9/2019", "24-01-2022", "27.2.2005"
    re: new RegExp(`${EDGE_BEFORE}(?:ngày\\s)?(\\d{1,2})([\\/.\\-])(\\d{1,2})\\2${YEAR}${EDGE_AFTER}`, 'giu'),
    read: (m) => {
      const date = isoDate(Number(m[4]), Number(m[3]), Number(m[1]));
      return date ? [{ year: Number(m[4]), date, offset: 0, length: m[0].length }] : [];
    },
  },
  {
    // "2022-01-24"
    re: new RegExp(`${EDGE_BEFORE}${YEAR}-(\\d{2})-(\\d{2})${EDGE_AFTER}`, 'gu'),
    read: (m) => {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      return date ? [{ year: Number(m[1]), date, offset: 0, length: m[0].length }] : [];
    },
  },
  {
    // "tháng 3/2020", "tháng 9-2005", "tháng 3 năm 2020", "quý I/2020"
    re: new RegExp(`(?<![\\p{L}\\p{M}])(?:tháng\\s\\d{1,2}|quý\\s(?:[1-4]|I{1,3}|IV))(?:\\s?[\\/\\-]\\s?|\\snăm\\s)${YEAR}${EDGE_AFTER}`, 'giu'),
    read: (m) => [{ year: Number(m[1]), offset: 0, length: m[0].length }],
  },
  {
    // "2005-2006", "2010 – 2015": two years
    re: new RegExp(`${EDGE_BEFORE}${YEAR}\\s?[\\-–]\\s?${YEAR}${EDGE_AFTER}`, 'gu'),
    read: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (b <= a) return [];
      return [
        { year: a, offset: 0, length: 4 },
        { year: b, offset: m[0].length - 4, length: 4 },
      ];
    },
  },
  {
    // "năm 2011", bare "2018"; not "2018 người" (a count) nor "2.018"
    re: new RegExp(`${EDGE_BEFORE}(?:năm\\s)?${YEAR}${EDGE_AFTER}(?!\\s?(?:%|phần trăm))`, 'giu'),
    read: (m) => [{ year: Number(m[1]), offset: 0, length: m[0].length }],
  },
];

export function findDates(text: string, from: number, to: number): FoundDate[] {
  const taken: FoundDate[] = [];
  const slice = text.slice(0, to);
  for (const { re, read } of PATTERNS) {
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      for (const hit of read(m)) {
        const start = m.index + hit.offset;
        const end = start + hit.length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ start, end, text: text.slice(start, end), year: hit.year, ...(hit.date ? { date: hit.date } : {}) });
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
