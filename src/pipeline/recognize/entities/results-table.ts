// Results tables that lost their line breaks: "Liverpool 3-1 Fulham MU 2-0 Birmingham",
// "West Bromwich 1-1 TottenhamCharlton 3-0 Aston Villa", or fixtures still to play ("Chievo -
// ParmaEmpoli - Lecce"). Where one line ended and the next began, two clubs' names run
// together, spaced or not; read as one name they are a club that does not exist.
import { latinEvidence } from '../../lexicon/mined.ts';
import type { SentenceContext } from './candidate.ts';

/** A score: "3-0", "1 - 2" (a date's "25-12-1992" is no score: the year follows). */
const SCORE = /(?<![\d/-])\d{1,2} ?- ?\d{1,2}(?![\d/-])/g;
/** Scores in a sentence before it reads as a results table. */
const TABLE_SCORES = 2;
/** A fixture: two foreign names with a dash between them ("Chievo - Parma"; not "Nhập vai - Hãng"). */
const FIXTURE = /[A-Za-z][A-Za-z.]* [-–] [A-Z][A-Za-z]/g;
/** Fixtures in a sentence before it reads as a fixture list (a table with no scores yet). */
const TABLE_FIXTURES = 3;
/** Sightings alone before the archive knows a word as a name of its own. */
const KNOWN_ALONE = 20;
/** Sightings of the joined form before the archive knows it as one name ("VinaPhone", "Aston Villa"). */
const KNOWN_WHOLE = 10;

type Table = 'results' | 'fixtures' | null;
const tables = new WeakMap<SentenceContext, Table>();

function tableKind(ctx: SentenceContext): Table {
  let table = tables.get(ctx);
  if (table === undefined) {
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    table = (sentence.match(SCORE)?.length ?? 0) >= TABLE_SCORES ? 'results' : (sentence.match(FIXTURE)?.length ?? 0) >= TABLE_FIXTURES ? 'fixtures' : null;
    tables.set(ctx, table);
  }
  return table;
}

const knownAlone = (word: string) => (latinEvidence(word)?.total ?? 0) >= KNOWN_ALONE;
const knownWhole = (name: string) => (latinEvidence(name)?.total ?? 0) >= KNOWN_WHOLE;

/**
 * "TottenhamCharlton", "VillaBolton" (of "Aston VillaBolton"): two capitalised words run
 * together, one of them a name the archive knows alone.
 */
function gluedWord(word: string): boolean {
  for (const m of word.matchAll(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu)) {
    const head = word.slice(0, m.index);
    const tail = word.slice(m.index);
    if (head.length >= 3 && tail.length >= 3 && (knownAlone(head) || knownAlone(tail)) && !knownWhole(word)) return true;
  }
  return false;
}

/**
 * The run tokens[i..j) of a results table joins two clubs: it holds a glued word
 * ("NorwichPortsmouth", "Man CitySouthampton"), or is two words each known alone to the
 * archive whose joined form it hardly knows ("Fulham MU").
 */
export function joinsTwoClubs(ctx: SentenceContext, i: number, j: number): boolean {
  const table = tableKind(ctx);
  if (table === null) return false;
  const run = ctx.tokens.slice(i, j);
  if (knownWhole(ctx.text.slice(run[0]!.start, run[run.length - 1]!.end))) return false;
  if (run.some((t) => gluedWord(t.text))) return true;
  // Two spaced words only between scores: a list with dashes also pairs names with what they won ("Kim Nguyen - Á hậu").
  return table === 'results' && run.length === 2 && run.every((t) => knownAlone(t.text));
}
