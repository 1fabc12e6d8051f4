// Head-noun checks on entity names, read from the cue lists: "Vụ Điều trị" is a unit,
// "Bộ Y tế" a parent; "tiểu dự án …" a sub-project.
import { cueAlternation } from './cues.ts';
import type { MatchContext } from './rule-types.ts';
import { slotsIn, type Slot } from './sentence-frame.ts';

const startsWith = (list: string): RegExp =>
  new RegExp(`^(?:${cueAlternation(list)})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

const UNIT_HEAD = startsWith('unit_head');
const PARENT_HEAD = startsWith('parent_head');
const SUB_PROJECT = startsWith('sub_project');
const OFFICE_HEAD = startsWith('office_head');
const LENDER_HEAD = startsWith('lender_head');
const DONOR = new RegExp(`^(?:${cueAlternation('donor_org')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
// Whole words only, and not "đăng ký" (register), "thư ký" (secretary), "nhật ký" (diary).
const NOT_SIGNING = '(?<!(?:đăng|thư|nhật|bút)\\s)';
const AGREEMENT_WORDS = new RegExp(
  `(?<![\\p{L}\\p{M}])${NOT_SIGNING}(?:${cueAlternation('agree_verb')}|${cueAlternation('agree_noun')})(?![\\p{L}\\p{M}])`,
  'iu',
);

// "Ban Giám đốc Ngân hàng Thế giới" lends as the bank it runs.
const BOARD = /^(?:Ban Giám đốc|Ban điều hành|Ban lãnh đạo|Hội đồng quản trị|Hội đồng thành viên)\s+/iu;
const nameOf = (slot: Slot): string => (slot.text || slot.name).replace(/^["“«'‘]/u, '').replace(BOARD, '');

export const isUnit = (slot: Slot): boolean => UNIT_HEAD.test(nameOf(slot)) || UNIT_HEAD.test(slot.name);
export const isParent = (slot: Slot): boolean => PARENT_HEAD.test(nameOf(slot)) || PARENT_HEAD.test(slot.name);
/** "Văn phòng UNDP", "Đại sứ quán Mỹ": an office that stands somewhere. */
export const isOffice = (slot: Slot): boolean => OFFICE_HEAD.test(nameOf(slot)) || OFFICE_HEAD.test(slot.name);
export const isSubProject = (slot: Slot): boolean => SUB_PROJECT.test(nameOf(slot)) || SUB_PROJECT.test(slot.name);

const UNIT_WITH_FORM = new RegExp(
  `^(?:${cueAlternation('unit_head')})(?:\\s+(?:${cueAlternation('legal_form')}))*\\s*$`,
  'iu',
);

/** "Công ty Cổ phần" alone (a name cut short) is a legal form, no unit of anything. */
const namesNothing = (slot: Slot): boolean => UNIT_WITH_FORM.test(slot.name.trim());

/** "Vụ Điều trị" under "Bộ Y tế", not "Bộ Y tế" under "Vụ Điều trị". */
export function unitOfParent(_ctx: MatchContext, child: Slot, parent: Slot): boolean {
  return isUnit(child) && isParent(parent) && !namesNothing(child);
}

export function sameKind(_ctx: MatchContext, a: Slot, b: Slot): boolean {
  return a.type === b.type;
}

export function speaksOfAgreement(ctx: MatchContext): boolean {
  return AGREEMENT_WORDS.test(ctx.frame.sentence.text);
}

/** A money or count figure stands in the sentence (donations state what was given). */
export function hasQuantity(ctx: MatchContext): boolean {
  return ctx.quantities.length > 0;
}

/** The subject opens the sentence: it is the sentence's first slot. */
export function opensSentence(ctx: MatchContext, subject: Slot): boolean {
  return ctx.frame.slots[0] === subject;
}

/** "⟨Văn phòng UNDP⟩ tại ⟨Việt Nam⟩", "đại diện ⟨UNDP⟩ tại ⟨Việt Nam⟩"; not "sản xuất xe ⟨Focus⟩ tại ⟨Trung Quốc⟩". */
export function officeAt(ctx: MatchContext, org: Slot): boolean {
  if (isOffice(org)) return true;
  const before = ctx.frame.sentence.text.slice(0, org.start - ctx.frame.sentence.start);
  return /(?:đại diện|văn phòng|chi nhánh|trụ sở)(?:\s+(?:của|thuộc))?\s*$/iu.test(before);
}

/** A development bank, agency or fund that lends and grants: "Ngân hàng Thế giới", "JICA". */
export function isDonor(_ctx: MatchContext, _subject: Slot, donor: Slot): boolean {
  return isDonorOrg(donor);
}

/** A development bank, aid agency or embassy: "Ngân hàng Phát triển Châu Á", "KOICA". */
export function isDonorOrg(slot: Slot): boolean {
  return DONOR.test(slot.name.replace(BOARD, '')) || DONOR.test(nameOf(slot));
}

/** A donor, or any bank or fund: who can grant a credit line ("Vietcombank", "Quỹ Đầu tư …"). */
export function isLender(ctx: MatchContext, subject: Slot, lender: Slot): boolean {
  return isDonor(ctx, subject, lender) || LENDER_HEAD.test(lender.name.replace(BOARD, '')) || LENDER_HEAD.test(nameOf(lender));
}

/** "6 đơn vị thuộc ⟨Tổng cục X⟩ được tặng …": X only owns the subject, the units are it. */
export function notOwnerOfSubject(ctx: MatchContext, subject: Slot): boolean {
  const before = ctx.frame.sentence.text.slice(Math.max(0, subject.start - ctx.frame.sentence.start - 20), subject.start - ctx.frame.sentence.start);
  return !/(?:^|\s)(?:thuộc|trực thuộc|của)\s*$/iu.test(before);
}

/** How far after the recipient a gift's count may stand: "trao tặng ⟨Trường Y⟩ 50 máy tính". */
const GIFT_REACH = 40;

/**
 * A gift states what was given: money anywhere in the sentence, or a count between the giver and
 * just after the recipient. "⟨EU⟩ ủng hộ ⟨Nga⟩ gia nhập WTO … với 10 thành viên mới" is
 * political support, not a gift of ten members.
 */
export function statesGift(ctx: MatchContext, giver: Slot, recipient: Slot): boolean {
  if (POSSESSOR.test(ctx.frame.sentence.text.slice(0, giver.start - ctx.frame.sentence.start))) return false;
  const from = Math.min(giver.start, recipient.start);
  const to = Math.max(giver.end, recipient.end) + GIFT_REACH;
  return ctx.quantities.some((q) => q.kind === 'money' || (q.start >= from && q.start <= to));
}

/** "các doanh nghiệp của ông ⟨X⟩ đã ủng hộ …": X owns the givers, he is not one. */
const POSSESSOR = /(?:^|\s)của\s+(?:(?:ông|bà|doanh nhân|tỷ phú)\s+)?$/iu;

/** "⟨X⟩ mua lại lô hàng từ ⟨Y⟩" buys goods from Y; it does not take Y over. */
export function notBoughtFrom(ctx: MatchContext, buyer: Slot, seller: Slot): boolean {
  const { text, start } = ctx.frame.sentence;
  return !/(?:^|\s)(?:từ|của các|qua)\s*$/iu.test(text.slice(buyer.end - start, seller.start - start));
}

/** "Theo ⟨X⟩, ⟨Y⟩ đã ký …": a list of signatories is joined by "và/cùng/với", not a bare comma. */
export function joinedParties(ctx: MatchContext): boolean {
  return / (?:và|cùng|cùng với|với) /u.test(ctx.match.groups?.ab ?? '');
}

/** "Tại ⟨Bộ Thương mại Mỹ⟩, ⟨Vietnam Airlines⟩ đã ký …": the place of signing is no party. */
export function notVenue(ctx: MatchContext, a: Slot, b: Slot): boolean {
  const { text, start } = ctx.frame.sentence;
  const venue = (slot: Slot) => /(?:^|\s)(?:tại|ở)\s*$/iu.test(text.slice(Math.max(0, slot.start - start - 8), slot.start - start));
  return !venue(a) && !venue(b);
}

/**
 * "… quan tâm của ⟨UBND⟩, ⟨Bộ Tài chính⟩ và ⟨Dự án X⟩ do ⟨USAID⟩ tài trợ": in a list of mixed
 * kinds the "do …" clause describes the last item only, so only items of its kind are subjects.
 */
export function lastKindOfList(ctx: MatchContext, subject: Slot): boolean {
  const listed = slotsIn(ctx.frame, ctx.match.groups?.t);
  const last = listed[listed.length - 1];
  return !last || last.type === subject.type;
}

// "⟨Inter⟩ không giành ⟨Cúp C1⟩", "⟨Chelsea⟩ sẽ giành ⟨giải Ngoại hạng⟩", "hy vọng giành …": not won.
// "cuộc đua giành", "chạy đua giành", "cuộc chiến giành": a race or a fight for the prize, not a win.
const NOT_YET_WON = /(?:^|\s)(?:không|chưa|chẳng|sẽ|hy vọng|mong|muốn|quyết tâm|nhằm|có thể|cơ hội|tranh|để|đua|cuộc chiến)(?=\s)/iu;
// "… đến tay, diễn viên đoạt ⟨giải Oscar⟩ …": a noun before the verb is the winner, not the name before it.
const WINNER_NOUN = /(?:^|\s)(?:diễn viên|ngôi sao|đạo diễn|người|cầu thủ|ca sĩ|nhà văn|tác giả|nghệ sĩ|phim|bộ phim)\s+(?:từng\s+|đã\s+|vừa\s+)?(?:đoạt|giành|nhận|đạt|thắng)/iu;

/** The words between the winner and the award state a prize won, by this subject. */
export function wonBySubject(ctx: MatchContext, subject: Slot, award: Slot): boolean {
  const { text, start } = ctx.frame.sentence;
  const between = text.slice(subject.end - start, award.start - start);
  return !NOT_YET_WON.test(between) && !WINNER_NOUN.test(between) && notOwnerOfSubject(ctx, subject);
}

const ACADEMIC_HEAD = /^(?:đại học|đh|trường|học viện|viện)(?![\p{L}\p{M}\p{N}])/iu;
/** A bare name with no head noun, "thuộc" a university or institute, is a researcher's affiliation. */
export function unitNotScholar(ctx: MatchContext, child: Slot, parent: Slot): boolean {
  if (!sameKind(ctx, child, parent)) return false;
  const headless = child.type === 'Organization' && !isUnit(child) && !isParent(child) && !isOffice(child);
  return !(headless && ACADEMIC_HEAD.test(nameOf(parent)));
}
