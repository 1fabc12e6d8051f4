// HOLDS_POSITION with the title as `role`: "Ông X, Bộ trưởng Bộ Y", "Giám đốc Sở Y X",
// "X - Phó Giám đốc điều hành công ty Y", "X (Trưởng phòng thí nghiệm thuộc Viện Y)".
import type { RuleDef } from '../rule-types.ts';

// "Phó Tổng Giám đốc", "giáo viên hóa học kiêm phụ trách thư viện": a title and a few more words.
const ROLE = '(?<role>(?:@title_prefix )*@title(?: [^\uE000,;.:()"“”]{1,40}?)??)';
const SEP = '(?:,|–|-|—|\\(|:)';

export const POSITION_RULES: RuleDef[] = [
  // "Ông ⟨Nguyễn Văn A⟩, Giám đốc ⟨Sở Y tế⟩"; "⟨A⟩ (Giám đốc nghiên cứu thuộc ⟨CNRS⟩)"
  {
    id: 'person-comma-role-org',
    pattern: `{P:p} ${SEP} ${ROLE} (?:của |thuộc |tại )?{O:o}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.85 }],
  },
  // "⟨A⟩ hiện là Tổng giám đốc ⟨Công ty X⟩"
  {
    id: 'person-is-role-org',
    pattern: `{P:p} (?:hiện |đang |từng |sẽ |vừa |đã |là |giữ chức |giữ cương vị |làm |được bổ nhiệm làm |được bổ nhiệm giữ chức |được bầu làm |được bầu giữ chức |tái đắc cử |đắc cử |trở thành )+${ROLE} (?:của |thuộc |tại )?{O:o}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.8 }],
  },
  // "Thứ trưởng ⟨Bộ TT&TT⟩ ⟨Nguyễn Minh Hồng⟩", "Phó Tổng Giám đốc ⟨FPT Telecom⟩, ông ⟨Mai Sung⟩"
  // "Vụ trưởng ⟨Vụ Viễn thông⟩ ⟨Bộ BCVT⟩ ⟨Phạm Hồng Hải⟩": the first organisation holds the title
  {
    id: 'role-org-person',
    pattern: `${ROLE} (?:của )?{O:o} (?:{O:o2} )?(?:,|-|–|là)? (?:@honorific )?{P:p}`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.8 }],
  },
  // "⟨Công ty X⟩ vừa bổ nhiệm ông ⟨A⟩ làm Tổng giám đốc"
  {
    id: 'org-appoints-person',
    pattern: `{O:o} ~ bổ nhiệm (?:@honorific )?{P:p} (?:làm|giữ chức|vào vị trí|vào chức vụ) ${ROLE}(?![^\uE000]*?\uE000O)`,
    facts: [{ s: 'p', p: 'HOLDS_POSITION', o: 'o', c: 0.8 }],
  },
];
