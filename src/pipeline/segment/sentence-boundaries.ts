// Where sentences end. A run of . ! ? … ends one when what follows starts a sentence:
//   "… khu vực. Dự án…", glued "khu vực.Dự án", "năm 2015\".Đây", or the end of the text;
// but not inside "TP.HCM", "1.800", "29,3", "06/9/2019", "PGS.TS. Nguyễn", "U.S.", "H.Vân",
// URLs and e-mail addresses, nor before a lowercase word ("thiết bị mạng… cho tất cả").
import { loadLexicon } from '../lexicon/load-lexicon.ts';

const lexicon = loadLexicon<{ abbreviations: string[] }>('abbreviations');

const ABBREVIATIONS = new Set(lexicon.abbreviations);
const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’']);

/** Offsets just after each sentence-ending punctuation run (closing quotes included). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]+/gu)) {
    const start = m.index;
    if (insideAddress(text, start, start + m[0].length)) continue;
    const end = endsSentence(text, start, start + m[0].length);
    if (end !== null) ends.push(end);
  }
  return ends;
}

/**
 * A dot inside a URL or e-mail address ("www.Intel.com", "https://a.vn/Gioi-Thieu.html",
 * "Info@FPT.vn"), not at its end. Looked up around the dot only, so the cost stays linear.
 */
function insideAddress(text: string, start: number, end: number): boolean {
  if (!/[^\s"'()<>]/u.test(text[end] ?? ' ')) return false; // last character of the token
  let from = start;
  while (from > 0 && start - from < 200 && !/[\s"'(<]/u.test(text[from - 1] ?? ' ')) from--;
  const token = text.slice(from, end + 1);
  return /^(?:https?:\/\/|www\.)/iu.test(token) || /^[\w.+-]+@[\w-]+/u.test(token);
}

/** Offset where the sentence ends (after closers) when the run [start, end) ends one. */
function endsSentence(text: string, start: number, end: number): number | null {
  const run = text.slice(start, end);
  let after = end;
  // '…2015".' keeps the quote before the dot; 'thay đổi."' takes the quote after it.
  while (after < text.length && CLOSERS.has(text[after] ?? '') && /^\s|^$/u.test(text.slice(after + 1, after + 2))) after++;
  const next = text.slice(after, after + 2);
  if (next === '' || next.startsWith('\n')) return after;
  if (run === '.' && (isAbbreviationDot(text, start) || isListMarker(text, start))) return null;
  const spaced = /^\s/u.test(next);
  const first = /^[^\S\n]*(.?)/su.exec(text.slice(after, after + 8))?.[1] ?? '';
  if (/\p{Lu}/u.test(first)) return after;
  if (!spaced) return null; // "1.800", "27.2", "TP.hcm", "vnexpress.net"
  return /[\p{N}"'(\[–-]/u.test(first) ? after : null; // lowercase goes on: "mạng… cho"
}

/** "6. Tiếp tục đẩy mạnh…": a number opening its line is a list marker. */
function isListMarker(text: string, dot: number): boolean {
  return /(?:^|\n)[^\S\n]*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})$/u.test(text.slice(Math.max(0, dot - 8), dot));
}

/** "TP.", "PGS.TS.", "H." (an initial), "U.S.": the dot belongs to the word before it. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const before = /[\p{L}\p{M}.\/]*$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  const word = before.replace(/^[./]+/u, '');
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  const lastPart = word.split('.').pop() ?? '';
  if (ABBREVIATIONS.has(lastPart)) return true;
  return /^\p{Lu}$/u.test(lastPart); // initials: "H.Vân", "U.S.", "Nguyễn V. A"
}
