// Which pre-Unicode Vietnamese encoding a non-UTF-8 file most likely uses, so the error
// can say how to convert it. Decode with each candidate and count common Vietnamese
// syllables: "Ng\xe2n h\xe0ng" read as Windows-1258 gives "Ngân hàng"; as TCVN3 it gives noise.
import iconv from 'iconv-lite';

export interface LegacyEncoding {
  name: string;
  iconvName: string;
}

const CANDIDATES: Array<LegacyEncoding & { codec: string }> = [
  { name: 'Windows-1258', iconvName: 'WINDOWS-1258', codec: 'windows1258' },
  { name: 'TCVN3 (ABC)', iconvName: 'TCVN', codec: 'tcvn' },
];

// Frequent syllables with diacritics: plain ASCII words would match under any encoding.
const COMMON = ['của', 'và', 'các', 'những', 'được', 'trong', 'người', 'là', 'có', 'với', 'năm', 'này', 'đã', 'để', 'một', 'cho', 'tại', 'đến', 'về', 'ngày'];
const COMMON_DIACRITIC = COMMON.filter((w) => /[^a-z]/.test(w));

export function guessLegacyEncoding(bytes: Buffer): LegacyEncoding | null {
  let best: { enc: LegacyEncoding; score: number } | null = null;
  for (const candidate of CANDIDATES) {
    const score = vietnameseScore(iconv.decode(bytes, candidate.codec).normalize('NFC'));
    if (score > 0 && (!best || score > best.score)) best = { enc: candidate, score };
  }
  return best ? { name: best.enc.name, iconvName: best.enc.iconvName } : null;
}

function vietnameseScore(text: string): number {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const hits = words.filter((w) => COMMON_DIACRITIC.includes(w)).length;
  return hits >= 2 || (words.length < 20 && hits >= 1) ? hits / Math.max(words.length, 1) : 0;
}
