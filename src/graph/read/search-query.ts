// The user's search text → a Lucene query over Entity.searchText (folded names, one form
// per line, spaced and unspaced: "Future Gov" → "future gov\nfuturegov").
// The text is folded exactly like the loader folds names, so "Ðà Nẵng", "da nang" and
// "ĐÀ NẴNG" all become "da nang"; every token is escaped, so `C++ (WB)` cannot break the query.
import { foldText } from '../../domain/fold.ts';

// Lucene's special characters (its query syntax reserves these): + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words of a search kept, and letters of each (names are far shorter). */
const MAX_WORDS = 24;
const MAX_WORD_LENGTH = 200;

/** Weight of the exact folded name over partial matches (phrase ^4, all words ^2). */
const EXACT_BOOST = 24;

/** `a+b` → `a\+b` */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * "ngân hàng thế giới" →
 *   `"ngan hang the gioi"^4 (+ngan +hang +the +gioi)^2 (+ngan +hang +the +gioi*) nganhangthegioi^24 nganhangthegioi*`
 * Any clause may match: the exact phrase ranks first, then all words, then the last word
 * as a prefix (typing "ngan hang the gi"), then the words run together ("futuregov"), which is the exact folded name and outranks all.
 * Returns null when nothing searchable is left ("!!!").
 */
export function buildSearchQuery(text: string): string | null {
  // Bounded, or Lucene throws on absurd input: a 5,000-letter word overflows the prefix
  // automaton ("input automaton is too large"), 400 words exceed maxClauseCount (1024).
  const words = foldText(text).split(' ').filter(Boolean).slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
  const tokens = words.map(escapeLucene);
  if (tokens.length === 0) return null;
  const joined = escapeLucene(words.join('').slice(0, MAX_WORD_LENGTH));
  const all = tokens.map((t) => `+${t}`).join(' ');
  const prefixed = tokens.map((t, i) => (i === tokens.length - 1 ? `+${t}*` : `+${t}`)).join(' ');
  // The words run together are also the exact folded name ("tongcuchaiquan" is a form of
  // "Tổng cục Hải quan" only, not of "Tổng cục Hải quan Ảnh"): boosted above every partial
  // match, so an exact name ranks first even when its many aliases lengthen its field.
  const clauses = [`(${all})^2`, `(${prefixed})`, `${joined}^${EXACT_BOOST}`, `${joined}*`];
  if (tokens.length > 1) clauses.unshift(`"${tokens.join(' ')}"^4`);
  return clauses.join(' ');
}
