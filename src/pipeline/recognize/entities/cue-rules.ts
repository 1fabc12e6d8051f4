// Awards, projects, events and documents introduced by a cue word:
//   Giải thưởng "X" / Dự án "X" (quoted name)   → the quoted text is the name
//   Giải thưởng FutureGov, Huân chương Lao động hạng Ba, Hội nghị APEC, Diễn đàn … 2018
//   chương trình World Ahead (a brand after a lowercase cue) → "World Ahead"
//   tiểu dự án phát triển … tại Đà Nẵng (up to a preposition boundary)
// "các/những chương trình …" names a category, not a thing, and is skipped.
import type { EntityType } from '../../../domain/ontology.ts';
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { CUES, PLURALS } from '../../lexicon/entity-lexicons.ts';
import { breaksName, extendName, headAt, isStop, placeAt, titleAt, wordLength } from './names.ts';
import { KNOWN_ORG_INDEX } from '../../lexicon/known-orgs.ts';
import { looksLikeFullName } from './org-rule.ts';
import { NAME_WORDS, SYLLABLES, phraseKey } from '../../lexicon/entity-lexicons.ts';
import { PhraseIndex, firstCap } from '../../lexicon/phrase-index.ts';
import { isSpaceGap, opensQuote, type Token } from '../../lexicon/tokens.ts';
import { isForeignWord } from './brand-rule.ts';
import { recognizeDefinitions } from './definition-rule.ts';
import { recognizeEditions } from './edition-rule.ts';
import { postAndBodyEnd, rankingEnd, sentenceCaseAwardEnd, yearAfter } from './award-names.ts';

interface Cue {
  type: EntityType;
  text: string;
  needsQuote: boolean;
  generic: boolean;
}

const CUE_INDEX = new PhraseIndex<Cue[]>();
function addCues(type: EntityType, list: string[], needsQuote: string[] = [], generic: string[] = []): void {
  for (const text of list) {
    // exact-case match is checked at lookup time; several types may share a folded key
    const cue: Cue = { type, text, needsQuote: needsQuote.includes(text), generic: generic.includes(text) };
    const existing = CUE_INDEX.match(tokensOf(text), 0, () => true);
    if (existing && existing.end === tokensOf(text).length) existing.entry.value.push(cue);
    else CUE_INDEX.add(text, [cue]);
  }
}
import { tokenize } from '../../lexicon/tokens.ts';
function tokensOf(text: string): Token[] {
  return tokenize(text, 0, text.length);
}
addCues('Award', CUES.award, [], CUES.awardGeneric);
addCues('Project', CUES.project, CUES.projectNeedsQuote);
addCues('Event', CUES.event);
addCues('Document', CUES.document);

/** Prize levels are not names: "giải Nhất", "giải Vàng". */
const PRIZE_LEVELS = new Set(['nhat', 'nhi', 'ba', 'tu', 'vang', 'bac', 'dong', 'khuyenkhich', 'dacbiet']);

export function recognizeCued(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const level = tokens[i]!.text === 'giải' ? prizeLevel(ctx, i, i + 1) : null;
    if (level) {
      out.push(level);
      continue;
    }
    const m = CUE_INDEX.match(tokens, i, () => true);
    if (!m) continue;
    const cueText = ctx.text.slice(tokens[i]!.start, tokens[m.end - 1]!.end);
    // Case matters for the first letter only: "Hội nghị Thượng đỉnh" is the cue "Hội nghị thượng đỉnh".
    const cues = m.entry.value.filter((c) => c.text[0] === cueText[0] && c.text.toLowerCase() === cueText.toLowerCase());
    const prev = tokens[i - 1];
    if (cues.length === 0) continue;
    if (prev && PLURALS.has(prev.lower)) {
      // "… cho các dự án: Cải thiện …, Phát triển …": the list after the colon names each one.
      if (cues.some((c) => c.type === 'Project')) out.push(...listedProjects(ctx, m.end));
      continue;
    }
    for (const cue of cues) {
      const c = quoted(ctx, i, m.end, cue) ?? (cue.needsQuote ? null : named(ctx, i, m.end, cue));
      if (c) out.push(c);
    }
  }
  return [...out, ...recognizeDefinitions(ctx), ...recognizeEditions(ctx)];
}

/** Giải thưởng "Tổ chức … năm 2011" → Award "Tổ chức … năm 2011". */
function quoted(ctx: SentenceContext, i: number, cueEnd: number, cue: Cue): Candidate | null {
  const first = ctx.tokens[cueEnd];
  if (!first || !opensQuote(first.gap) || /[,.;:]/.test(first.gap)) return null;
  const open = first.start;
  const sentenceEnd = ctx.sentence.start + ctx.sentence.text.length;
  const close = findClose(ctx.text, open, sentenceEnd);
  if (close < 0 || close - open > 250) return null;
  const inner = ctx.text.slice(open, close).trim();
  if (!/\p{L}/u.test(inner)) return null;
  const cueText0 = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[cueEnd - 1]!.end).toLowerCase();
  // Two opening quotes (a caption glued to the text): the "name" would contain the cue again.
  if (inner.toLowerCase().includes(cueText0) || /[.!?]\s/.test(inner)) {
    ctx.skipped.set(`quote:${open}`, `recognize: the quote after "${cueText0}" (sentence ${ctx.sentence.index}) runs into another one or across a sentence; no ${cue.type} taken from it`);
    return null;
  }
  const start = ctx.tokens[i]!.start;
  const text = ctx.text.slice(start, close + 1);
  const cueText = ctx.text.slice(start, ctx.tokens[cueEnd - 1]!.end);
  return { type: cue.type, start, end: close + 1, text, name: inner, aliases: [`${cueText} ${inner}`], confidence: 0.9, rule: `${cue.type.toLowerCase()}-quoted`, tier: TIER.quoted };
}

function findClose(text: string, from: number, limit: number): number {
  for (let k = from; k < Math.min(limit + 1, text.length); k++) {
    const ch = text[k];
    if (ch === '"' || ch === '”' || ch === '»') return k;
    if (ch === '\n') return -1;
  }
  return -1;
}

function named(ctx: SentenceContext, i: number, cueEnd: number, cue: Cue): Candidate | null {
  const { tokens } = ctx;
  const cueTok = tokens[i]!;
  const next = tokens[cueEnd];
  if (cue.type === 'Project' && /^tiểu dự án$/iu.test(cue.text)) return subProject(ctx, i, cueEnd);
  if (cue.generic && cueTok.cap) return genericAward(ctx, i, cueEnd);
  if (cue.type === 'Award' && cue.text === 'Top') return ranking(ctx, i, cueEnd);
  // Sentence-initial "Dự án …" is the common noun in sentence case; mid-sentence "Chương trình …" is a name.
  if (cue.type === 'Project' && cueTok.cap && next && !next.cap && isSpaceGap(next.gap)) return i > 0 ? described(ctx, i, cueEnd) : null;
  // "X vừa tổ chức hội nghị chuyên đề về …": a lowercase event the sentence says is organised.
  if (cue.type === 'Event' && !cueTok.cap && next && !next.cap && organisedHere(tokens, i)) return organisedEvent(ctx, i, cueEnd);
  // A capitalised cue may take lowercase name words before a capitalised one ("Diễn đàn hợp tác ICT …").
  if (!next || !isSpaceGap(next.gap) || !(next.cap || /^\d/.test(next.text) || (cueTok.cap && cue.type === 'Event'))) return null;
  if (cue.type === 'Award' && PRIZE_LEVELS.has(next.fold)) return null;
  if (cue.type === 'Document' && /^\d/.test(next.text)) return null; // numbered documents: document-rule.ts
  if (!cueTok.cap && (cue.type === 'Event' || TITLED_AWARD_CUES.test(cue.text)) && !next.acronym) {
    // "lễ trao giải Sao Khuê 2019", "giải thưởng Nhân tài Đất Việt", "danh hiệu Anh hùng Lao động":
    // a capitalised name after the cue.
    const run = extendName(tokens, cueEnd, { allowYear: true });
    if (run.content === 0 || placeAt(tokens, cueEnd)?.end === run.end) return null;
    const end = cue.type === 'Award' ? awardEnd(tokens, cueEnd, run.end) : run.end;
    const s = span(ctx, i, end);
    return { type: cue.type, ...s, name: s.text, aliases: [ctx.text.slice(next.start, s.end)], confidence: 0.65, rule: `${cue.type.toLowerCase()}-cue`, tier: TIER.cue };
  }
  if (!cueTok.cap) {
    if (cue.type === 'Project') {
      const titled = sentenceCaseTitle(ctx, i, cueEnd);
      if (titled) return titled;
    }
    // A lowercase cue is a common noun; only a brand-like name after it is a name:
    // "chương trình World Ahead" → "World Ahead", "dự án POLICY" (a codename in capitals).
    let j = cueEnd;
    while (tokens[j] && tokens[j]!.cap && tokens[j]!.latin && (j === cueEnd || isSpaceGap(tokens[j]!.gap))) j++;
    if (j === cueEnd || !tokens.slice(cueEnd, j).some((t) => isForeignWord(t) || (cue.type === 'Project' && isCodename(ctx, t)))) return null;
    const s = span(ctx, cueEnd, j);
    const full = ctx.text.slice(cueTok.start, s.end);
    return { type: cue.type, ...s, name: s.text, aliases: [full], confidence: 0.7, rule: `${cue.type.toLowerCase()}-cue-brand`, tier: TIER.cue };
  }
  const run = extendName(tokens, cueEnd, { allowYear: cue.type !== 'Project' });
  if (run.content === 0) return null;
  if (cue.type === 'Event') run.end = eventTail(tokens, run.end);
  if (cue.type === 'Award' && TITLED_AWARD_CUES.test(cue.text)) run.end = awardEnd(tokens, cueEnd, run.end);
  // Programme titles are in sentence case: "Dự án Nâng cấp đê biển tỉnh Cà Mau",
  // "Chương trình Mục tiêu quốc gia về Nước sạch …": a described reading may run further.
  const end = cue.type === 'Project' ? aboutTail(tokens, Math.max(run.end, describedEnd(tokens, cueEnd))) : run.end;
  const s = span(ctx, i, end);
  const core = ctx.text.slice(tokens[cueEnd]!.start, s.end);
  const keepCue = cue.type !== 'Project';
  // A category title ("Giải thưởng Sản phẩm số tiềm năng") is also known by its words alone, as
  // its shortlist is ("Top 10 sản phẩm số tiềm năng"): the alias lets the two meet.
  // A titled award is also known by its title alone, whatever its cue ("Giải thưởng Sao Khuê" =
  // "giải Sao Khuê"), as a category is by its shortlist ("Top 10 sản phẩm số tiềm năng").
  const aliases = !keepCue ? [s.text] : cue.type === 'Award' && TITLED_AWARD_CUES.test(cue.text) ? [core] : [];
  // "Chương trình Mỗi xã một sản phẩm (OCOP)", "Giải thưởng … (STP Award)": the name in
  // brackets names it later on.
  const bracketed = bracketedAcronym(tokens, end) ?? (cue.type === 'Award' ? bracketedForeignName(ctx, end) : null);
  if (bracketed) aliases.push(bracketed);
  return { type: cue.type, ...s, name: keepCue ? s.text : core, aliases, confidence: 0.75, rule: `${cue.type.toLowerCase()}-cue`, tier: TIER.cue };
}

/** Lowercase prize levels: "giải nhất", "giải khuyến khích". */
const LOWER_LEVELS = new Set(['nhất', 'nhì', 'ba', 'tư', 'khuyến khích', 'đặc biệt']);
/** Words before a prize level that say it is won or given: "đoạt giải nhì", "đồng giải ba", "trao giải nhất". */
const WON_BEFORE = new Set(['đoạt', 'giành', 'đạt', 'nhận', 'trao', 'đồng', 'được']);

/**
 * "đội X giành giải nhất", "giải nhì cho Trường Y", "đồng giải khuyến khích": a prize level that the
 * sentence says is won or given to someone is an Award of its own (the level of the contest).
 * A level only described ("cơ cấu giải ba gồm …") is not.
 */
function prizeLevel(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  const { tokens } = ctx;
  const first = tokens[cueEnd];
  if (!first || first.cap || !isSpaceGap(first.gap)) return null;
  const second = tokens[cueEnd + 1];
  const two = second && isSpaceGap(second.gap) ? `${first.lower} ${second.lower}` : '';
  const end = LOWER_LEVELS.has(two) ? cueEnd + 2 : LOWER_LEVELS.has(first.lower) ? cueEnd + 1 : null;
  if (end === null) return null;
  const prev = tokens[i - 1];
  const after = tokens[end];
  const given = (prev && isSpaceGap(tokens[i]!.gap) && WON_BEFORE.has(prev.lower)) || (after?.lower === 'cho' && isSpaceGap(after.gap));
  if (!given) return null;
  const s = span(ctx, i, end);
  return { type: 'Award', ...s, name: s.text, aliases: [], confidence: 0.6, rule: 'award-level', tier: TIER.cue };
}

/** Cues whose award names are titles: "Giải thưởng Công nghệ sáng tạo", "danh hiệu Anh hùng Lao động". */
const TITLED_AWARD_CUES = /^(giải|giải thưởng|danh hiệu)$/iu;

/** End of a titled award's name: its sentence-case words and its year ("… xuất sắc năm 2020"). */
function awardEnd(tokens: Token[], nameStart: number, end: number): number {
  return yearAfter(tokens, sentenceCaseAwardEnd(tokens, nameStart, end));
}

/** "… (OCOP)": an acronym alone in brackets right after a name. */
function bracketedAcronym(tokens: Token[], end: number): string | null {
  const t = tokens[end];
  const close = tokens[end + 1];
  if (!t || !t.acronym || !/^\s?\($/.test(t.gap)) return null;
  return !close || close.gap.startsWith(')') ? t.text : null;
}

/** "… (STP Award)": a Latin-script name in brackets right after an award's Vietnamese name. */
function bracketedForeignName(ctx: SentenceContext, end: number): string | null {
  const { tokens } = ctx;
  const first = tokens[end];
  if (!first || !/^\s?\($/.test(first.gap) || !first.cap || !first.latin) return null;
  let k = end + 1;
  while (tokens[k] && isSpaceGap(tokens[k]!.gap) && tokens[k]!.latin && k - end < 8) k++;
  if (!tokens[k] || !tokens[k]!.gap.startsWith(')') || tokens.slice(end, k).some((t) => !isForeignWord(t) && !t.acronym)) return null;
  return ctx.text.slice(first.start, tokens[k - 1]!.end);
}

/** "Top 10 Công ty bảo hiểm uy tín năm 2019": a ranking list, named with its cue. */
function ranking(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  if (!isSpaceGap(ctx.tokens[cueEnd]?.gap ?? '')) return null;
  const end = rankingEnd(ctx.tokens, cueEnd);
  if (end === null) return null;
  const s = span(ctx, i, end);
  // The list without its size: "sản phẩm số tiềm năng" (the category it shortlists, if named).
  const described = ctx.text.slice(ctx.tokens[cueEnd + 1]!.start, s.end);
  return { type: 'Award', ...s, name: s.text, aliases: [described], confidence: 0.6, rule: 'award-ranking', tier: TIER.cue };
}

/** "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ", or the bare cue. */
function genericAward(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  const { tokens } = ctx;
  let end = cueEnd;
  const givenByPost = tokens[cueEnd]?.lower === 'của' ? postAndBodyEnd(tokens, cueEnd + 1) : null;
  if (givenByPost !== null) end = givenByPost;
  else if (tokens[cueEnd]?.lower === 'của' && tokens[cueEnd + 1]?.cap) {
    const run = extendName(tokens, cueEnd + 1);
    // "Bằng khen của Bộ" names no giver in particular; "của Bộ Tài chính" does.
    if (run.content > 0 && headAt(tokens, cueEnd + 1) !== run.end) end = run.end;
  }
  // A bare "Bằng khen" names no particular award, unless the sentence's subject gives it
  // ("Thủ tướng tặng Bằng khen cho …": the Prime Minister's); received ("được tặng Bằng khen")
  // it has no giver. "Cờ thi đua" (one per giver) stands alone.
  if (end === cueEnd && !/^Cờ thi đua$/u.test(span(ctx, i, end).text) && !givenHere(tokens, i)) return null;
  const s = span(ctx, i, end);
  return { type: 'Award', ...s, name: s.text, aliases: [], confidence: 0.6, rule: 'award-generic', tier: TIER.cue };
}

/** Verbs right before an award that say its giver gives it: "tặng | Bằng khen", "trao tặng | Giấy khen". */
const GIVE_VERBS = new Set(['tặng', 'trao', 'tặng thưởng', 'trao tặng', 'khen tặng']);

/** "Thủ tướng (vừa quyết định) tặng Bằng khen": given by the subject, not received ("được tặng"). */
function givenHere(tokens: Token[], i: number): boolean {
  const one = tokens[i - 1];
  const two = tokens[i - 2];
  if (!one || !isSpaceGap(tokens[i]!.gap)) return false;
  const verbAt = two && isSpaceGap(one.gap) && GIVE_VERBS.has(`${two.lower} ${one.lower}`) ? i - 2 : GIVE_VERBS.has(one.lower) ? i - 1 : -1;
  if (verbAt < 0) return false;
  const before = tokens[verbAt - 1];
  return !(before && isSpaceGap(tokens[verbAt]!.gap) && (before.lower === 'được' || before.lower === 'nhận'));
}

/** "tiểu dự án phát triển công nghệ thông tin – truyền thông Việt Nam tại Đà Nẵng" (stops at "với"). */
function subProject(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  const { tokens } = ctx;
  let j = cueEnd;
  let end = cueEnd;
  while (j < tokens.length && j - cueEnd < 16) {
    const t = tokens[j]!;
    if (!(isSpaceGap(t.gap) || /^\s?[-–]\s?$/.test(t.gap))) break;
    if (t.lower === 'tại' || t.lower === 'ở') {
      const p = placeAt(tokens, j + 1);
      if (p) end = p.end;
      break;
    }
    if (isStop(tokens, j) || /^\d/.test(t.text)) break;
    j++;
    end = j;
  }
  if (end - cueEnd < 2) return null;
  const s = span(ctx, i, end);
  const core = ctx.text.slice(tokens[cueEnd]!.start, s.end);
  return { type: 'Project', ...s, name: s.text, aliases: [core], confidence: 0.7, rule: 'project-subproject', tier: TIER.cue };
}

/** "POLICY", "SUNRISE": a project codename in capitals (short ones are types: "ODA", "BOT", "PPP"). */
function isCodename(ctx: SentenceContext, t: Token): boolean {
  return t.acronym && /^[A-Z]{5,}$/.test(t.text) && !ctx.acronyms.has(t.fold);
}

/**
 * "dự án Giao thông nông thôn III", "chương trình Nước sạch nông thôn": a lowercase cue followed by
 * a title in sentence case (a capitalised Vietnamese word that starts no organisation, place,
 * person or other name, then at least one more word).
 */
function sentenceCaseTitle(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  const { tokens } = ctx;
  const next = tokens[cueEnd];
  if (!next || !next.cap || next.acronym || !isSpaceGap(next.gap) || !SYLLABLES.has(next.lower)) return null;
  if (headAt(tokens, cueEnd) !== null || titleAt(tokens, cueEnd) !== null || placeAt(tokens, cueEnd) !== null || breaksName(tokens, cueEnd) || looksLikeFullName(tokens, cueEnd)) return null;
  if (KNOWN_ORG_INDEX.match(tokens, cueEnd, firstCap)) return null;
  const end = aboutTail(tokens, describedEnd(tokens, cueEnd));
  if (end - cueEnd < 2) return null;
  const s = span(ctx, i, end);
  const core = ctx.text.slice(next.start, s.end);
  return { type: 'Project', ...s, name: core, aliases: [s.text], confidence: 0.6, rule: 'project-sentence-case', tier: TIER.cue };
}

/** "… cho các dự án: A, B, C": each capitalised item of the list after the colon. */
function listedProjects(ctx: SentenceContext, cueEnd: number): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  let k = cueEnd;
  if (!tokens[k] || !/^\s*:\s*$/.test(tokens[k]!.gap)) return out;
  while (tokens[k]?.cap && !tokens[k]!.acronym && headAt(tokens, k) === null && placeAt(tokens, k) === null) {
    const end = describedEnd(tokens, k);
    if (end - k < 2) break;
    const s = span(ctx, k, end);
    out.push({ type: 'Project', ...s, name: s.text, aliases: [], confidence: 0.6, rule: 'project-listed', tier: TIER.cue });
    if (!tokens[end] || !/^, $/.test(tokens[end]!.gap)) break;
    k = end;
  }
  return out;
}

/** "Chương trình Mục tiêu quốc gia | về Nước sạch …": "về" + a capitalised subject goes on the name. */
function aboutTail(tokens: Token[], end: number): number {
  const ve = tokens[end];
  if (!ve || ve.lower !== 'về' || !isSpaceGap(ve.gap) || !tokens[end + 1]?.cap || !isSpaceGap(tokens[end + 1]!.gap)) return end;
  const run = extendName(tokens, end + 1);
  return run.content > 0 ? run.end : end;
}

/** End of a described project name from tokens[from]: up to a stop word, a digit, punctuation or a place. */
function describedEnd(tokens: Token[], from: number): number {
  let j = from;
  let end = from;
  while (j < tokens.length && j - from < 14) {
    const t = tokens[j]!;
    if ((j > from && !isSpaceGap(t.gap)) || /^\d/.test(t.text)) break;
    // Stops are looked up at word starts only: "thông qua" stops, "Giao thông" and "Phát triển" do not.
    if (PROJECT_STOPS.has(t.lower) && !(t.lower === 'và' && j > from && andGoesOn(tokens, j))) break;
    const p = placeAt(tokens, j);
    j = p ? p.end : j + wordLength(tokens, j);
    end = Math.min(j, tokens.length);
    if (p) break;
  }
  return end;
}

/** "… đường thủy và logistics …": "và" between two parts of one described name. */
function andGoesOn(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || !isSpaceGap(next.gap) || /^\d/.test(next.text)) return false;
  if (!next.cap) return !PROJECT_STOPS.has(next.lower) && !isStop(tokens, j + 1);
  return headAt(tokens, j + 1) === null && titleAt(tokens, j + 1) === null && placeAt(tokens, j + 1) === null && !breaksName(tokens, j + 1) && !looksLikeFullName(tokens, j + 1);
}

/** Verbs that say an event is held, right before its noun: "đã tổ chức | hội thảo …", "khai mạc | hội chợ …". */
const ORGANISE_VERBS = new Set(['tổ chức', 'khai mạc', 'đăng cai', 'chủ trì']);

function organisedHere(tokens: Token[], i: number): boolean {
  const a = tokens[i - 2];
  const b = tokens[i - 1];
  return !!a && !!b && isSpaceGap(tokens[i]!.gap) && isSpaceGap(b.gap) && ORGANISE_VERBS.has(`${a.lower} ${b.lower}`);
}

/** "hội nghị chuyên đề về y tế …": the event noun and its description (one word at least). */
function organisedEvent(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  if (!isSpaceGap(ctx.tokens[cueEnd]?.gap ?? '')) return null; // "tổ chức hội chợ, bán …": no name
  const end = eventTail(ctx.tokens, describedEnd(ctx.tokens, cueEnd));
  if (end === cueEnd) return null;
  const s = span(ctx, i, end);
  return { type: 'Event', ...s, name: s.text, aliases: [], confidence: 0.6, rule: 'event-organised', tier: TIER.cue };
}

/** "Hội chợ Nông sản Việt Nam | chất lượng cao năm 2023": lowercase name words and the year after a name. */
function eventTail(tokens: Token[], end: number): number {
  let k = end;
  while (tokens[k] && !tokens[k]!.cap && isSpaceGap(tokens[k]!.gap)) {
    let len = 0;
    for (let n = 3; n >= 1 && len === 0; n--) {
      const words = tokens.slice(k, k + n);
      if (words.length === n && words.every((t, x) => !t.cap && (x === 0 || isSpaceGap(t.gap))) && NAME_WORDS.has(phraseKey(words.map((t) => t.lower).join(' ')))) len = n;
    }
    if (len === 0) break;
    k += len;
  }
  const nam = tokens[k];
  const year = nam?.lower === 'năm' ? tokens[k + 1] : nam;
  if (nam && isSpaceGap(nam.gap) && year && isSpaceGap(year.gap) && /^(19|20)\d\d$/.test(year.text)) return (year === nam ? k : k + 1) + 1;
  return k;
}

/** Words that end a described project's name ("Chương trình nâng cao năng lực quản lý đất đai … | được triển khai"). */
const PROJECT_STOPS = new Set(['ở', 'tại', 'triển', 'thực', 'hoàn', 'khởi', 'giúp', 'góp', 'mang', 'đạt', 'được', 'do', 'bởi', 'của', 'với', 'đã', 'đang', 'sẽ', 'là', 'có', 'vừa', 'nhằm', 'thì', 'mà', 'này', 'đó', 'trên', 'và', 'đến', 'từ', 'gồm', 'nên', 'khi', 'sau', 'vào', 'ra', 'lên', 'không', 'cũng', 'còn', 'bị', 'trị', 'tổng', 'kéo', 'thông', 'giai', 'trong', 'diễn', 'nhằm']);

/** "Chương trình nâng cao năng lực quản lý đất đai tỉnh Gia Lai, được …" */
/**
 * Words that cannot open a programme's described name: after them the capitalised cue is the
 * programme named before ("hoàn thiện Đề án | theo định hướng …", "Đề án | phải đảm bảo …").
 */
const NOT_NAME_OPENERS = new Set(['theo', 'phải', 'cần', 'nên', 'cũng', 'chỉ', 'mới', 'vẫn', 'luôn', 'đều', 'hay', 'hoặc', 'tiếp', 'nói', 'sắp', 'chưa', 'rất', 'như', 'khi', 'thì', 'là']);

function described(ctx: SentenceContext, i: number, cueEnd: number): Candidate | null {
  if (NOT_NAME_OPENERS.has(ctx.tokens[cueEnd]!.lower)) return null;
  const end = describedEnd(ctx.tokens, cueEnd);
  if (end - cueEnd < 2) return null;
  const s = span(ctx, i, end);
  const core = ctx.text.slice(ctx.tokens[cueEnd]!.start, s.end);
  return { type: 'Project', ...s, name: s.text, aliases: [core], confidence: i === 0 ? 0.55 : 0.65, rule: 'project-described', tier: TIER.cue };
}
