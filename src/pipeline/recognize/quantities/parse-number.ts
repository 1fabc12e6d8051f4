// Numbers as Vietnamese news writes them: "." groups thousands, "," is the decimal mark.
//   "1.800" → 1800;  "29,3" → 29.3;  "1.390,69" → 1390.69;  "40.000" → 40000;
//   English style only when the context is English ("$3.5 million", "1,500,000"):
//   "3.5" (english) → 3.5;  "1,570,000" → 1570000.  Not numbers: "0236.3822.111", "01", "1.2.3".

const VN_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_DOT = /^\d+\.\d+$/;
const INTEGER = /^\d+$/;

export function parseNumber(token: string, english = false): number | null {
  if (INTEGER.test(token)) return token.length > 1 && token.startsWith('0') ? null : Number(token);
  if (english && EN_GROUPED.test(token)) return Number(token.replace(/,/g, ''));
  if (english && DECIMAL_DOT.test(token)) return Number(token);
  if (VN_GROUPED.test(token)) return Number(token.replace(/\./g, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(token)) return Number(token.replace(',', '.'));
  // "1,500,000" is unambiguous even in Vietnamese text (two comma groups).
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(token)) return Number(token.replace(/,/g, ''));
  // "3.5%" or "2.5 triệu" written English-style: a dot with 1–2 digits after it.
  if (/^\d+\.\d{1,2}$/.test(token)) return Number(token);
  return null;
}

/** Round away floating noise: 29.3 * 1e6 = 29299999.999999996 → 29300000. */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}
