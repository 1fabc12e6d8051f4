// Foreign and brand names as Organizations: runs of capitalised Latin-script words that are not
// Vietnamese syllables ("FutureGov", "Future Gov", "Intel", "Samsung Electronics Co.Ltd",
// "PSA Peugeot Citroen"), CamelCase ("MobiFone", "SeABank"), and acronyms the article defined
// earlier ("… (VIA)" → a later "VIA").
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { CLAUSE_OPENERS, CORPORATE_SUFFIXES, ENGLISH_AWARD_ENDS, ENGLISH_EVENT_ENDS, ENGLISH_EVENT_STARTS, ENGLISH_SOFTWARE_ENDS, ENGLISH_ORG_WORDS, NOT_ENTITIES, SYLLABLES } from '../../lexicon/entity-lexicons.ts';
import { YEAR, peopleOrLanguageAt, placeAt, titleAt } from './names.ts';
import { aliasesAfter } from './org-rule.ts';
import { foldKey } from '../../../domain/fold.ts';
import { latinEvidence, latinVerdict, minedExpansion, type LatinEvidence, type LatinVerdict } from '../../lexicon/mined.ts';
import { CONTEXT, contextBefore, personCueBefore } from '../../lexicon/context-cues.ts';
import { isSpaceGap, phraseBefore, type Token } from '../../lexicon/tokens.ts';
import { GIVEN_NAMES } from '../../lexicon/given-names.ts';
import { joinsTwoClubs } from './results-table.ts';
import { COUNTRIES } from '../../lexicon/gazetteer.ts';

const CAMEL = /\p{Ll}\p{Lu}/u;
/** "McClellan", "MacMillan": family names, not CamelCase brands. */
const SCOTTISH_NAME = /^Ma?c\p{Lu}\p{Ll}+$/u;
/** CamelCase that marks a brand ("MobiFone", "PartyGaming"), not a family name. */
const brandCamel = (t: Token) => CAMEL.test(t.text) && !SCOTTISH_NAME.test(t.text);

/** A token that can only be foreign: "Intel", "Gov", "MobiFone"; not "Sở", "Long", "An". */
export function isForeignWord(t: Token): boolean {
  if (!t.cap || !t.latin || t.acronym) return false;
  if (CAMEL.test(t.text)) return true;
  return !SYLLABLES.has(t.lower) || /[fjwz]/i.test(t.text);
}

/** "HLV", "TS", "CEO": a title or a person's role written in capitals. */
function titleAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.acronym && (titleAt(tokens, i) === i + 1 || (i + 1 < tokens.length && personCueBefore(tokens, i + 1)));
}

function continuesBrand(t: Token, i: number, from: number): boolean {
  if (!t.cap || !t.latin || NOT_ENTITIES.has(t.fold)) return false;
  if (i === from) return true;
  // "Samsung Electronics Co.Ltd": a dot without space only inside a corporate suffix.
  if (t.gap === '.' && CORPORATE_SUFFIXES.has(t.fold)) return true;
  // "Standard & Poor's", "Procter & Gamble": an ampersand joins the partners of one firm's name.
  if (t.gap === ' & ') return true;
  // "Mercedes-Benz", "Rolls-Royce", "Al-Shaheen": a hyphen with no space joins one word to one
  // word; either half alone is the name cut short. Longer runs on either side ("Sheffield
  // United-Portsmouth") are a fixture of two names; a code in capitals ("We-FI", "PC-BTC") is
  // an acronym the name rules read in its brackets.
  if (t.gap === '-') return i === from + 1 && !t.acronym;
  return isSpaceGap(t.gap);
}

export function recognizeBrands(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let i = 0;
  let lastEnd = -1;
  while (i < tokens.length) {
    // Only a brand cut short right before, with nothing but a space between, may have text glued on:
    // "BBC Gavyn Davis", not "JP Morgan Chase, Wells Fargo" (a list).
    const c = brandAt(ctx, i, i === lastEnd && isSpaceGap(tokens[i]!.gap)) ?? definedAcronym(ctx, i);
    if (c) {
      out.push(c.candidate);
      i = lastEnd = c.end;
    } else i++;
  }
  return out;
}

function brandAt(ctx: SentenceContext, i: number, afterBrand: boolean): { candidate: Candidate; end: number } | null {
  const { tokens } = ctx;
  const first = tokens[i]!;
  if (!first.cap || !first.latin || NOT_ENTITIES.has(first.fold)) return null;
  // "HLV Trapattoni", "TS Smith": a title written as an acronym opens no brand; the name after it is read alone.
  if (titleAcronym(tokens, i)) return null;
  // "Việt | Nam Ann": a brand starts where a capitalised run starts (or where a brand cut short ended).
  const prev = tokens[i - 1];
  // "al-Malazz", "e-Commerce": the end of a hyphenated word is no name of its own.
  if (prev && first.gap === '-' && !prev.cap) return null;
  // "Standard & | Poor's", "Harpers & | Queen": the second half of a joined name, read (and judged) whole from its start.
  if (prev && prev.cap && prev.latin && (first.gap === ' & ' || first.gap === '-')) return null;
  // "Khi Samsung muốn …", "Sau Google, …": a Vietnamese word opening the clause; the brand starts after it.
  if (CLAUSE_OPENERS.has(first.text) && tokens[i + 1]?.cap && isSpaceGap(tokens[i + 1]!.gap)) return null;
  const afterOpener = !!prev && CLAUSE_OPENERS.has(prev.text);
  const afterTitle = i > 0 && titleAcronym(tokens, i - 1);
  // "ngân hàng Nga | Vneshtorgbank", "hãng Mỹ | Lurhq": a country in Vietnamese spelling tells where the brand is from.
  const gluedToPrevious = !afterBrand && !afterTitle && !afterOpener && !afterVietnamesePlace(tokens, i) && !afterPeople(tokens, i) && !!prev && prev.cap && isSpaceGap(first.gap) && (prev.latin || (placeAt(tokens, i - 1)?.end ?? 0) > i);
  // "nhà lãnh đạo Palestine | Mahmoud Abbas": after a country's name only a person is read (below).
  const afterCountryOnly = gluedToPrevious && afterCountry(tokens, i);
  if (gluedToPrevious && !afterCountryOnly) return null;
  let j = i;
  // "Volkswagen | Trung Quốc": a place ends the brand (and may join it below).
  while (j < tokens.length && continuesBrand(tokens[j]!, j, i) && (j === i || placeAt(tokens, j) === null)) j++;
  j = frequentPrefixEnd(ctx, i, j);
  j = ofTailEnd(tokens, i, j);
  // "Nga | Vneshtorgbank": the run is read again after the country (see afterVietnamesePlace).
  const lead = placeAt(tokens, i);
  if (lead && lead.end < j && tokens.slice(i, lead.end).every((t) => SYLLABLES.has(t.lower) && !isForeignWord(t))) return null;
  // "Palestine | Mahmoud Abbas", "Israel | Moshe Yaalon": a country, then a person read on its own. A
  // country that is also a given name needs a full name after it ("Chad Gould" is one person).
  const fullNameAfter = !GIVEN_NAMES.has(first.text) || (lead?.end ?? j) < j - 1;
  if (lead && lead.end < j && COUNTRIES.has(lead.canonical) && fullNameAfter && personAfter(ctx, lead.end, j)) return null;
  const run = tokens.slice(i, j);
  const latinPlaceAfter = tokens[j]?.latin === true && isSpaceGap(tokens[j]!.gap) && placeAt(tokens, j) !== null; // "FSI Vietnam"
  if (!(run.some(isForeignWord) || (latinPlaceAfter && run.every((t) => t.acronym))) || run.every((t) => NOT_ENTITIES.has(t.fold))) return null;
  // "Bank", "Group", "Media" alone: a company word, not a company.
  if (run.length === 1 && (first.text.length < 3 || ENGLISH_ORG_WORDS.has(first.fold))) return null;
  const place = placeAt(tokens, i);
  if (place && place.end >= j) return null; // "Vietnam", "Singapore": a place, not a brand
  if ((peopleOrLanguageAt(tokens, i) ?? 0) >= j) return null; // "người Italy": Italians, not a brand
  if (joinsTwoClubs(ctx, i, j)) {
    ctx.skipped.set(`brand:${runText(ctx, i, j)}`, `recognize: "${runText(ctx, i, j)}" (sentence ${ctx.sentence.index}) joins two clubs' names in a results table; skipped`);
    return null;
  }
  let end = j;
  const after = tokens[j];
  const placeAfter = after && isSpaceGap(after.gap) ? placeAt(tokens, j) : null;
  if (placeAfter) end = placeAfter.end; // "Intel Việt Nam", "Volkswagen Trung Quốc": a national branch
  // "Western Sydney University", "Bank of America": a company word after the place is the name's own end.
  while (placeAfter && tokens[end] && isSpaceGap(tokens[end]!.gap) && tokens[end]!.latin && ENGLISH_ORG_WORDS.has(tokens[end]!.fold)) end++;
  // "một số CLB Italy", "các CLB Anh": the clubs of a country, not one club's name.
  if (placeAfter && run.every((t) => t.acronym) && pluralBefore(tokens, i)) return null;
  // "Tiger Cup", "US Open", "Grand Prix Italy", "Serie A", "Cup UEFA": a competition, not an organisation.
  if (run.length > 1 && (ENGLISH_EVENT_ENDS.has(run[run.length - 1]!.text) || ENGLISH_EVENT_STARTS.has(run[0]!.text))) return null;
  // "Olympic Sydney" (the games a city holds), not "Olympic VN" (a country's team).
  if (ENGLISH_EVENT_STARTS.has(first.text) && placeAfter && !COUNTRIES.has(placeAfter.canonical)) return null;
  // "Windows Server", "VPN Client": a program.
  if (run.length > 1 && ENGLISH_SOFTWARE_ENDS.has(run[run.length - 1]!.text)) return null;
  const s = span(ctx, i, end);
  // "Northern Rail Systems Corp (NRS)": the bracket defines an acronym a later "NRS" refers to.
  const aliases = aliasesAfter(ctx, end).filter((a) => /^[\p{Lu}\p{N}&-]{2,}$/u.test(a));
  for (const a of aliases) if (!ctx.acronyms.has(foldKey(a))) ctx.acronyms.set(foldKey(a), s.text);
  // "Asia Pacific Stevie Awards", "Nobel Prize": a foreign award, not a company.
  if (run.length > 1 && !placeAfter && ENGLISH_AWARD_ENDS.has(run[run.length - 1]!.text)) {
    return { candidate: { type: 'Award', ...s, name: s.text, aliases, confidence: 0.7, rule: 'award-english', tier: TIER.brand }, end };
  }
  // What the archive says the run is (data/mined/latin-runs.json): "Page Setup" is never named as
  // an organisation, "Kerry" is named after "ông" and "Thượng nghị sĩ", "Grab" after "hãng".
  // "BBC | Gavyn Davis": the words after a brand cut short are the person it was glued to.
  const glued = afterBrand && run.length > 1 && !run.some((t) => MODEL_CODE.test(t.text)) && latinVerdict(runText(ctx, i, j)) !== 'organisation';
  const verdict = glued ? 'person' : brandVerdict(ctx, i, j, placeAfter !== null);
  if (afterCountryOnly && verdict !== 'person') return null;
  if (verdict === 'not-organisation') {
    ctx.skipped.set(`brand:${s.text}`, `recognize: "${s.text}" (sentence ${ctx.sentence.index}) is never named as an organisation in the mined archive; skipped`);
    return null;
  }
  if (verdict === 'person' && run.every((t, k) => nameWord(t, k, run) && !brandCamel(t))) return { candidate: { type: 'Person', ...s, name: s.text, aliases: [], confidence: 0.6, rule: 'person-mined', tier: TIER.person }, end };
  if (run.length === 1 && !placeAfter && verdict !== 'organisation' && !singleWordBrand(ctx, i)) {
    ctx.skipped.set(`brand:${first.text}`, `recognize: "${first.text}" (sentence ${ctx.sentence.index}) may be a brand, but it is named once with no company cue; skipped`);
    return null;
  }
  const candidate: Candidate = { type: 'Organization', ...s, name: s.text, aliases, confidence: run.length > 1 ? 0.7 : 0.6, rule: 'org-brand', tier: TIER.brand };
  return { candidate, end };
}

/** Function words inside a foreign body's name, after its company word ("Institute of …", "Club de …"). */
const NAME_LINKS = new Set(['of', 'for', 'de', 'du', 'des']);

/**
 * "Basketball Association | of the Philippines", "Indian Institute | of Management", "Bank | of
 * America", "Royal Automovil Club | de Catalunya": after a company word ("Association",
 * "Institute", "Club", "Bank"…), "of", "for" or "de" (and "the") and the capitalised words after
 * them are the name's own, places included. Returns the run's new end, or `j` unchanged.
 */
function ofTailEnd(tokens: Token[], i: number, j: number): number {
  const last = tokens[j - 1];
  const link = tokens[j];
  if (!last || !link || !ENGLISH_ORG_WORDS.has(last.fold) || !isSpaceGap(link.gap) || !NAME_LINKS.has(link.text)) return j;
  let k = j + 1;
  if (tokens[k]?.text === 'the' && isSpaceGap(tokens[k]!.gap)) k++;
  const start = k;
  while (k < tokens.length && tokens[k]!.cap && tokens[k]!.latin && isSpaceGap(tokens[k]!.gap) && !NOT_ENTITIES.has(tokens[k]!.fold)) k++;
  return k > start && k - i <= MAX_LINKED_NAME ? k : j;
}
/** Longest name (tokens) read over "of"/"de". */
const MAX_LINKED_NAME = 10;

/** "các", "những", "nhiều", "một số" right before tokens[i]: what follows is a kind, not a name. */
function pluralBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === 'số') return tokens[i - 2]?.lower === 'một';
  return prev !== undefined && PLURAL_MARKERS.has(prev);
}
const PLURAL_MARKERS = new Set(['các', 'những', 'nhiều', 'mấy', 'vài']);

/** Words that open a Dutch or German family name. */
const FAMILY_NAME_PARTICLES = new Set(['van', 'von']);

/** Words that end a foreign name of any kind ("Vietnam", "World"), so they tell no company. */
const GENERIC_ENDS = new Set(['vietnam', 'world', 'global', 'international', 'online', 'news', 'times', 'post', 'daily']);

/** "Kienlongbank", "Samsung Electronics", "Vingroup Corp": spelled as a company whatever the context. */
function spelledAsCompany(run: Token[]): boolean {
  const last = run[run.length - 1]!;
  if (/.bank$/i.test(last.text)) return true;
  return run.length > 1 && ENGLISH_ORG_WORDS.has(last.fold) && !GENERIC_ENDS.has(last.fold);
}

/**
 * Organisation, person or neither, from the strongest evidence first: the article's own cue
 * ("hãng X", "X Việt Nam", "ông X", "chọn mục X"), the spelling ("…bank", "… Corp"), the mined
 * archive's contexts for the whole run, and for a run the archive never saw whole, its words:
 * one of them must be a known organisation's, a company word, an acronym or CamelCase
 * ("Return On Equity" has none, "FIS Front Arena" has "FIS").
 */
function brandVerdict(ctx: SentenceContext, i: number, j: number, placeAfter: boolean): LatinVerdict {
  if (placeAfter || companyCued(ctx, i)) return 'organisation';
  const run = ctx.tokens.slice(i, j);
  const runName = runText(ctx, i, j);
  const archive = latinVerdict(runName);
  const evidence = latinEvidence(runName);
  const personShaped = personShapedRun(run);
  const byGivenName = personShaped && archive !== 'organisation' && givenNameFirst(run, evidence);
  // "hệ điều hành Vista ra mắt …": what the archive never names as an organisation but often as
  // a program or a product is not made a company by a cue before it, nor by a verb said of
  // products too ("Grab mua lại …" is the company; "Vista ra mắt" is launched).
  const aThing = archive === 'not-organisation' && mostlyAThingEvidence(evidence);
  // "Intel đầu tư …", but "nhà vật lý Albert Einstein công bố …": persons announce and invest too.
  const act = actsAsCompany(ctx, j);
  if (act && !byGivenName && !(aThing && SAID_OF_PRODUCTS.has(act))) return 'organisation';
  const context = contextBefore(ctx.tokens, i);
  // "cựu lãnh đạo Yasser Arafat": a cue such as "lãnh đạo", "đại diện" also comes before a person;
  // a full name the archive clearly sees as a person's stays one.
  if (context === CONTEXT.organisation && !aThing) return personShaped && run.length > 1 && archive === 'person' ? 'person' : 'organisation';
  if (context === CONTEXT.person) return 'person';
  // "bang Victoria", "sông Mekong", "sân vận động Old Trafford": the article says it is a place.
  if (context === CONTEXT.place) return 'not-organisation';
  const prev = ctx.tokens[i - 1];
  // "CPU Intel Celeron M": the run opens with the kind of product it names.
  if (run.length > 1 && contextBefore(ctx.tokens, i + 1) === CONTEXT.product) return 'not-organisation';
  // "Expro 2005", "Commonweaths 2006", "Office 2003": a year after a name the archive does not
  // know as an organisation's names an edition of an event or a product.
  if (archive !== 'organisation' && yearAt(ctx, j)) return 'not-organisation';
  // "Garmin StreetPilot i3", "Nokia 3310": a model number after the name makes it a product.
  if (modelNumberAt(ctx, j) || (run.length > 1 && MODEL_CODE.test(run[run.length - 1]!.text)) || productLineAt(ctx, i, j, evidence) || makerAndProduct(run)) return 'not-organisation';
  // "Van Nistelrooy", "Von Braun", "Van Der Sar": a Dutch or German family name, whatever the
  // archive's contexts say ("MU Van Nistelrooy" reads like a company's name).
  if (personShaped && run.length > 1 && FAMILY_NAME_PARTICLES.has(run[0]!.lower) && isForeignWord(run[1]!)) return 'person';
  // "tiền đạo X", "HLV X", "mẹ X": a person, unless the archive knows the run as something else
  // ("tiền đạo Liverpool" is a club's striker).
  const personPossible = archive === 'unknown' || archive === 'person';
  if (personShaped && personPossible && personCueBefore(ctx.tokens, i)) return 'person';
  // "Alex Bogdanovic (Anh)": a name with its country in brackets is a player in a sports list.
  if (personShaped && archive !== 'organisation' && countryInBrackets(ctx, j)) return run.length > 1 && personPossible ? 'person' : 'not-organisation';
  // "sâu Myfip … Myfip lây qua thư", "tiền đạo Figo … Figo ghi bàn": the article said what the word is.
  const sense = run.length === 1 ? ctx.namedAsNonOrganisation?.get(run[0]!.text) : undefined;
  if (sense && (archive === 'unknown' || archive === sense)) return sense;
  if (context === CONTEXT.software || context === CONTEXT.product || (run.length === 1 && prev && PRODUCT_NOUNS.has(prev.lower))) return 'not-organisation';
  // "hội chợ Expro", "bão Mitch": an event or a storm; "hội nghị APEC" is a body's meeting.
  if (context === CONTEXT.event && archive !== 'organisation') return 'not-organisation';
  if (spelledAsCompany(run)) return 'organisation';
  if (byGivenName) return 'person';
  if (archive !== 'unknown') return archive;
  // "Chad Gould": a run the archive cannot place whole, made of words it knows, each never named
  // as an organisation and some after "ông", "Tổng thống"…: a given name and a family name.
  if (personShaped && run.length > 1 && (evidence?.organisation ?? 0) < 2 && personWords(run)) return 'person';
  // A run the archive never saw whole, or saw but never once as an organisation ("Didier
  // Drogba", "Scott McClellan"), needs a word that vouches for a company.
  if (run.length > 1 && rarelyOrganisation(evidence)) {
    // "PivotTable Fields", "AutoFit Window": a word of it is known from software menus or products.
    // A product word beside an acronym is a maker's name ("PSA Peugeot Citroen"); a menu word is never one.
    const withAcronym = run.some((t) => t.acronym);
    if (run.some((t) => latinVerdict(t.text) === 'not-organisation' && softwareOrProduct(t.text, !withAcronym))) return 'not-organisation';
    // "McClellan", "MacArthur" are family names, not CamelCase brands; "HLV", "TS" are titles.
    const vouched = run.some((t, k) => (t.acronym && titleAt(ctx.tokens, i + k) === null && (!mostlyAThing(t.text) || run[k + 1]?.gap === '-')) || brandCamel(t) || ENGLISH_ORG_WORDS.has(t.fold) || latinVerdict(t.text) === 'organisation');
    if (!vouched) return 'not-organisation';
  }
  return 'unknown';
}

/** "Elizabeth II", "John Paul II": a regnal number after a name is no acronym. */
const REGNAL_NUMBER = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** No acronym (save a regnal number), CamelCase or company word: "Chad Gould", not "FIS Front Arena". */
function personShapedRun(run: Token[]): boolean {
  return run.every((t, k) => nameWord(t, k, run) && !brandCamel(t) && !ENGLISH_ORG_WORDS.has(t.fold));
}

/** A word of a person's name: not an acronym, save a regnal number closing it ("Elizabeth II", not "Willem II Tilburg"). */
function nameWord(t: Token, k: number, run: Token[]): boolean {
  return !t.acronym || (k > 0 && k === run.length - 1 && REGNAL_NUMBER.test(t.text));
}

/** Person contexts ("ông X") that make a word a family name as well as a company's. */
const MIN_PERSON_SIGHTINGS = 3;

/** "Wilson" (4 organisation, 3 person contexts), not "Ford" (23 to 8): as often a family name as a company's. */
function familyNameToo(word: string): boolean {
  const e = latinEvidence(word);
  return !!e && e.person >= MIN_PERSON_SIGHTINGS && 2 * e.person >= e.organisation;
}

/** Organisation contexts in fewer than one sighting in this many: the archive's odd miscue ("Michael Ballack", once after "CLB"). */
const STRAY_ORGANISATION_SHARE = 50;

/**
 * "Michael Ballack", "Albert Einstein", "John Phillip Forman": a person-shaped run that opens
 * with a common given name is a person's name, unless the archive knows a word of it as a
 * company ("Paris Hilton": "Hilton"), sees the run mostly as software or a product ("Harry
 * Potter" is not yet), or, never having seen the run, sees its first word mostly so ("Page Per
 * Sheet"). The archive's person contexts ("ông X") are rare for sportsmen and stars, who are
 * named by trade ("tiền vệ X") or by nothing at all: the given name is the evidence that does
 * not depend on the sentence. It cannot tell "Aston Villa" (a club) from "Amelie Mauresmo":
 * both are seen only whole and never after "ông", so such clubs come out as persons.
 */
function givenNameFirst(run: Token[], evidence: LatinEvidence | undefined): boolean {
  if (run.length < 2 || run.length > 4 || !GIVEN_NAMES.has(run[0]!.text)) return false;
  // "Al-Qaeda", "Al-Jazeera": a given name stands apart from the family name.
  if (!isSpaceGap(run[1]!.gap)) return false;
  // "Paris Hilton" ("Hilton" is a hotel chain's), but not "Joe Wilson" ("Wilson" also follows "ông").
  if (run.some((t) => latinVerdict(t.text) === 'organisation' && !familyNameToo(t.text))) return false;
  if (!evidence) {
    // "Page Per Sheet": a run the archive never saw, whose first word it mostly sees as software or a product.
    const first = latinEvidence(run[0]!.text);
    return !first || first.software + first.product < 3 || first.software + first.product <= first.person;
  }
  return STRAY_ORGANISATION_SHARE * evidence.organisation < evidence.total && 10 * (evidence.software + evidence.product) < evidence.total;
}

/**
 * Every word seen in the archive and never once in an organisation's context, and the last one
 * (the family name, by which the news names a foreigner: "ông Gould") in a person's: "Chad
 * Gould". A word the archive lacks or has seen as a company's ("Christian Dior"), or a last word
 * never seen after a person's title ("Goldman Sachs"), leaves the run to the other evidence.
 */
function personWords(run: Token[]): boolean {
  const seen = run.map((t) => latinEvidence(t.text));
  return seen.every((e) => e !== undefined && e.organisation === 0) && (seen[seen.length - 1]?.person ?? 0) > 0;
}

/**
 * Never, or hardly ever and no more than as a person, seen in an organisation's context: "Bae Yong
 * Joon" (once after an organisation cue, twice after a person's).
 */
function rarelyOrganisation(e: LatinEvidence | undefined): boolean {
  if (!e || e.organisation === 0) return true;
  return e.organisation < 2 && e.person >= e.organisation;
}

/**
 * Verbs of a company's own deals right after the name: "Grab mua lại …", "Intel tài trợ …".
 * Whole words: "phát hành" and "ra mắt" are a company's, "phát biểu" and "ra đi" anyone's; verbs
 * persons use as often ("giành", "ký", "tuyên bố", "trao tặng") tell nothing.
 */
const COMPANY_ACTS = new Set(['mua lại', 'thâu tóm', 'sáp nhập', 'ký kết', 'tài trợ', 'đầu tư', 'hợp tác', 'phát hành', 'ra mắt', 'công bố']);

/** Company acts also said of a product: it is launched, released. */
const SAID_OF_PRODUCTS = new Set(['phát hành', 'ra mắt']);

/** The company act right after tokens[j - 1] ("mua lại"), or null. */
function actsAsCompany(ctx: SentenceContext, j: number): string | null {
  const next = ctx.tokens[j];
  const after = ctx.tokens[j + 1];
  if (!next || !after || !/^ +$/.test(next.gap) || !/^ +$/.test(after.gap)) return null;
  const verb = `${next.lower} ${after.lower}`;
  return COMPANY_ACTS.has(verb) ? verb : null;
}

/** "i3", "X5", "N95": a model code (letters and digits; a year or a plain count is none). */
const MODEL_CODE = /^(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9]{2,6}$/;

/** A year right after a run, spaced from it: "Expro 2005" (not "Nasdaq-100"). */
function yearAt(ctx: SentenceContext, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && /^ +$/.test(t.gap) && YEAR.test(t.text);
}

/**
 * A model code right after a run ("Nokia 3310"), a number hyphened to it ("Nasdaq-100",
 * "Boeing-747"), or a version ("Netscape 8.0", "Firefox 1.0.3": a thousands dot has three digits
 * after it, "8.000").
 */
function modelNumberAt(ctx: SentenceContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  const next = ctx.tokens[j + 1];
  const version = /^\d{1,2}$/.test(t.text) && next?.gap === '.' && /^\d{1,2}$/.test(next.text);
  return (/^ +$/.test(t.gap) && (MODEL_CODE.test(t.text) || version)) || (t.gap === '-' && /^\d+$/.test(t.text));
}

/**
 * "Dell Dimension 4600", "Nokia Lumia 920": a maker the archive knows, a word it does not know
 * with the maker, and a number: a product line and its model. A score ("Chelsea 2-0"), a time
 * or a date after the number is no model.
 */
function productLineAt(ctx: SentenceContext, i: number, j: number, whole: LatinEvidence | undefined): boolean {
  const number = ctx.tokens[j];
  if (j - i < 2 || !number || !/^ +$/.test(number.gap) || !/^\d{1,5}$/.test(number.text)) return false;
  const after = ctx.tokens[j + 1];
  if (after && /^\s?[-–:/.,]\s?$/.test(after.gap) && /^\d/.test(after.text)) return false;
  return latinVerdict(ctx.tokens[i]!.text) === 'organisation' && (whole?.organisation ?? 0) === 0;
}

/**
 * "Intel Xeon DP", "Microsoft Excel": a maker the archive knows, then a word it has seen three
 * times at least as a product or a program and never as an organisation: the maker's product.
 */
function makerAndProduct(run: Token[]): boolean {
  if (run.length < 2 || latinVerdict(run[0]!.text) !== 'organisation' || ENGLISH_ORG_WORDS.has(run[1]!.fold)) return false;
  const second = latinEvidence(run[1]!.text);
  return !!second && second.organisation === 0 && second.software + second.product >= 3;
}

/**
 * "CPU", "TOEFL", "XP": an acronym the archive sees as a product or software, twice at least and
 * more than twice as often as an organisation. It vouches for no company ("CPU Pentium"), save
 * hyphened to a name ("AC-Nielsen").
 */
function mostlyAThing(acronym: string): boolean {
  return mostlyAThingEvidence(latinEvidence(acronym), 2);
}

/** Seen `least` times at least as software or a product, and more than twice as often as an organisation. */
function mostlyAThingEvidence(e: LatinEvidence | undefined, least = 3): boolean {
  return !!e && e.product + e.software >= least && e.product + e.software > 2 * e.organisation;
}

/** A place spelled in Vietnamese ("Nga", "Mỹ", "Trung Quốc") ends right before tokens[i]. */
function afterVietnamesePlace(tokens: Token[], i: number): boolean {
  const k = startEndingAt(tokens, i, (at) => placeAt(tokens, at)?.end ?? null);
  return k !== null && tokens.slice(k, i).every((t) => SYLLABLES.has(t.lower) && !isForeignWord(t));
}

/** "Palestine | Mahmoud Abbas": a country's name, in any spelling, ends right before tokens[i]. */
function afterCountry(tokens: Token[], i: number): boolean {
  return startEndingAt(tokens, i, (at) => {
    const place = placeAt(tokens, at);
    return place && COUNTRIES.has(place.canonical) ? place.end : null;
  }) !== null;
}

/** Whether tokens[from, to) read as a person's full name: the archive says so, or a given name opens it. */
function personAfter(ctx: SentenceContext, from: number, to: number): boolean {
  const rest = ctx.tokens.slice(from, to);
  if (!personShapedRun(rest) || !isSpaceGap(rest[0]!.gap)) return false;
  const name = runText(ctx, from, to);
  return latinVerdict(name) === 'person' || givenNameFirst(rest, latinEvidence(name));
}

/** "bác sĩ người Italy | Gabriel Fallope": a people's name ends right before tokens[i]. */
function afterPeople(tokens: Token[], i: number): boolean {
  return startEndingAt(tokens, i, (at) => peopleOrLanguageAt(tokens, at)) !== null;
}

/** The nearest start, up to three words back, of a name (`endOf` a start) that ends right before tokens[i]. */
function startEndingAt(tokens: Token[], i: number, endOf: (start: number) => number | null): number | null {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (endOf(k) === i) return k;
  return null;
}

/** "… (Anh)", "… (Tây Ban Nha)": a place alone in brackets right after the run. */
function countryInBrackets(ctx: SentenceContext, j: number): boolean {
  const open = ctx.tokens[j];
  if (!open || !/^\s?\($/.test(open.gap)) return false;
  const place = placeAt(ctx.tokens, j);
  return place !== null && ctx.text[ctx.tokens[place.end - 1]!.end] === ')';
}

function softwareOrProduct(word: string, products: boolean): boolean {
  const e = latinEvidence(word);
  return !!e && e.software + (products ? e.product : 0) > 0;
}

function runText(ctx: SentenceContext, from: number, to: number): string {
  return ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
}

/** "hãng Geely", "tập đoàn Intel": the article itself says a company follows. */
function companyCued(ctx: SentenceContext, i: number): boolean {
  return i > 0 && isSpaceGap(ctx.tokens[i]!.gap) && phraseBefore(ctx.tokens, i, 2, (phrase) => (COMPANY_CUES.has(phrase) ? true : null)) === true;
}

/** Least organisation contexts of a run's prefix before it may cut the run short. */
const FREQUENT_PREFIX = 5;

/**
 * "BBC Gavyn Davis": a run the archive has (almost) never seen whole, whose prefix it knows well
 * as an organisation, ends after that prefix (C-value style: a name extends only while the
 * longer form is itself frequent). The rest is read again from where the prefix ends.
 */
function frequentPrefixEnd(ctx: SentenceContext, i: number, j: number): number {
  if (j - i < 3 || (latinEvidence(runText(ctx, i, j))?.total ?? 0) >= 2) return j;
  // The rest must look like a person's name: two words at least, none a company word ("Co.Ltd").
  for (let k = j - 2; k > i; k--) {
    // "Sony | Ericsson W800i": a model code makes the whole run a product, not a brand and a person.
    if (ctx.tokens.slice(k, j).some((t) => t.acronym || ENGLISH_ORG_WORDS.has(t.fold) || CORPORATE_SUFFIXES.has(t.fold) || MODEL_CODE.test(t.text))) continue;
    const prefix = latinEvidence(runText(ctx, i, k));
    if (prefix && prefix.organisation >= FREQUENT_PREFIX && latinVerdict(runText(ctx, i, k)) === 'organisation') return k;
  }
  return j;
}

function definedAcronym(ctx: SentenceContext, i: number): { candidate: Candidate; end: number } | null {
  const t = ctx.tokens[i]!;
  if (!t.acronym) return null;
  // "Công ty Quản lý cảng biển (PMC)": the bracket is the definition, an alias of the name before it.
  if (/\($/.test(t.gap)) return null;
  const expansion = ctx.acronyms.get(t.fold);
  // "Phòng Cảnh sát kinh tế – PC03": a code after a dash is the same alias, stated in place.
  if (expansion && /^\s?[-–]\s?$/.test(t.gap) && expansion.endsWith(ctx.tokens[i - 1]?.text ?? '\u0000')) return null;
  // An acronym the article never defines, that the archive expands one way ("NHNN" → "Ngân hàng
  // Nhà nước"); when a name of this article ends with it ("Công ty Chứng khoán SSI"), that name.
  const known = expansion || placeAt(ctx.tokens, i) !== null ? null : minedExpansion(t.text);
  const mined = known === null ? null : (ctx.namesByLastWord?.get(t.fold) ?? known);
  if (!expansion && !mined) return null;
  const s = span(ctx, i, i + 1);
  const rule = expansion ? 'org-acronym' : 'org-acronym-mined';
  return { candidate: { type: 'Organization', ...s, name: s.text, aliases: [expansion ?? mined!], confidence: expansion ? 0.85 : 0.7, rule, tier: TIER.known }, end: i + 1 };
}

/** Words before a product, not a company: "mẫu Focus", "xe Touran", "kênh VTV3". */
const PRODUCT_NOUNS = new Set(['mẫu', 'xe', 'dòng', 'chiếc', 'sản', 'phẩm', 'phiên', 'model', 'kiểu', 'máy', 'game', 'trò', 'ứng', 'dụng', 'kênh', 'trang', 'website', 'mạng', 'hệ', 'điều', 'hành', 'công', 'nghệ', 'chuẩn', 'tiêu', 'thương', 'hiệu', 'phần', 'mềm', 'chương', 'trình', 'gói', 'cước', 'thẻ', 'tàu', 'đội']);
/**
 * Words before a company: "hãng Geely", "tập đoàn Intel", "đối tác Supernet", "mua lại Uber",
 * "gia nhập Liverpool"; whole words ("rồi lại Next" is "then Next again"). Not "của", "với",
 * "và", "cùng", "giữa": persons come after them as often.
 */
const COMPANY_CUES = new Set(['hãng', 'tập đoàn', 'công ty', 'đối tác', 'tổ chức', 'mua lại', 'thâu tóm', 'sáp nhập', 'gia nhập']);
/** Sightings after which an archive that (almost) never saw a word as an organisation is telling. */
const SEEN_ENOUGH = 10;
/** Sightings with no organisation context after which a word named twice is no brand. */
const SEEN_WITHOUT_ORGANISATION = 4;
/** A word named twice is a brand when at least one in this many of its sightings is an organisation's. */
const ORGANISATION_SHARE = 100;

/** One capitalised foreign word is a company when CamelCase, cued, or named twice in the article. */
function singleWordBrand(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (prev && PRODUCT_NOUNS.has(prev.lower)) return false;
  // "của X", "và X", "với X" come before persons as often ("của Ballack"): they vouch for no company.
  if (CAMEL.test(t.text) || /['’]s$/.test(t.text) || companyCued(ctx, i)) return true;
  if (actsAsCompany(ctx, i + 1) !== null) return true;
  if (coordinatedWithOrganisation(ctx, i)) return true;
  // Named twice: a brand, unless the archive has seen the word often and (almost) never as an
  // organisation, in fewer than one sighting in a hundred (a player or a soldier named twice in a
  // report: "Graner … Graner"). A higher share would drop brands the news seldom heads with
  // "hãng" ("Alcatel", "Lazada": one sighting in 30 to 50) along with persons ("Gascoigne").
  const seen = latinEvidence(t.text);
  if (seen && seen.total >= SEEN_ENOUGH && ORGANISATION_SHARE * seen.organisation < seen.total) return false;
  // A word the archive has seen four times at least but never once as an organisation's: a
  // player, a film, a missile or a song named twice in its story ("Karbassiyoon", "Prithvi").
  // Of 40 such words drawn from 3,000 articles, 35 were no organisation. Three sightings with
  // no cue at all tell too little ("Geely", a carmaker, in one archive).
  if (seen && seen.total >= SEEN_WITHOUT_ORGANISATION && seen.organisation === 0) return false;
  // "D19", "C9a": a code (a heading, a form's field) named twice is no brand, unless the archive
  // has seen it as an organisation's ("C04", a police department).
  if (MODEL_CODE.test(t.text) && !seen?.organisation) return false;
  return (ctx.latinCounts.get(t.text) ?? 0) >= 2;
}

/**
 * "liên doanh với Ford và Suzuki": listed right after a foreign name the archive knows as an
 * organisation, a word is one of the same kind ("và", "hoặc" alone vouch for nothing).
 */
function coordinatedWithOrganisation(ctx: SentenceContext, i: number): boolean {
  const link = ctx.tokens[i - 1];
  if (!link || !['và', 'hoặc'].includes(link.lower)) return false;
  let start = i - 1;
  while (start > 0 && ctx.tokens[start - 1]!.latin && ctx.tokens[start - 1]!.cap) start--;
  return start < i - 1 && latinVerdict(runText(ctx, start, i - 1)) === 'organisation';
}
