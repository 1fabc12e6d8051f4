// Character-level cleaning: the text every later offset points into.
// NFC first, then the confusables NFC leaves alone, then spacing. Each rule maps one
// character class to one replacement, so the output is predictable:
//   "TP Ðà\u00a0Nẵng" → "TP Đà Nẵng";  "“Tổ chức”" → "\"Tổ chức\"";  "a\u200bb" → "ab".

const CHAR_MAP: Array<[RegExp, string]> = [
  [/\r\n?|[\u2028\u2029\u0085]/g, '\n'],
  // U+00D0/U+00F0 (Icelandic eth) are typed for Đ/đ; U+0189 (African D) too.
  [/[\u00d0\u0189]/g, 'Đ'],
  [/\u00f0/g, 'đ'],
  // Zero-width characters, BOM, soft hyphen, bidi controls: invisible, removed.
  [/[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''],
  // Every other space (NBSP, thin, ideographic, tab…) becomes a plain space.
  [/[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' '],
  // Remaining C0/C1 control characters carry no text.
  [/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, ''],
  [/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02]/g, '"'],
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  // Hyphens stay ASCII; every long dash becomes the en dash, so "châu Á — Thái Bình Dương"
  // and "châu Á – Thái Bình Dương" read the same.
  [/[\u2010\u2011]/g, '-'],
  [/[\u2012\u2013\u2014\u2015\u2212]/g, '–'],
  [/\uff0c/g, ','],
];

// Scraped pages leave HTML entities behind: "Bộ TT&amp;TT" → "Bộ TT&TT", "&#8220;" → "“".
const NAMED_ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };
const ENTITY = /&(?:#(\d{1,6})|#x([\da-f]{1,5})|([a-z]{2,6}));/giu;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

export function cleanText(value: string): string {
  let text = decodeEntities(value.normalize('NFC'));
  for (const [pattern, replacement] of CHAR_MAP) text = text.replace(pattern, replacement);
  return wellFormed(text.normalize('NFC'));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lone surrogates (half of a UTF-16 pair, or "&#55296;") → U+FFFD, one code unit for one, so
 * offsets do not move. Done here, once: UTF-8 (Neo4j, JSON output) cannot carry them and
 * would store U+FFFD anyway, and the stored text would then differ from the text the
 * offsets were computed on.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Cleaned text → paragraphs: one per non-blank line, inner space runs collapsed, trimmed. */
export function toParagraphs(cleaned: string): string[] {
  return cleaned
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '');
}

/** One line of metadata (a title from JSON, a source): cleaned, single-spaced, trimmed. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}
