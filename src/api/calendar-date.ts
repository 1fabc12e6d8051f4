// Dates that clients type into filters: checked to be real days before any query runs, so
// "2022-13-45" is the client's mistake (BAD_USER_INPUT), not a database error.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-01-24" when it is a real calendar day (years 1–9999), else null ("2022-13-45", "0000-00-00"). */
export function calendarDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  return day <= daysInMonth ? value : null;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
