// HOLDS_POSITION with the title as `role`: "Ông X, Bộ trưởng Bộ Y", "Giám đốc Sở Y X",
// "X - Phó Giám đốc điều hành công ty Y", "X (Trưởng phòng thí nghiệm thuộc Viện Y)".
import type { MatchContext, RuleDef } from '../rule-types.ts';
import type { Slot } from '../sentence-frame.ts';

// "Phó Tổng Giám đốc", "giáo viên hóa học kiêm phụ trách thư viện": a title and a few more words.
// The words after the title stop at a preposition or a verb: "Tổng giám đốc | của ngân hàng sau khi …".
const ROLE_BODY = '(?:@title_prefix )*@title(?: (?:(?!(?:của|sau|khi|được|từ|cho|với|tại|thuộc|đã|sẽ|vừa|là)\\s)[^\uE000,;.:()"“”\\s]+\\s?){1,8}?)??';
const ROLE = `(?<role>${ROLE_BODY})`;
const SEP = '(?:,|–|-|—|\\(|:)';
// "Giám đốc quốc gia ⟨ADB⟩ tại ⟨Việt Nam⟩, ⟨Campuchia⟩ và ⟨Lào⟩ - ⟨P⟩": where the post is.
// (Written as raw slots, not {L+:…}: an optional slot must not make the rule need a Place.)
const POST_PLACE = '(?:tại \uE000L\\d+\uE001 (?:(?:,|và|, và) \uE000L\\d+\uE001 )*)?';

/**
 * "Bộ trưởng ⟨Bộ Tài chính⟩ ⟨P⟩", "Phó Chủ tịch ⟨ADB⟩ - ⟨P⟩": a title placed before the next
 * person (no comma between them) is that person's, not an apposition of the person before it.
 */
function notBeforeNextPerson(ctx: MatchContext): boolean {
  const [, end = 0] = ctx.match.indices?.[0] ?? [];
  return !/^ ?(?:tại \uE000L\d+\uE001 (?:(?:,|và|, và) \uE000L\d+\uE001 )*)?(?:[-–—] )?(?:ông |bà |ngài )?\uE000P/u.test(ctx.frame.lower.slice(end));
}

/**
 * "ông ⟨A⟩, Ủy viên ⟨X⟩, Bí thư ⟨Y⟩, ông ⟨B⟩": titles after a person and a comma are that person's;
 * a title before the next person reads as his only without a comma ("… Bí thư ⟨Y⟩ ⟨B⟩").
 */
function notAnAppositionChain(ctx: MatchContext): boolean {
  const [start = 0, end = 0] = ctx.match.indices?.[0] ?? [];
  const commaBeforePerson = /\uE001 ?, ?(?:(?:ông|bà|ngài) )?\uE000P\d+\uE001\s*$/u.test(ctx.frame.lower.slice(start, end));
  if (!commaBeforePerson) return true;
  return !/\uE000P\d+\uE001 , (?:[^\uE000,;.]*(?:\uE000[OL]\d+\uE001)?[^\uE000,;.]* , )*$/u.test(ctx.frame.lower.slice(0, start));
}

/**
 * "Trưởng phòng ⟨CSGT⟩ Công an TP…", "người đứng đầu tổ chức ⟨Phone⟩ of Life", "Giám đốc Saatchi &
 * ⟨Saatchi Việt Nam⟩": the organisation after the title was cut short (its name goes on with a
 * capitalised word, "&" or "of"), so the fact would name the wrong body.
 */
function wholeOrganisationAfterRole(ctx: MatchContext, _subject: Slot, object: Slot): boolean {
  const { sentence } = ctx.frame;
  const after = sentence.text.slice(object.end - sentence.start, object.end - sentence.start + 6);
  if (/^ (?:\p{Lu}|& |of |and |de )/u.test(after)) return false;
  const role = ctx.match.groups?.['role'] ?? '';
  return !/(?:&|\s(?:ở|tại|của|thuộc))\s*$/u.test(role);
}

export const POSITION_RULES: RuleDef[] = [
  // "Ông ⟨Nguyễn Văn A⟩, Giám đốc ⟨Sở Y tế⟩"; "⟨A⟩ (Giám đốc nghiên cứu thuộc ⟨CNRS⟩)"
  {
    id: 'person-comma-role-org',
    pattern: `{P:p} ${SEP} ${ROLE} (?:của |thuộc |tại )?{O:o}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.85, when: wholeOrganisationAfterRole, doubt: 'the organisation after the title looks cut short' }],
    when: notBeforeNextPerson,
  },
  // "ông ⟨A⟩, Ủy viên ⟨BCH Trung ương⟩, Bí thư ⟨Tỉnh ủy X⟩, …": the second title of an apposition
  {
    id: 'person-second-role-org',
    pattern: `{P:p} , ${ROLE_BODY} (?:(?:của |thuộc |tại )?{O:o1} )?, ${ROLE} (?:của |thuộc |tại )?{O:o}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.75, when: wholeOrganisationAfterRole, doubt: 'the organisation after the title looks cut short' }],
    when: notBeforeNextPerson,
  },
  // "⟨A⟩ hiện là Tổng giám đốc ⟨Công ty X⟩"
  {
    id: 'person-is-role-org',
    pattern: `{P:p} (?:hiện |đang |từng |sẽ |vừa |đã |là |giữ chức vụ |giữ chức |được bổ nhiệm giữ chức vụ |giữ cương vị |làm |được bổ nhiệm làm |được bổ nhiệm giữ chức |được bầu làm |được bầu giữ chức |tái đắc cử |đắc cử |trở thành )+${ROLE} (?:của |thuộc |tại )?{O:o}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.8, when: wholeOrganisationAfterRole, doubt: 'the organisation after the title looks cut short' }],
  },
  // "Thứ trưởng ⟨Bộ TT&TT⟩ ⟨Nguyễn Minh Hồng⟩", "Phó Tổng Giám đốc ⟨FPT Telecom⟩, ông ⟨Mai Sung⟩"
  // "Vụ trưởng ⟨Vụ Viễn thông⟩ ⟨Bộ BCVT⟩ ⟨Phạm Hồng Hải⟩": the first organisation holds the title
  {
    id: 'role-org-person',
    pattern: `${ROLE} (?:của )?{O:o} (?:{O:o2} )?(?:tỉnh |thành phố |huyện )?${POST_PLACE}(?:,|-|–|là)? (?:@honorific )?{P:p}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.8 }],
    when: notAnAppositionChain,
  },
  // "Tổng kết chặng đường của ⟨SSI⟩, ông ⟨A⟩, Tổng giám đốc công ty cho biết": a bare "công ty"
  // after the title is the organisation named just before the person
  {
    id: 'role-of-bare-head',
    pattern: `{O:o} , (?:@honorific )?{P:p} , (?<role>(?:@title_prefix )*@title) (?:công ty|tập đoàn|ngân hàng|tổng công ty|doanh nghiệp|đơn vị)(?= (?:cho biết|nói|khẳng định|chia sẻ|phát biểu|nhấn mạnh|cho rằng|thông tin)| ,)`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.7 }],
  },
  // "⟨Công ty X⟩ vừa bổ nhiệm ông ⟨A⟩ làm Tổng giám đốc"
  {
    id: 'org-appoints-person',
    pattern: `{O:o} ~ bổ nhiệm (?:@honorific )?{P:p} (?:làm|giữ chức vụ|giữ chức|vào vị trí|vào chức vụ) ${ROLE}(?! (?:của |tại |thuộc )?\uE000O)`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.8 }],
  },
];
