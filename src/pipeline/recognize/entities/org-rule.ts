// Organizations headed by a type noun: "Sở Thông tin và Truyền thông TP Đà Nẵng",
// "Ngân hàng Thế giới (WB)", "công ty CP Viễn Thông FPT"; and well-known ones by name
// ("Chính phủ", "UNDP", "World Bank").
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { ANAPHOR_HEADS, COMPANY_HEADS, COUNTRY_BODIES, DEGREE_BEFORE, DEGREE_HEADS, GIVEN_NAME_HEADS, NAME_VERBS, NAME_WORDS, PERSON_NAMED_HEADS, PLURALS, STANDALONE_NOT_BEFORE, SUBTYPE_WORDS, phraseKey } from '../../lexicon/entity-lexicons.ts';
import { HEAD_INDEX, MAX_CONTINUATION, continuesLowercaseRun, extendName, headAt, isStop, nameWordLength, placeAt, titleAt, wordLength, type NameRun } from './names.ts';
import { KNOWN_ORG_INDEX } from '../../lexicon/known-orgs.ts';
import { firstCap, sameWords, type PhraseEntry } from '../../lexicon/phrase-index.ts';
import { isSpaceGap, newToneStyle, phraseBefore, type Token } from '../../lexicon/tokens.ts';
import { SURNAMES, SYLLABLES, WORDS } from '../../lexicon/entity-lexicons.ts';
import { COUNTRIES, PLACES } from '../../lexicon/gazetteer.ts';
import { continuesName, coreContinues, headedCount, minedAliases, numberedUnit } from '../../lexicon/mined.ts';
import { isForeignWord } from './brand-rule.ts';

/** Lowercase heads that still head a name when a proper name follows: "trường THPT Trực Ninh". */
const LOWER_HEADS = new Set(['cong ty', 'tong cong ty', 'tap doan', 'ngan hang', 'truong', 'hiep hoi']);

export function recognizeOrganizations(ctx: SentenceContext, titled: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const known = knownOrgAt(ctx, i);
    if (known) out.push(known);
    const headed = headedOrgAt(ctx, i, titled.has(i));
    if (headed) out.push(headed);
  }
  return out;
}

function knownOrgAt(ctx: SentenceContext, i: number): Candidate | null {
  const m = KNOWN_ORG_INDEX.match(ctx.tokens, i, sameLettersCapitalised);
  if (!m) return null;
  const next = ctx.tokens[m.end];
  const after = ctx.tokens.slice(m.end, m.end + 2).map((t) => t.lower);
  if (next && isSpaceGap(next.gap) && (STANDALONE_NOT_BEFORE.has(phraseKey(after[0] ?? '')) || STANDALONE_NOT_BEFORE.has(phraseKey(after.join(' '))))) return null;
  const country = countryBodyEnd(ctx.tokens, m.entry.value, m.end);
  if (country !== null) {
    // "Chính phủ Nhật Bản": the foreign government, a name of its own (not Vietnam's "Chính phủ").
    const c = span(ctx, i, country);
    return { type: 'Organization', ...c, name: c.text, aliases: aliasesAfter(ctx, country), confidence: 0.85, rule: 'org-known-country', tier: TIER.known };
  }
  const s = span(ctx, i, m.end);
  const aliases = [...aliasesAfter(ctx, m.end), m.entry.value];
  for (const a of minedAliases(m.entry.value)) if (!aliases.includes(a)) aliases.push(a);
  return { type: 'Organization', ...s, name: s.text, aliases, confidence: 0.9, rule: 'org-known', tier: TIER.known };
}

/** Where "Chính phủ | Nhật Bản", "Quốc hội | Pháp" ends: a state body followed by a foreign country. */
function countryBodyEnd(tokens: Token[], body: string, end: number): number | null {
  const next = tokens[end];
  if (!COUNTRY_BODIES.has(body) || !next?.cap || !isSpaceGap(next.gap)) return null;
  const country = placeAt(tokens, end);
  if (!country || !COUNTRIES.has(country.canonical) || country.canonical === 'Việt Nam') return null;
  return country.end;
}

/** Capitalised, and the same diacritics unless the text has none: "Sắp tới" is not "SAP". */
function sameLettersCapitalised(entry: PhraseEntry<string>, tokens: Token[], i: number): boolean {
  return firstCap(entry, tokens, i) && entry.lowers.every((l, k) => tokens[i + k]!.lower === l || tokens[i + k]!.lower === tokens[i + k]!.fold);
}

function headedOrgAt(ctx: SentenceContext, i: number, afterTitle: boolean): Candidate | null {
  const { tokens } = ctx;
  const head = HEAD_INDEX.match(tokens, i, sameWords);
  if (!head) return null;
  const first = tokens[i]!;
  // "Bộ trưởng", "trường hợp", "hội nghị": the head noun is the start of another word.
  if (wordLength(tokens, head.end - 1) > 1 && !tokens[head.end]?.cap) return null;
  const prev = tokens[i - 1];
  if (prev && PLURALS.has(prev.lower) && isSpaceGap(first.gap)) return null;
  const headKey = phraseKey(head.entry.value);
  // "TỔ CHỨC TÍN DỤNG": a heading in capitals, not a name ("UBND" is written so; "Tổ chức" is not).
  if (first.acronym && /\p{Ll}/u.test(head.entry.value)) return null;
  // "Tổng cục Tổng cục Hải quan": a head noun written twice; the name starts at the second.
  if (HEAD_INDEX.match(tokens, head.end, sameWords)?.entry.value === head.entry.value) return null;
  // "Hội An", "Ban Mê Thuột": a place whose first syllable looks like a head noun.
  const asPlace = PLACES.match(tokens, i);
  if (asPlace && asPlace.end > head.end) return null;
  // "người Tây | Ban Nha": the head noun is inside a place that starts a word or two earlier.
  if (insidePlace(tokens, i)) return null;
  if (!first.cap) {
    // "thị trường Trung Quốc" (a market): the head noun is the end of another word.
    if (prev && isSpaceGap(first.gap) && WORDS.has(`${prev.lower} ${first.lower}`)) return null;
    const next = tokens[head.end];
    if (!LOWER_HEADS.has(headKey) || !next || !(next.cap || next.acronym) || !isSpaceGap(next.gap)) return null;
  }
  // "Bộ Bưu chính Viễn thông | Phạm Hồng Hải" (after a title, or not): a full name ends the org.
  void afterTitle;
  const stopBeforeName = looksLikeFullName;
  const from = federationOf(tokens, head.end, headKey);
  const read = bareUnitTail(tokens, head.end, numberTail(ctx, i, areaTail(tokens, frequentContinuation(ctx, i, frequentPrefix(ctx, i, headKey, head.end, boardOf(tokens, headKey, head.end, branchOf(tokens, extendName(tokens, from, { stopBeforeName, strictNames: !PERSON_NAMED_HEADS.has(headKey) }))))))));
  const toBracket = first.cap ? bracketedNameEnd(ctx, head.end, read.content > 0 ? read.end : head.end) : null;
  const run = toBracket === null ? read : { end: toBracket, content: read.content + 1, proper: (read.proper ?? 0) + 1 };
  if (first.cap && givenNameAndSyllable(tokens, headKey, head.end, run) && aliasesAfter(ctx, head.end + 1).length === 0) return null;
  if (placeholderCompany(tokens, headKey, head.end, run)) return null;
  // "ngân hàng Mỹ", "trường Anh": a lowercase head and a country are the country's banks or schools, no one body.
  if (!first.cap && countryOnly(tokens, head.end, run.end)) return null;
  if (DEGREE_HEADS.has(headKey) && levelOfStudy(tokens, i)) return null;
  if (run.content === 0 || onlySubtype(tokens, head.end, run.end) || notACompanyName(tokens, headKey, head.end, run)) {
    return first.cap && ANAPHOR_HEADS.has(headKey) && isBareHead(tokens, head.end) ? bareHead(ctx, i, head.end) : null;
  }
  const ticker = tickerBracket(ctx, run.end);
  const s = ticker ? { ...span(ctx, i, run.end), end: ticker.end, text: ctx.text.slice(tokens[i]!.start, ticker.end) } : span(ctx, i, run.end);
  // A board's bracketed acronym is its organisation's: "Ban Giám đốc Ngân hàng Thế giới (WB)".
  const aliases = ticker ? [ticker.alias] : isBoardName(tokens, i) ? [] : aliasesAfter(ctx, run.end);
  const brand = COMPANY_HEADS.has(headKey) || headKey === 'to chuc' ? brandCore(ctx, head.end, run.end) : null;
  // "Ngân hàng Vietcombank Việt Nam" is also written "Vietcombank Việt Nam" (the bank, not a branch).
  const rest = ctx.text.slice(tokens[head.end]!.start, tokens[run.end - 1]!.end);
  if (brand && /^\s+(?:Việt Nam|VN)$/u.test(rest.slice(brand.length)) && rest.startsWith(brand)) aliases.push(rest);
  if (brand && headKey === 'to chuc') {
    // "Tổ chức Future Gov": the head is a cue ("the organisation FutureGov"), the name is the brand.
    const b = span(ctx, head.end, run.end);
    return { type: 'Organization', ...b, name: b.text, aliases, confidence: 0.8, rule: 'org-brand', tier: TIER.headed };
  }
  if (brand) aliases.push(brand);
  // With a ticker bracket the span takes the bracket in; the name stays the name.
  const name = ctx.text.slice(tokens[i]!.start, tokens[run.end - 1]!.end);
  // The archive's bracketed aliases ("Ngân hàng Thế giới (World Bank)"): a search for either finds it.
  for (const a of minedAliases(name)) if (!aliases.includes(a)) aliases.push(a);
  const kindOnly = onlyActivity(tokens, headKey, head.end, run.end) || undefined;
  return { type: 'Organization', ...s, name, aliases, confidence: first.cap ? 0.85 : 0.7, rule: 'org-head', tier: TIER.headed, kindOnly };
}

/** Offices named by what they do: "phòng đào tạo" (a school's training office). */
const OFFICE_WORDS = new Set(['phòng', 'ban', 'vụ', 'khoa', 'viện']);

/**
 * "đào tạo ĐH Điều dưỡng", "hệ CĐ": after these lowercase words a school's head is a level of
 * study; not after an office's ("Phó phòng đào tạo ĐH Tôn Đức Thắng", "phòng Đào tạo ĐH Sư phạm").
 */
function levelOfStudy(tokens: Token[], i: number): boolean {
  if (!isSpaceGap(tokens[i]!.gap)) return false;
  const cue = phraseBefore(tokens, i, 2, (phrase) => (DEGREE_BEFORE.has(phrase) ? phrase.split(' ').length : null));
  return cue !== null && tokens.slice(i - cue, i).every((t) => !t.cap) && !OFFICE_WORDS.has(tokens[i - cue - 1]?.lower ?? '');
}

/** Whether tokens[from..to) is one country's name. */
function countryOnly(tokens: Token[], from: number, to: number): boolean {
  const place = placeAt(tokens, from);
  return place !== null && place.end === to && COUNTRIES.has(place.canonical);
}

/** Whether tokens[i] is inside a place's name that starts one or two tokens before it ("Tây | Ban Nha"). */
function insidePlace(tokens: Token[], i: number): boolean {
  for (const back of [1, 2]) {
    if (i - back < 0 || tokens.slice(i - back + 1, i + 1).some((t) => !isSpaceGap(t.gap))) return false;
    if ((PLACES.match(tokens, i - back)?.end ?? 0) > i) return true;
  }
  return false;
}

/** Words a name may hold before its bracketed acronym ("… các-bon trong lâm nghiệp (FCPF)", "… dành cho nữ doanh nhân (We-FI)"). */
const INSIDE_BRACKETED_NAME = new Set(['trong', 'cho', 'về', 'của', 'và', 'các', 'những', 'vì']);

/** Longest stretch (tokens) taken in before a bracketed acronym. */
const MAX_TO_BRACKET = 8;

/**
 * "(FCPF)", "(We-FI)", "(VCCI)": a short bracketed alias with two capitals at least; or a police
 * department's code, one capital and two digits ("(C15)").
 */
const BRACKET_ALIAS = /^ ?\(((?=(?:[^)]*\p{Lu}){2})[\p{Lu}][\p{L}\p{N}&.-]{1,14}|[A-Z]\d{2})\)/u;

/**
 * "Bệnh viện Chợ Rẫy | bắt đầu sử dụng endurance bone cement (EBN)": an acronym spelled by the
 * initials of the words right before it, with more words between them and the name, names those
 * words, not the organisation the sentence began with. Right after the name they are its own
 * tail ("Hội Cựu thanh niên xung phong (TNXP)").
 */
function spellsWordsBefore(tokens: Token[], nameEnd: number, k: number, alias: string): boolean {
  const letters = alias.replace(/[^\p{Lu}]/gu, '');
  const spelled = k + 1 - letters.length;
  if (letters.length < 2 || spelled <= nameEnd) return false;
  const words = tokens.slice(spelled, k + 1);
  return words.every((t) => !t.cap) && words.map((t) => t.text[0]!.toUpperCase()).join('') === letters;
}

/**
 * "Quỹ Đối tác | các-bon trong lâm nghiệp (FCPF)", "Quỹ | Sáng kiến Tài chính dành cho nữ doanh
 * nhân (We-FI)": when the writer gives a name's acronym in brackets, the name runs up to the
 * bracket, over lowercase words the rules would stop at. Never over a verb of the sentence
 * ("đã", "là", "được"), a number, a head or a title, and only within a few words.
 */
function bracketedNameEnd(ctx: SentenceContext, headEnd: number, from: number): number | null {
  const { tokens, text } = ctx;
  // "Hội đồng xét xử (HĐXX)", "Cơ quan điều tra (CQĐT)": a common noun and its abbreviation, no name.
  const named = (end: number) => tokens.slice(headEnd, end).some((t) => t.cap);
  if (BRACKET_ALIAS.test(text.slice(tokens[from - 1]!.end, tokens[from - 1]!.end + 20))) return null; // already at the bracket
  for (let k = from; k < tokens.length && k - from < MAX_TO_BRACKET; k++) {
    const t = tokens[k]!;
    // "… Khu chế xuất - khu công nghiệp (HEPZA)": a dash may join the name's two halves.
    if (!(isSpaceGap(t.gap) || /^ ?[-–] ?$/.test(t.gap)) || /\d/.test(t.text)) return null;
    if (t.cap ? headAt(tokens, k) !== null || titleAt(tokens, k) !== null : isStop(tokens, k) && !INSIDE_BRACKETED_NAME.has(t.lower)) return null;
    const alias = BRACKET_ALIAS.exec(text.slice(t.end, t.end + 20))?.[1];
    if (alias === undefined || !tokens[k + 1] || placeAt(tokens, k + 1) !== null) continue;
    return named(k + 1) && !spellsWordsBefore(tokens, from, k, alias) ? k + 1 : null;
  }
  return null;
}

/**
 * Administrative units named without their place: "thành phố" (the city), "tỉnh" (the
 * province). Lower case with diacritics: folded, "quận" would be the "quan" of "Hải quan".
 */
const BARE_UNITS = new Set(['thành phố', 'tỉnh', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường']);

/**
 * "Sở Giao thông công chính | thành phố", "Viện KSND | thành phố": "the city's" after a name
 * says whose body it is without naming the place; it is no part of the name (a place after it,
 * "… thành phố Cần Thơ", was taken in by the name rules already).
 */
function bareUnitTail(tokens: Token[], headEnd: number, run: NameRun): NameRun {
  for (const n of [2, 1]) {
    const tail = tokens.slice(run.end - n, run.end);
    if (run.end - n <= headEnd || tail.some((t) => t.cap || !isSpaceGap(t.gap))) continue;
    if (!BARE_UNITS.has(tail.map((t) => newToneStyle(t.lower)).join(' '))) continue;
    // "Vụ Hợp tác xã": the unit word ends a longer word ("hợp tác xã", a cooperative).
    const word = (m: number) => tokens.slice(run.end - n - m, run.end).map((t) => newToneStyle(t.lower)).join(' ');
    if ([1, 2].some((m) => run.end - n - m >= headEnd && WORDS.has(word(m)))) continue;
    return { ...run, end: run.end - n };
  }
  return run;
}

/**
 * "Chi cục Hải quan | khu vực 3", "Chi cục Kiểm tra sau thông quan | khu vực miền Bắc": the area a
 * unit serves, by number, Roman numeral or region, ends its name.
 */
function areaTail(tokens: Token[], run: NameRun): NameRun {
  const khu = tokens[run.end];
  const vuc = tokens[run.end + 1];
  const what = tokens[run.end + 2];
  if (run.content === 0 || khu?.lower !== 'khu' || vuc?.lower !== 'vực' || !what || !isSpaceGap(khu.gap) || !isSpaceGap(vuc.gap) || !isSpaceGap(what.gap)) return run;
  if (/^(?:\d{1,2}|[IVX]{1,4})$/.test(what.text)) return { ...run, end: run.end + 3 };
  const place = placeAt(tokens, run.end + 2);
  return place ? { ...run, end: place.end } : run;
}

/** Words after which a number that follows a name was its last word: the sentence goes on with a verb or a link. */
const AFTER_NAME_NUMBER = new Set(['và', 'của', 'thuộc', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'được', 'bị', 'là', 'cũng', 'tại', 'ở', 'với', 'cho', 'trong']);

/**
 * "… | 389", "… | số 3": a number of one to three digits right after a name that ends before
 * token `k`, maybe after "số" ("number"), as the label of a unit ("Ban Chỉ đạo 389", "Đội Quản lý
 * thị trường số 3"). Never a document number ("389/QĐ"), a decimal, a range or a share. A name
 * the rules ran on to "số" ("Đội Kiểm soát số | 1") gives it back to the label: `nameEnd` is
 * where the name ends without it, `end` the token after the number.
 */
export function unitNumberAt(ctx: SentenceContext, k: number): { label: string; nameEnd: number; end: number } | null {
  const { tokens, text } = ctx;
  const isSo = (t: Token | undefined) => t?.lower === 'số' && /^ +$/.test(t.gap);
  const at = isSo(tokens[k]) ? k + 1 : k;
  const n = tokens[at];
  if (!n || !/^ +$/.test(n.gap) || !/^\d{1,3}$/.test(n.text)) return null;
  if (/^(?:[./,:–-]\d|[/%])/.test(text.slice(n.end, n.end + 2))) return null;
  const nameEnd = at === k && isSo(tokens[k - 1]) ? k - 1 : k;
  return { label: tokens.slice(nameEnd, at + 1).map((t) => t.text).join(' '), nameEnd, end: at + 1 };
}

/**
 * "Văn phòng PMU | 18", "Nhà máy Thủy điện Sông Côn | 2", "Ban Chỉ đạo | 389 tỉnh Lạng Sơn": a
 * number right after a name numbers the unit, plant or project, and is part of its name:
 * - when the archive names the unit so (`kg lexicon mine` counts the numbers after each name,
 *   and keeps one that most of them are): then a place right after it is the unit's too, and the
 *   lowercase words the archive's sightings go on with ("Ban Chỉ đạo 389 | quốc gia"); not before a
 *   person's name, which makes it a house number ("Văn phòng Luật sư 282 Nguyễn Chí Thanh");
 * - else only when the sentence then ends, breaks (",", ")", ";") or goes on with a link or a
 *   verb: before anything else the number counts something ("Bệnh viện Bạch Mai | 3 ngày qua").
 * A year, a score ("… 2 - 1") or a decimal is never taken.
 */
function numberTail(ctx: SentenceContext, i: number, run: NameRun): NameRun {
  const { tokens, text } = ctx;
  const number = run.content === 0 ? null : unitNumberAt(ctx, run.end);
  if (!number) return run;
  const name = text.slice(tokens[i]!.start, tokens[number.nameEnd - 1]!.end);
  // "Văn phòng Luật sư 282 | Nguyễn Chí Thanh": before a street named after a person, a house number.
  const address = tokens[number.end]?.cap === true && looksLikeFullName(tokens, number.end);
  if (numberedUnit(name, number.label) && !address) {
    const place = isSpaceGap(tokens[number.end]?.gap ?? '') ? placeAt(tokens, number.end) : null;
    const numbered = { ...run, end: place ? place.end : number.end };
    return place ? numbered : frequentContinuation(ctx, i, numbered);
  }
  const next = tokens[number.end];
  const rest = text.slice(tokens[number.end - 1]!.end, next ? next.start : undefined);
  // "… 5, 6 năm nay": a number after the comma makes the first one part of a range or a list.
  const ends = next ? /^\s*[,;)]\s*$/.test(rest) && !/^\d/.test(next.text) : /^\s*(?:[.!?…]\s*)?$/.test(rest);
  const links = !!next && /^ +$/.test(rest) && !next.cap && AFTER_NAME_NUMBER.has(next.lower);
  return ends || links ? { ...run, end: number.end } : run;
}

/**
 * "Công ty TNHH số" (a legal form, then a lowercase word), "Tập đoàn Nhật Bản" (a Japanese group):
 * a company head with no proper name of its own.
 */
function notACompanyName(tokens: Token[], headKey: string, headEnd: number, run: NameRun): boolean {
  if (!COMPANY_HEADS.has(headKey)) return false;
  if (run.proper === 0 && !tokens[run.end - 1]!.cap) return true;
  const place = placeAt(tokens, headEnd);
  return place !== null && !place.prefixed && place.end === run.end;
}

/**
 * "Trường Giang", "Trường Sơn", "(68) Trường Chinh": a head that is also a given name, and one
 * Vietnamese syllable of two letters or more after it, is a person's name, a place or a street
 * (the caller keeps a company the article gives an acronym: "Trường Hải (Thaco)").
 */
function givenNameAndSyllable(tokens: Token[], headKey: string, headEnd: number, run: NameRun): boolean {
  const only = tokens[headEnd];
  const next = tokens[headEnd + 1];
  // "Trường Giang, Xuân Thành", "Trường Giang và Trung Vĩnh" (read on over "và"): a list of names.
  const listed = !!next && (/^[,;]/.test(next.gap) || (isSpaceGap(next.gap) && next.lower === 'và'));
  if (!GIVEN_NAME_HEADS.has(headKey) || (run.end !== headEnd + 1 && !listed)) return false;
  return !!only && only.cap && !only.acronym && only.text.length > 1 && SYLLABLES.has(only.lower);
}

/**
 * "Công ty A bán hàng cho Công ty B", "công ty X", "Công ty A và B": one capital letter after a
 * company head is a worked example's placeholder or a name withheld, no company (the archive
 * names "Công ty A" 218 times, in tax questions and court reports). "Bệnh viện K", a hospital,
 * has no company head.
 */
function placeholderCompany(tokens: Token[], headKey: string, headEnd: number, run: NameRun): boolean {
  if (!COMPANY_HEADS.has(headKey) || run.end <= headEnd) return false;
  // "Công ty A và B": letters and the links between them. "Ngân hàng Á Châu" is a name ("Á", Asia).
  return tokens.slice(headEnd, run.end).every((t, k) => (k % 2 === 0 ? /^[A-Z]$/.test(t.text) : t.lower === 'và'));
}

/** Words of a photo credit or caption glued after a name. */
const PHOTO_WORDS = new Set(['ảnh', 'nguồn', 'clip', 'video']);

/** A name seen this often in the archive is settled; a longer form seen once may be glued text. */
const SETTLED_NAME = 20;

/**
 * C-value style boundary (Frantzi et al. 2000): "Ngân hàng Thế giới Paul Wolfowitz", "Tổng cục Hải
 * quan chuyển" are seen (almost) never whole, while "Ngân hàng Thế giới" and "Tổng cục Hải quan"
 * are named thousands of times: the name ends where the frequent prefix ends. A place after the
 * name ("Cục Hải quan Thanh Hóa") is never cut off: it names a local unit.
 */
function frequentPrefix(ctx: SentenceContext, i: number, headKey: string, headEnd: number, run: NameRun): NameRun {
  const { tokens, text } = ctx;
  if (run.content === 0 || run.end - headEnd < 2) return run;
  const whole = headedCount(text.slice(tokens[i]!.start, tokens[run.end - 1]!.end));
  if (whole >= SETTLED_NAME) return run;
  for (let k = run.end - 1; k > headEnd; k--) {
    // "Công ty Đầu tư | Hoàng Quân": a prefix that names no one body is never where the name ends.
    if (!gluedTail(tokens, k, run.end) || onlySubtype(tokens, headEnd, k) || onlyActivity(tokens, headKey, headEnd, k)) continue;
    const prefix = headedCount(text.slice(tokens[i]!.start, tokens[k - 1]!.end));
    if (prefix >= SETTLED_NAME && prefix >= SETTLED_NAME * whole) return { end: k, content: run.content, proper: run.proper };
  }
  return run;
}

/** Words after which a name goes on with a capitalised word or a number ("về Trật tự", "khu vực 1", "số 7"). */
const OPEN_ENDS = new Set(['về', 'vực', 'số', 'của', 'và', 'cho', 'tại', 'các', 'thuộc']);

/**
 * The other side of the C-value boundary: "Cục Kiểm tra | sau thông quan", "Cục Giám sát | quản lý
 * về hải quan" run on in lowercase where the rules stop; when most of the archive's sightings of
 * the name go on with the same words, they are taken in (never ending inside a dictionary word).
 */
function frequentContinuation(ctx: SentenceContext, i: number, run: NameRun): NameRun {
  const { tokens } = ctx;
  if (run.content === 0) return run;
  const found = continuationFrom(ctx, i, run, run.end);
  if (found !== run) return found;
  // "Viện Y học Lâm sàng Các | bệnh nhiệt đới": a function word written with a capital, which the
  // name rules took in, may open the continuation.
  const last = tokens[run.end - 1]!;
  return run.end - 1 > i && last.cap && !last.acronym && isStop(tokens, run.end - 1) ? continuationFrom(ctx, i, run, run.end - 1) : run;
}

function continuationFrom(ctx: SentenceContext, i: number, run: NameRun, from: number): NameRun {
  const { tokens, text } = ctx;
  // "ĐH Ngoại ngữ Tin học TP HCM | công bố điểm", "Toà án Tối cao Ukraina | công nhận …": after a
  // place the name is whole; lowercase words repeated after it are a headline's, however often.
  if (endsInPlace(tokens, i, from)) return run;
  const name = text.slice(tokens[i]!.start, tokens[from - 1]!.end);
  const words: string[] = [];
  let best = -1;
  // "… | đã", "… | vừa": after a stop word the sentence goes on, unless nearly every sighting goes on alike.
  const stopFirst = isStop(tokens, from);
  for (let k = from; k < tokens.length && words.length < MAX_CONTINUATION; k++) {
    const t = tokens[k]!;
    if (!continuesLowercaseRun(tokens, k)) break;
    words.push(t.lower);
    const phrase = words.join(' ');
    const next = tokens[k + 1];
    const midWord = !!next && !next.cap && continuesLowercaseRun(tokens, k + 1) && WORDS.has(`${t.lower} ${next.lower}`);
    // "… tội phạm về | ma túy", "… khu vực | 1": a name never ends on a word that needs more after
    // it (the archive's continuations are cut at ten syllables, some on such a word).
    const open = OPEN_ENDS.has(t.lower);
    // A name seen too rarely to have its own continuation borrows those of names ending alike
    // ("Đảng ủy Cảnh sát | biển" as "Bộ Tư lệnh Cảnh sát | biển"), never one opened by a stop word.
    const continues = continuesName(name, phrase, stopFirst) || (!stopFirst && coreContinues(name, phrase));
    if (!midWord && !open && continues) best = k + 1;
  }
  if (best < 0) return run;
  // "… cửa khẩu sân bay quốc tế | Nội Bài", "Viện Vệ sinh dịch tễ | T.Ư": a place, or "central",
  // right after the continuation is the unit's.
  const place = isSpaceGap(tokens[best]?.gap ?? '') ? placeAt(tokens, best) : null;
  return { ...run, end: place ? place.end : centralEnd(tokens, best) ?? best, content: run.content + 1 };
}

/** "T.Ư", "TƯ", "TW", "Trung ương" (central, as against a province's) at tokens[k]: where it ends. */
function centralEnd(tokens: Token[], k: number): number | null {
  const t = tokens[k];
  if (!t || !isSpaceGap(t.gap)) return null;
  if (t.text === 'T.Ư' || t.text === 'TƯ' || t.text === 'TW') return k + 1;
  const next = tokens[k + 1];
  return t.text === 'Trung' && next?.text === 'ương' && isSpaceGap(next.gap) ? k + 2 : null;
}

/** Whether the name tokens[i..end) ends with a place ("… TP HCM", "… Ukraina"). */
function endsInPlace(tokens: Token[], i: number, end: number): boolean {
  for (let k = Math.max(i + 1, end - 4); k < end; k++) if (placeAt(tokens, k)?.end === end) return true;
  return false;
}

/**
 * What text glued onto a name looks like: a person's or another capitalised name ("… Paul
 * Wolfowitz", "… Ảnh"), or one lowercase word, maybe before capitals ("… chuyển", "… xếp VN").
 * Never a place, and never lowercase words of the name itself ("… quốc tế Anh", "… phát triển du lịch").
 */
function gluedTail(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (placeAt(tokens, from) !== null) return false;
  const rest = tokens.slice(from + 1, to);
  if (first.cap) {
    // A person's name ("Nguyễn Văn A", "Paul Wolfowitz") or a caption word; never a place in it.
    const personLike = looksLikeFullName(tokens, from) || isForeignWord(first) || PHOTO_WORDS.has(first.lower);
    return personLike && rest.every((t) => t.cap) && tokens.slice(from, to).every((_, n) => placeAt(tokens, from + n) === null);
  }
  return rest.every((t) => t.cap) && (!insideWord(tokens, from) || opensSentenceWord(tokens, from));
}

/**
 * "Bộ Công Thương | yêu cầu": a lowercase syllable that ends a word begun by the name's last,
 * capitalised syllable ("Thương yêu") but opens a word with the next one ("yêu cầu") belongs to
 * the sentence.
 */
function opensSentenceWord(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return !!prev && prev.cap && !!next && !next.cap && isSpaceGap(next.gap) && WORDS.has(`${t.lower} ${next.lower}`);
}

/** Is tokens[k] a later syllable of a word that starts before it ("Vận tải | biển", "Hỗ | trợ")? */
function insideWord(tokens: Token[], k: number): boolean {
  for (let s = k - 1; s >= Math.max(0, k - 3); s--) if (Math.max(wordLength(tokens, s), nameWordLength(tokens, s)) > k - s) return true;
  return false;
}

/** Federations of associations: "Liên hiệp các Hội khoa học …", "Liên đoàn Các Hội …" name their members. */
const FEDERATIONS = new Set(['lien hiep', 'lien doan', 'hiep hoi', 'lien minh']);

function federationOf(tokens: Token[], at: number, headKey: string): number {
  const t = tokens[at];
  if (!FEDERATIONS.has(headKey) || !t || t.lower !== 'các' || !isSpaceGap(t.gap)) return at;
  return HEAD_INDEX.match(tokens, at + 1, sameWords) ? at + 1 : at;
}

/** "Ban Giám đốc", "Hội đồng quản trị": a board, named by the organisation it runs. */
const BOARDS = new Set(['ban giam doc', 'ban dieu hanh', 'ban lanh dao', 'hoi dong quan tri', 'hoi dong thanh vien']);

/** Does a board's name ("Ban Giám đốc …", "Hội đồng quản trị …") start at tokens[i]? */
function isBoardName(tokens: Token[], i: number): boolean {
  return [3, 4].some((n) => BOARDS.has(tokens.slice(i, i + n).map((t) => t.fold).join(' ')));
}

/** "Ban Giám đốc Ngân hàng Thế giới", "Hội đồng quản trị Tập đoàn X": the board and its organisation. */
function boardOf(tokens: Token[], headKey: string, headEnd: number, run: NameRun): NameRun {
  if (headKey !== 'ban' && headKey !== 'hoi dong') return run;
  const start = headEnd - (headKey === 'ban' ? 1 : 2);
  const boardEnd = [start + 3, start + 4].find((e) => BOARDS.has(tokens.slice(start, e).map((t) => t.fold).join(' ')));
  if (boardEnd === undefined || (run.content > 0 && run.end !== boardEnd)) return run;
  // A board with no organisation named ("Ban Giám đốc đã họp") is no entity of its own.
  const none: NameRun = { end: boardEnd, content: 0 };
  run = { end: boardEnd, content: 1 };
  const next = tokens[run.end];
  if (!next || !isSpaceGap(next.gap)) return none;
  const known = KNOWN_ORG_INDEX.match(tokens, run.end, firstCap);
  if (known) return { end: known.end, content: run.content + 1 };
  const head = HEAD_INDEX.match(tokens, run.end, sameWords);
  if (!head || !next.cap) return next.cap && next.latin ? { end: run.end + 1, content: 2 } : none; // "Ban điều hành Eximbank"
  const org = extendName(tokens, head.end, { strictNames: true, stopBeforeName: looksLikeFullName });
  return org.content > 0 ? { end: org.end, content: run.content + org.content } : none;
}

/** "Ngân hàng … Việt Nam – Chi nhánh Đông Bình Dương": a branch named after its parent is one name. */
function branchOf(tokens: Token[], run: NameRun): NameRun {
  const chi = tokens[run.end];
  const nhanh = tokens[run.end + 1];
  if (run.content === 0 || !chi || chi.lower !== 'chi' || nhanh?.lower !== 'nhánh' || !/^ ?[-–]? ?$/.test(chi.gap) || !isSpaceGap(nhanh.gap)) return run;
  const rest = extendName(tokens, run.end + 2, { strictNames: true, stopBeforeName: looksLikeFullName });
  return rest.content > 0 ? { end: rest.end, content: run.content + rest.content } : run;
}

/** "(Eximbank - mã CK: EIB)", "(Vinamilk, HoSE: VNM)": the short name and the stock ticker in brackets. */
const TICKER_LABEL = /^(?:mã CK|mã chứng khoán|mã cổ phiếu|mã|HoSE|HOSE|HNX|UPCoM|UPCOM)\s*:\s*$/u;

/** The short name before a stock ticker in brackets, and where the bracket closes. */
function tickerBracket(ctx: SentenceContext, end: number): { alias: string; end: number } | null {
  const { tokens, text } = ctx;
  const short = tokens[end];
  if (!short || !/^\s*\($/.test(short.gap) || !short.cap) return null;
  const colon = text.indexOf(':', short.end);
  if (colon < 0 || colon - short.end > 25) return null;
  // Between the short name and the colon: the label ("- mã CK"); after it, the ticker and ")".
  const label = text.slice(short.end, colon + 1).replace(/^\s*[-–,]?\s*/u, '');
  const ticker = tokens.find((t) => t.start > colon);
  if (!TICKER_LABEL.test(label) || !ticker?.acronym || text[ticker.end] !== ')') return null;
  return { alias: short.text, end: ticker.end + 1 };
}

/** "(WB)" right after a name, or " - VIECA": an acronym the text gives for it. */
export function aliasesAfter(ctx: SentenceContext, end: number): string[] {
  const brand = parenthesizedBrand(ctx, end);
  if (brand) return [brand];
  const t = ctx.tokens[end];
  // "(WB)", "(SeABank)", "(Vinamilk)": an acronym or a one-word brand.
  if (!t || !(t.acronym || (t.latin && t.cap && (/\p{Ll}\p{Lu}/u.test(t.text) || !SYLLABLES.has(t.lower))))) return [];
  const closes = ctx.tokens[end + 1]?.gap ?? ctx.text.slice(t.end, t.end + 1);
  if (/^\s*\($/.test(t.gap) && /^\)/.test(closes)) return [t.text];
  if (/^\s[-–]\s$/.test(t.gap) && !ctx.tokens[end + 1]) return [t.text];
  if (/^\s[-–]\s$/.test(t.gap) && /^[\s,.;]/.test(closes)) return [t.text];
  return [];
}

/**
 * "Viện Nghiên cứu", "Trung tâm Tư vấn", "Công ty Đầu tư": the head of a body that has a name
 * of its own (a company, an institute, a school: not "Bộ Xây dựng") and one activity, however
 * capitalised, says what kind of body it is, not which one; its name is cut short or not given.
 */
function onlyActivity(tokens: Token[], headKey: string, from: number, to: number): boolean {
  return PERSON_NAMED_HEADS.has(headKey) && NAME_VERBS.has(phraseKey(tokens.slice(from, to).map((t) => t.lower).join(' ')));
}

/** "Công ty TNHH", "trường Trung học": the words after the head only say what kind of body it is. */
function onlySubtype(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return words.every((t) => SUBTYPE_WORDS.has(t.fold)) || SUBTYPE_WORDS.has(phraseKey(words.map((t) => t.lower).join(' ')));
}

/** A head noun with no name after it: "Sở đã triển khai…", "Hiệp hội phối hợp với…". */
function isBareHead(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  return !next || !isSpaceGap(next.gap) || !next.cap || looksLikeFullName(tokens, end); // "Giám đốc Sở | Trần Văn Hậu"
}

/** "ngành Ngân hàng", "các Bộ": a sector or a plural, not a back-reference. */
const NOT_BEFORE_BARE = new Set(['ngành', 'lĩnh', 'vực', 'hệ', 'thống', 'khối', 'các', 'những', 'toàn', 'mọi', 'nhiều']);

function bareHead(ctx: SentenceContext, i: number, end: number): Candidate | null {
  const prev = ctx.tokens[i - 1];
  if (prev && NOT_BEFORE_BARE.has(prev.lower)) return null;
  // Sentence-initial "Sở" is a back-reference only before a lowercase word ("Sở đã kiểm tra…").
  const next = ctx.tokens[end];
  if (i === 0 && (!next || next.cap)) return null;
  const s = span(ctx, i, end);
  return { type: 'Organization', ...s, name: s.text, aliases: [], confidence: 0.5, rule: 'org-bare-head', tier: TIER.anaphor, anaphor: true };
}

/**
 * The brand a company name is known by: "Công ty Netrix" → "Netrix", "Công ty Cloudway Hàn Quốc"
 * → "Cloudway", "Tập đoàn HTM" → "HTM", "Tổng Công ty Vận tải Mekongtrans" → "Mekongtrans".
 */
function brandCore(ctx: SentenceContext, from: number, to: number): string | null {
  const { tokens } = ctx;
  let end = to;
  for (let k = from + 1; k < to; k++) if (placeAt(tokens, k)?.end === to) { end = k; break; }
  let start = from;
  while (start < end && SUBTYPE_WORDS.has(tokens[start]!.fold)) start++;
  const core = tokens.slice(start, end);
  if (core.length === 0) return null;
  const text = (a: number, b: number): string => ctx.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  if (core.length <= 3 && core.every((t) => t.latin && t.cap)) return text(start, end);
  const last = core[core.length - 1]!;
  // "Du lịch Saigontourist": a field of business, then the brand ("Phúc Long Heritage" is one name).
  const field = phraseKey(core.slice(0, -1).map((t) => t.lower).join(' '));
  if (last.latin && !last.acronym && !SYLLABLES.has(last.lower) && NAME_WORDS.has(field)) return text(end - 1, end);
  return null;
}

/** "Nguyễn Minh Hồng" after "Thứ trưởng Bộ TT&TT": a surname and 1–3 more capitalised syllables. */
export function looksLikeFullName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !SURNAMES.has(t.lower)) return false;
  // "Công Thương", "Văn hóa": a word, not a name.
  const next = tokens[i + 1];
  if (next && WORDS.has(`${t.lower} ${next.lower}`)) return false;
  let n = 1;
  while (tokens[i + n]?.cap && isSpaceGap(tokens[i + n]!.gap) && !tokens[i + n]!.acronym && n < 4) n++;
  return n >= 2 && titleAt(tokens, i) === null;
}

/** "(FPT Telecom)", "(Samsung Electronics)": two or three capitalised Latin words in brackets. */
function parenthesizedBrand(ctx: SentenceContext, end: number): string | null {
  const { tokens } = ctx;
  const first = tokens[end];
  if (!first || !/^\s*\($/.test(first.gap)) return null;
  let j = end;
  while (j < tokens.length && j - end < 3 && tokens[j]!.cap && tokens[j]!.latin && (j === end || isSpaceGap(tokens[j]!.gap))) j++;
  if (j - end < 2) return null;
  const after = ctx.text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 1);
  return after === ')' ? ctx.text.slice(first.start, tokens[j - 1]!.end) : null;
}
