// ORGANIZED_BY and IMPLEMENTED_BY: "do X tổ chức", "X phối hợp với Y tổ chức Z",
// "dự án của X", "do X chủ trì/triển khai/thực hiện", "X là chủ đầu tư dự án Y".
import type { MatchContext, RuleDef } from '../rule-types.ts';

/** Partners after "với", the list going on ("với ⟨A⟩ (…) và ⟨B⟩"), up to where the match starts. */
const AFTER_PARTNERS = /(?:^| )(?:với|cùng|cùng với) (?:\uE000O\d+\uE001 (?:\( [^()]{0,60} \) )?(?:,|và|, và) )*$/u;

/** "… phối hợp với ⟨WHO⟩ và ⟨UNICEF⟩ khởi động ⟨P⟩": partners after "với" are not who implements. */
function notPartners(ctx: MatchContext): boolean {
  return !AFTER_PARTNERS.test(ctx.frame.lower.slice(0, ctx.match.index ?? 0));
}

export const ORGANIZE_RULES: RuleDef[] = [
  // "Hội nghị ⟨E⟩ do ⟨Bộ Y tế⟩ tổ chức", "chương trình ⟨J⟩ do ⟨A⟩, ⟨B⟩ và ⟨C⟩ phối hợp tổ chức"
  {
    id: 'organized-do',
    pattern: '{EAJ+:e} ~ (?:do|bởi) {O+:o} (?:cùng )?@organize',
    facts: [{ s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.85 }],
  },
  // "⟨J⟩ là chương trình vì trẻ em vùng cao được đầu tư quy mô nhất do ⟨A⟩, ⟨B⟩ phối hợp tổ chức":
  // the definition may run long before its "do …".
  {
    id: 'organized-defined',
    pattern: '{EJ:e} là (?:một )?(?:chương trình|dự án|cuộc thi|phong trào|lễ hội|ngày hội|hội thi) ~~ (?:do|bởi) {O+:o} (?:cùng )?@organize',
    facts: [{ s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.75 }],
  },
  // "Diễn đàn ⟨E⟩ do ⟨Bộ X⟩ phối hợp với ⟨Hiệp hội Y⟩ tổ chức"
  {
    id: 'organized-do-with',
    pattern: '{EAJ+:e} ~ (?:do|bởi) {O+:o} (?:phối hợp|kết hợp|cùng|cùng với) (?:với )?{O+:o2} (?:cùng )?@organize',
    facts: [
      { s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.85 },
      { s: 'e', p: 'ORGANIZED_BY', o: 'o2', c: 0.85 },
    ],
  },
  {
    id: 'organized-passive',
    pattern: '{EA+:e} ~ (?:được )?(?:tổ chức|đăng cai) bởi {O+:o}',
    facts: [{ s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.85 }],
  },
  // "⟨VIA⟩ phối hợp với ⟨NIPA⟩ tổ chức ⟨Diễn đàn …⟩"
  {
    id: 'organizes-with',
    pattern: '{O+:o} (?:đã |sẽ |vừa )?(?:phối hợp|kết hợp|cùng) (?:với )?{O+:o2} ~ @organize ~ {E+:e}',
    facts: [
      { s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.8 },
      { s: 'e', p: 'ORGANIZED_BY', o: 'o2', c: 0.8 },
    ],
  },
  // "⟨Trung tâm X⟩ (⟨Sở Y⟩) phối hợp với ⟨Z⟩ (BSA), Hội … khai mạc ⟨Hội chợ …⟩": the event right
  // after the verb, the partners listed before it (their list may hold a name the rules missed)
  {
    id: 'co-open',
    pattern: '{O+:o} (?:\\( [^)\uE000]{1,20} \\) )?(?:đã |sẽ |vừa )?(?:phối hợp|kết hợp) (?:với )?{O+:o2} ~* (?:@organize|khai mạc) {E:e}',
    facts: [
      { s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.7 },
      { s: 'e', p: 'ORGANIZED_BY', o: 'o2', c: 0.7 },
    ],
  },
  // "Ngày 14-10 tại ⟨Hà Nội⟩, ⟨X⟩ đã tổ chức ⟨hội thảo …⟩": the place opens the sentence
  {
    id: 'held-at-fronted',
    pattern: '(?:tại|ở) (?:[^\uE000;,]{0,40} )?{L:l} (?:\\) )?, ~* (?:@organize|khai mạc) {E:e}',
    facts: [{ s: 'e', p: 'LOCATED_IN', o: 'l', c: 0.65 }],
  },
  // "⟨Bộ VHTT⟩ long trọng tổ chức lễ ⟨E⟩", "⟨VIECA⟩ tổ chức ⟨Triển lãm …⟩"
  {
    id: 'organizes',
    pattern: '{O+:o} (?:đã |sẽ |vừa |chính thức |long trọng )*(?:@organize|chủ trì) ~ {E+:e}',
    facts: [{ s: 'e', p: 'ORGANIZED_BY', o: 'o', c: 0.75 }],
  },
  // "Dự án ⟨P⟩ của ⟨Sở X⟩", "Chương trình của ⟨Intel⟩"
  { id: 'project-of', pattern: '{J:p} (?:của) {O+:o}', facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.7 }] },
  // "các dự án của ⟨USAID⟩ được trao thầu gần đây là ⟨J1⟩ và ⟨J2⟩", "2 sản phẩm khác của ⟨X⟩ gồm ⟨J⟩"
  {
    id: 'projects-of-listed',
    pattern: '(?:dự án|chương trình|sản phẩm|ứng dụng|giải pháp) (?:khác )?của {O:o} ~ (?:là|gồm có|bao gồm|gồm) :? {J+:p}',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.7 }],
  },
  // "⟨Bộ KH&ĐT⟩ phối hợp với ⟨UNIDO⟩ (…) và ⟨SECO⟩ (…) khởi động ⟨Dự án …⟩": the body that leads
  // implements it (its partners may fund or advise: no fact for them)
  {
    id: 'co-launch-project',
    pattern: '{O:o} (?:đã |sẽ |vừa |chính thức )*(?:phối hợp|kết hợp) (?:với )?~* @implement_active (?:@project_noun )?{J:p}',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.65 }],
  },
  // "⟨P⟩ do ⟨Sở X⟩ chủ trì thực hiện", "khảo sát ⟨P⟩ do ⟨Công đoàn⟩ thực hiện"
  {
    id: 'implemented-do',
    pattern: '{J+:p} ~ (?:do|bởi) {O+:o} (?:cùng )?@implement_verb',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.85 }],
  },
  // "⟨Sở X⟩ đã triển khai dự án ⟨P⟩"
  {
    id: 'implements',
    pattern: '{O+:o} (?:đã |đang |sẽ |vừa |chính thức |được giao )*@implement_active (?:@project_noun )?{J+:p}',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.75 }],
    when: notPartners,
  },
  // "⟨Hệ thống X⟩ được ⟨Sở Y⟩ triển khai từ năm 2020"
  {
    id: 'implemented-passive',
    pattern: '{J+:p} ~ (?:được|đã được|đang được) {O+:o} (?:@implement_verb)',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.8 }],
  },
  // "⟨Ban QLDA⟩ là chủ đầu tư dự án ⟨P⟩", "⟨P⟩ có chủ đầu tư là ⟨X⟩"
  {
    id: 'owner-of',
    pattern: '{O+:o} (?:là|làm) @owner_noun (?:của )?(?:@project_noun )?{J+:p}',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.8 }],
  },
  {
    id: 'has-owner',
    pattern: '{J+:p} ~ (?:có |với )?@owner_noun (?:là )?{O+:o}',
    facts: [{ s: 'p', p: 'IMPLEMENTED_BY', o: 'o', c: 0.75 }],
  },
];
