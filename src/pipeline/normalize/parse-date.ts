// Publication dates as Vietnamese pages write them → ISO "YYYY-MM-DD", validated.
//   "Thứ hai,  24/01/2022" → "2022-01-24";  "ngày 06/9/2019" → "2019-09-06";
//   "24-01-2022, 08:15 (GMT+7)" → "2022-01-24";  "2022-01-24T08:15:00Z" → "2022-01-24";
//   "24 tháng 1 năm 2022" → "2022-01-24";  "Cập nhật: 10:30 24/01/2022" → "2022-01-24";  "30/02/2022" → null;  "27-12" (no year) → null.

const WEEKDAY = String.raw`(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])`;
const DMY = String.raw`(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})`;
const DMY_WORDS = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})`;
const ISO = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`(?:\s*[,|–-]?\s*(?:lúc\s*)?\d{1,2}\s*[:hg]\s*\d{0,2}(?:\s*(?:\(?GMT\s*[+-]\s*\d{1,2}\)?|SA|CH|AM|PM))?)?`;

/** A line that is only a date (with weekday, "ngày", a time): the page's date line. */
const TIME_FIRST = String.raw`(?:(?:lúc\s*)?\d{1,2}\s*[:hg]\s*\d{2}(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?\s*[,|–-]?\s*)?`;
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:(?:cập nhật|đăng|ngày đăng|published)\s*:?\s*)?${TIME_FIRST}(?:${WEEKDAY}\s*,?\s*)?(?:ngày\s*)?(?:${DMY}|${DMY_WORDS})${TIME}\s*[.,]?\s*$`,
  'iu',
);
const ISO_LINE = new RegExp(String.raw`^\s*${ISO}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$`, 'u');

/** The ISO date of a date-only line, or null when the line says more than a date. */
export function parseDateLine(line: string): string | null {
  return matchDateLine(line)?.iso ?? null;
}

/** Null when the line is not a date line; {iso: null} when it is one but names no real day. */
export function matchDateLine(line: string): { iso: string | null } | null {
  const iso = ISO_LINE.exec(line);
  if (iso) return { iso: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) };
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return { iso: isoDate(Number(year), Number(month), Number(day)) };
}

/** A date given as metadata (JSON publishedAt): ISO or a Vietnamese date line. */
export function parseDateValue(value: string): string | null {
  const iso = new RegExp(`^\\s*${ISO}`, 'u').exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return parseDateLine(value);
}

/** "2022-01-24", or null when no such day exists (30/02, month 13, year 0999). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
