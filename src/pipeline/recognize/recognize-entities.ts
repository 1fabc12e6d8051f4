// Recognize: every span of the normalized text that names (or points back to) an entity.
// Rules live in ./entities/ (one file per kind); their word lists are loaded by ../lexicon/ (data in ../lexicon/data/entity-*.json).
// Overlaps are settled by ./entities/select.ts; nothing here is specific to one article.
import type { Mention, Sentence } from '../../domain/pipeline.ts';
import { recognizeAnaphors } from './entities/anaphor-rule.ts';
import { recognizeBrands } from './entities/brand-rule.ts';
import type { Candidate, SentenceContext } from './entities/candidate.ts';
import { recognizeCued } from './entities/cue-rules.ts';
import { recognizeDocuments } from './entities/document-rule.ts';
import { recognizeNamedQuotes } from './entities/named-quote-rule.ts';
import { NOT_ENTITIES, SURNAMES } from '../lexicon/entity-lexicons.ts';
import { placeAt, titleAt } from './entities/names.ts';
import { PROVINCES } from '../lexicon/gazetteer.ts';
import { recognizeOrganizations } from './entities/org-rule.ts';
import { recognizePersons } from './entities/person-rule.ts';
import { recognizePlaces } from './entities/place-rule.ts';
import { selectCandidates } from './entities/select.ts';
import { isSpaceGap, tokenize, type Token } from '../lexicon/tokens.ts';
import { CONTEXT, contextBefore, personCueBefore, type ContextKind } from '../lexicon/context-cues.ts';
import { foldKey } from '../../domain/fold.ts';

export function recognizeEntities(text: string, sentences: Sentence[]): { mentions: Mention[]; warnings: string[] } {
  const acronyms = new Map<string, string>();
  const latinCounts = new Map<string, number>();
  const skipped = new Map<string, string>();
  const provinces = new Set<string>();
  const contexts: SentenceContext[] = sentences.map((sentence) => ({
    text,
    sentence,
    tokens: tokenize(text, sentence.start, sentence.end),
    acronyms,
    latinCounts,
    skipped,
    provinces,
  }));
  for (const ctx of contexts) for (const p of provincesNamed(ctx.tokens)) provinces.add(p);
  // Count a word where a capitalised run starts: "Tech" in "Yahoo Tech" does not vouch for "Tech" alone.
  for (const ctx of contexts) {
    ctx.tokens.forEach((t, i) => {
      const prev = ctx.tokens[i - 1];
      if (t.cap && t.latin && !(prev?.cap && prev.latin && /^ +$/.test(t.gap))) latinCounts.set(t.text, (latinCounts.get(t.text) ?? 0) + 1);
    });
  }
  const namedAsNonOrganisation = nonOrganisationSenses(contexts);
  for (const ctx of contexts) ctx.namedAsNonOrganisation = namedAsNonOrganisation;
  // Organizations first, everywhere: their "(WB)" acronyms are then known in every sentence.
  const namesByLastWord = new Map<string, string>();
  const orgs = contexts.map((ctx) => {
    const found = recognizeOrganizations(ctx, titledPositions(ctx)).filter((c) => !c.kindOnly);
    for (const c of found) for (const a of c.aliases) if (/^[\p{Lu}\p{N}&-]{2,}$/u.test(a)) acronyms.set(foldKey(a), c.name);
    for (const c of found) {
      const last = /[\p{Lu}\p{N}&-]{2,}$/u.exec(c.name)?.[0];
      if (c.rule === 'org-head' && last && /^\p{Lu}/u.test(last) && !namesByLastWord.has(foldKey(last))) namesByLastWord.set(foldKey(last), c.name);
    }
    return found;
  });
  for (const ctx of contexts) ctx.namesByLastWord = namesByLastWord;
  const mentions: Mention[] = [];
  contexts.forEach((ctx, k) => {
    if (isEmailHeader(ctx)) return;
    const codeEnd = scriptEnd(ctx);
    const orgCandidates = orgs[k] ?? [];
    const orgEnds = new Map<number, number>();
    for (const c of orgCandidates) orgEnds.set(tokenAt(ctx, c.start), tokenAt(ctx, c.end - 1) + 1);
    const candidates: Candidate[] = [
      ...orgCandidates,
      ...recognizePersons(ctx, orgEnds),
      ...recognizePlaces(ctx),
      ...recognizeBrands(ctx),
      ...recognizeCued(ctx),
      ...recognizeDocuments(ctx),
      ...recognizeNamedQuotes(ctx),
      ...recognizeAnaphors(ctx),
    ].filter((c) => isNameLike(c) && !streetAfterHouseNumber(ctx, c) && c.start >= codeEnd);
    for (const c of selectCandidates(candidates)) mentions.push(toMention(c, ctx.sentence.index));
  });
  const final = surnamesAsPersons(mentions, contexts);
  // A word skipped in one place but taken as a name elsewhere needs no warning.
  const named = new Set(final.map((m) => m.text));
  const warnings = [...skipped.entries()].filter(([key]) => !named.has(key.replace(/^brand:/, ''))).map(([, why]) => why);
  return { mentions: final, warnings };
}

/**
 * "From: Chau Nguyen To: tamsu@… Sent: Friday, … Subject: Ban Tra My men": a reader's letter
 * quoted with its mail header. Names there are glued to the field words ("EssenceTo") or are
 * a subject line; the header states no fact.
 */
function isEmailHeader(ctx: SentenceContext): boolean {
  const fields = ctx.text.slice(ctx.sentence.start, ctx.sentence.end).match(MAIL_FIELD);
  return new Set(fields ?? []).size >= 2;
}
// A field may be glued to the value before it when the header's line breaks were lost ("HuongTo:", "netSubject:").
const MAIL_FIELD = /(?:\b|(?<=\p{Ll}))(?:From|To|Sent|Subject|Cc|Date):/gu;

/**
 * "AddVote(1000195055, …, new Array(…))", "if (CurrentFolder.indexOf('/vietnam/') >= 0)
 * document. …": a page's script left in the text. Its identifiers are no names. Where the
 * script ends (its last bracket or semicolon), the text may go on, glued to it: "…,'',1)Giám
 * đốc Sở GDĐT Nghệ An …". The offset names start from, the sentence's start if it has no script.
 */
function scriptEnd(ctx: SentenceContext): number {
  const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  if (!SCRIPT.test(sentence)) return ctx.sentence.start;
  return ctx.sentence.start + Math.max(sentence.lastIndexOf(')'), sentence.lastIndexOf(';')) + 1;
}
const SCRIPT = /\bdocument\.\w|\bwindow\.\w|\bfunction\s*\(|\bvar\s+\w+\s*=|\bnew Array\(|\.indexOf\(|\bif\s*\(\w+\./;

/** What a context cue before a foreign word says of it, for the article-wide sense below. */
const CONTEXT_SENSE: Record<ContextKind, 'organisation' | 'not-organisation' | null> = {
  [CONTEXT.total]: null,
  [CONTEXT.organisation]: 'organisation',
  [CONTEXT.person]: null, // the person cues of the sentence (personCueBefore) decide persons
  [CONTEXT.place]: 'not-organisation',
  [CONTEXT.software]: 'not-organisation',
  [CONTEXT.product]: 'not-organisation',
  [CONTEXT.event]: 'not-organisation',
};

/**
 * One sense per article: a foreign word the article introduces as a person ("tiền đạo X", "mẹ X")
 * or as a product, a program, a place or an event ("sâu X", "phần mềm X", "pháo đài X", "hội
 * nghị X") is that everywhere in the article, also where it stands alone ("… X ghi bàn"). A word
 * cued both ways is left to each sentence.
 */
function nonOrganisationSenses(contexts: SentenceContext[]): Map<string, 'person' | 'not-organisation'> {
  const out = new Map<string, 'person' | 'not-organisation'>();
  const mixed = new Set<string>();
  for (const ctx of contexts) {
    ctx.tokens.forEach((t, i) => {
      if (!t.cap || !t.latin || t.acronym || !isSpaceGap(t.gap) || i === 0) return;
      const context = contextBefore(ctx.tokens, i);
      const sense = personCueBefore(ctx.tokens, i) ? 'person' : context === null ? null : CONTEXT_SENSE[context];
      if (sense === null) return;
      if (sense === 'organisation' || (out.has(t.text) && out.get(t.text) !== sense)) mixed.add(t.text);
      else out.set(t.text, sense);
    });
  }
  for (const word of mixed) out.delete(word);
  return out;
}

/** Provinces named in a sentence, also inside other names ("Chi nhánh Vietcombank Hà Tĩnh"). */
function provincesNamed(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const p = tokens[i]!.cap ? placeAt(tokens, i) : null;
    if (p && PROVINCES.has(p.canonical)) out.push(p.canonical);
  }
  return out;
}

/** Token positions right after a title: a name there belongs to a person, not to the org before it. */
function titledPositions(ctx: SentenceContext): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const end = titleAt(ctx.tokens, i);
    if (end !== null) out.add(end);
  }
  return out;
}

/** Never an entity: a bare number, a byline-like fragment, a word on the not-an-entity list. */
function isNameLike(c: Candidate): boolean {
  if (!/\p{L}/u.test(c.name)) return false;
  if (c.anaphor === true || c.name.length > 20) return true;
  return !NOT_ENTITIES.has(foldKey(c.name));
}

/** "số 456", "Số 12A", "số 7/3": a house number; the name after it is a street's. */
const HOUSE_NUMBER = /^\d+[A-Za-z]?(?:\/\d+[A-Za-z]?)*$/;

/**
 * "Số 456 Trường Chinh, phường 13": a street named after a person or with a head-like first word
 * ("Trường", "Hội") is neither an Organization nor a Person.
 */
function streetAfterHouseNumber(ctx: SentenceContext, c: Candidate): boolean {
  if (c.type !== 'Organization' && c.type !== 'Person') return false;
  const k = tokenAt(ctx, c.start);
  if (ctx.tokens[k]?.start !== c.start || !/^ +$/.test(ctx.tokens[k]!.gap)) return false;
  // "7/3", "12A/4": the number may come in parts joined by slashes.
  let m = k - 1;
  while (m > 0 && HOUSE_NUMBER.test(ctx.tokens[m]!.text) && ctx.tokens[m]!.gap === '/') m--;
  const number = ctx.tokens[m];
  const cue = ctx.tokens[m - 1];
  return !!number && !!cue && HOUSE_NUMBER.test(number.text) && /^ +$/.test(number.gap) && cue.lower === 'số';
}

function toMention(c: Candidate, sentence: number): Mention {
  const mention: Mention = {
    type: c.type,
    start: c.start,
    end: c.end,
    text: c.text,
    sentence,
    name: c.name,
    aliases: c.aliases,
    confidence: c.confidence,
    rule: c.rule,
  };
  if (c.anaphor) mention.anaphor = true;
  return mention;
}

/** "Mark Schultz … Schultz nói": a lone foreign word equal to a person's family name is that person. */
function surnamesAsPersons(mentions: Mention[], contexts: SentenceContext[]): Mention[] {
  const lastNames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Person' || m.anaphor) continue;
    const parts = m.name.split(/\s+/);
    // Foreign names only: a Vietnamese given name alone ("Minh", "Anh") is too often something else.
    if (!/^[A-Za-z' -]+$/.test(m.name) || SURNAMES.has((parts[0] ?? '').toLowerCase())) continue;
    lastNames.add(parts[parts.length - 1] ?? '');
    // "Wang Hualin … Wang": Chinese and Korean names put the family name first.
    if (parts.length <= 3 && /^[A-Za-z ]+$/.test(m.name)) lastNames.add(parts[0] ?? '');
  }
  const out = mentions.map((m): Mention =>
    m.rule === 'org-brand' && !/\s/.test(m.name) && lastNames.has(m.name)
      ? { ...m, type: 'Person', anaphor: true, confidence: 0.6, rule: 'person-last-name' }
      : m,
  );
  if (lastNames.size === 0) return out;
  // Lone words the brand rule left alone (named once): "Lewis nói thêm".
  const covered = (start: number) => out.some((m) => m.start <= start && start < m.end);
  for (const ctx of contexts) {
    ctx.tokens.forEach((t, i) => {
      const prev = ctx.tokens[i - 1];
      const next = ctx.tokens[i + 1];
      const lone = !(prev?.cap && /^ +$/.test(t.gap)) && !(next?.cap && /^ +$/.test(next.gap));
      if (t.cap && t.latin && lone && lastNames.has(t.text) && !covered(t.start)) {
        out.push({ type: 'Person', start: t.start, end: t.end, text: t.text, sentence: ctx.sentence.index, name: t.text, aliases: [], confidence: 0.6, rule: 'person-last-name', anaphor: true });
      }
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the token that contains offset `at` (binary search: tokens are in order). */
function tokenAt(ctx: SentenceContext, at: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
