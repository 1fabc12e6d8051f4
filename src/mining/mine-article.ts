// What one article adds to the corpus counts. Silver labels come from the extractor's own
// high-precision rules (a name headed by a type noun, an acronym or English name in brackets
// after it) and from the words right before a capitalised Latin-script run ("hãng X" → an
// organisation context, "HLV X" → a person context, "phím X" → a software one).
import { normalizeArticle } from '../pipeline/normalize/normalize-article.ts';
import { segmentSentences } from '../pipeline/segment/segment-sentences.ts';
import { tokenize, isSpaceGap, type Token } from '../pipeline/lexicon/tokens.ts';
import { AWARD_CUES, CONTEXT, PROGRAMME_CUES, contextBefore } from '../pipeline/lexicon/context-cues.ts';
import { recognizeOrganizations, unitNumberAt } from '../pipeline/recognize/entities/org-rule.ts';
import { MAX_CONTINUATION, continuesLowercaseRun } from '../pipeline/recognize/entities/names.ts';
import type { SentenceContext } from '../pipeline/recognize/entities/candidate.ts';
import { isForeignWord } from '../pipeline/recognize/entities/brand-rule.ts';
import { type Counts, bump } from './counts.ts';

/** Longest Latin run counted (tokens): longer runs are titles or code, not names. */
const MAX_RUN = 5;
/** Longest quoted title counted (characters). */
const MAX_TITLE = 90;

export function mineArticle(title: string | null, body: string, counts: Counts): void {
  const { text } = normalizeArticle({ origin: 'corpus', title, text: body });
  const acronyms = new Map<string, string>();
  for (const sentence of segmentSentences(text)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const ctx: SentenceContext = { text, sentence, tokens, acronyms, latinCounts: new Map(), skipped: new Map(), provinces: new Set() };
    mineHeaded(ctx, counts);
    mineLatinRuns(text, tokens, counts);
    mineQuotedTitles(text, tokens, counts);
  }
}

/** Headed names as the recognizer reads them, and the aliases stated in brackets right after. */
function mineHeaded(ctx: SentenceContext, counts: Counts): void {
  for (const c of recognizeOrganizations(ctx, new Set())) {
    if (c.rule !== 'org-head' || c.anaphor) continue;
    bump(counts.headed, c.name, 0, 1);
    mineContinuations(ctx, c.name, c.end, counts);
    mineNumber(ctx, c.start, c.end, counts);
    const after = ctx.text.slice(c.end, c.end + 3);
    for (const a of c.aliases) {
      if (a !== c.name && (after.startsWith(` (${a.slice(0, 1)}`) || after.startsWith(`(${a.slice(0, 1)}`))) bump(counts.aliases, `${c.name}\t${a}`, 0, 1);
    }
  }
}

/**
 * "Cục Kiểm tra | sau thông quan", "Cục Giám sát | quản lý về hải quan": the lowercase words right
 * after a name, one to ten syllables of them, counted as "name\twords". When most sightings of a
 * name go on the same way, the words belong to it (C-value: the longer form is frequent too).
 */
function mineContinuations(ctx: SentenceContext, name: string, end: number, counts: Counts): void {
  const { tokens } = ctx;
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0) return;
  const words: string[] = [];
  while (k < tokens.length && words.length < MAX_CONTINUATION) {
    const t = tokens[k]!;
    if (!continuesLowercaseRun(tokens, k)) break;
    words.push(t.lower);
    bump(counts.continuations, `${name}\t${words.join(' ')}`, 0, 1);
    k++;
  }
}

/**
 * "Ban Chỉ đạo | 389", "Đội Quản lý thị trường | số 3": the number right after a headed name, or
 * ending it where the rules took it in already ("Ban Chỉ đạo 389 | của tỉnh"). A numbered form
 * seen after the name is counted as a headed name too, with its own continuations ("Ban Chỉ đạo
 * 389 | quốc gia"), so that the recognizer can read it whole when the archive names the unit so.
 */
function mineNumber(ctx: SentenceContext, start: number, end: number, counts: Counts): void {
  const { tokens, text } = ctx;
  const after = tokens.findIndex((t) => t.start >= end);
  const last = tokens.findIndex((t) => t.end === end);
  // unitNumberAt gives a "số" before the number back to the label ("Đội Kiểm soát số 1").
  const inside = last > 0 && /^\d+$/.test(tokens[last]!.text) ? unitNumberAt(ctx, last) : null;
  const number = inside ?? (after < 0 ? null : unitNumberAt(ctx, after));
  if (!number || number.nameEnd <= 0 || tokens[number.nameEnd - 1]!.end <= start) return;
  const name = text.slice(start, tokens[number.nameEnd - 1]!.end);
  bump(counts.numbered, `${name}\t${number.label}`, 0, 1);
  if (inside) return;
  const numbered = `${name} ${number.label}`;
  bump(counts.headed, numbered, 0, 1);
  mineContinuations(ctx, numbered, tokens[number.end - 1]!.end, counts);
}

/** Capitalised Latin-script runs ("Page Setup", "Samsung", "Kerry") and the context before each. */
function mineLatinRuns(text: string, tokens: Token[], counts: Counts): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || !t.latin) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.cap && tokens[j]!.latin && isSpaceGap(tokens[j]!.gap)) j++;
    // Only runs with a word that cannot be Vietnamese ("Page Setup", "Kerry", "BIDV"), not "Nam" or "Trong".
    if (j - i <= MAX_RUN && tokens.slice(i, j).some((u) => u.acronym || isForeignWord(u))) {
      const name = text.slice(t.start, tokens[j - 1]!.end);
      bump(counts.latin, name, CONTEXT.total, 1);
      const context = contextBefore(tokens, i);
      if (context !== null) bump(counts.latin, name, context, 1);
      const next = tokens[j];
      // "Northern Rail Systems (NRS)": a name that defines an acronym is an organisation's. Only
      // an acronym the name can spell: "Van Nistelrooy (MU)" gives a player's club, not his name.
      if (context === null && next?.acronym && /^ ?\($/.test(next.gap) && text[next.end] === ')' && spells(name, next.text)) bump(counts.latin, name, CONTEXT.organisation, 1);
    }
    i = j;
  }
}

/**
 * Whether an acronym can abbreviate a name (Schwartz & Hearst 2003): its first letter is the
 * name's, and its letters appear in the name in order ("Northern Rail Systems" → "NRS",
 * "Microsoft" → "MS"; not "Nistelrooy" → "MU").
 */
export function spells(name: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const words = name.toLowerCase();
  if (!letters || letters[0] !== words[0]) return false;
  let k = 0;
  for (const ch of words) if (ch === letters[k]) k++;
  return k >= letters.length;
}

/** 'giải thưởng "…"', 'hạng mục "…"', 'chương trình "…"': quoted titles after their cue. */
function mineQuotedTitles(text: string, tokens: Token[], counts: Counts): void {
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next || !/^\s*["“«]$/.test(next.gap)) continue;
    const cue = [tokens[i - 1] && isSpaceGap(tokens[i]!.gap) ? `${tokens[i - 1]!.lower} ${tokens[i]!.lower}` : '', tokens[i]!.lower];
    const kind = cue.some((c) => AWARD_CUES.has(c)) ? 'awards' : cue.some((c) => PROGRAMME_CUES.has(c)) ? 'programmes' : null;
    if (!kind) continue;
    const close = text.slice(next.start, next.start + MAX_TITLE + 1).search(/["”»\n]/);
    if (close <= 0) continue;
    const title = text.slice(next.start, next.start + close).trim();
    if (/\p{L}/u.test(title) && !/[.!?]\s/.test(title)) bump(counts[kind], title, 0, 1);
  }
}
