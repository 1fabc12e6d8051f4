// WON / AWARDED_BY / AWARDED_FOR / NOMINATED_FOR from award phrasing, active and passive.
import { isParent, notOwnerOfSubject, wonBySubject } from '../heads.ts';
import type { RuleDef } from '../rule-types.ts';

export const AWARD_RULES: RuleDef[] = [
  // "⟨Sở X⟩ vừa nhận giải thưởng ⟨A⟩", "⟨X⟩, ⟨Y⟩ và ⟨Z⟩ cùng giành ⟨A⟩"
  { id: 'won-active', pattern: '{OPJ+:s} ~ @won ~s {A:a}', facts: [{ s: 's', p: 'WON', o: 'a', c: 0.85, when: wonBySubject }] },
  // "⟨Viettel⟩ giành 3 giải thưởng tại ⟨Asia Pacific Stevie Awards⟩": prizes counted at a named awards
  {
    id: 'won-prizes-at',
    pattern: '{OPJ+:s} ~ @won [0-9]+ @award_noun (?:tại|ở) (?:lễ trao giải |hạng mục ~s)?{A:a}',
    facts: [{ s: 's', p: 'WON', o: 'a', c: 0.8 }],
  },
  // "⟨X⟩ vừa được (tổ chức) ⟨FutureGov⟩ trao giải thưởng ⟨A⟩ (cho dự án ⟨P⟩)"
  {
    id: 'won-passive-by',
    pattern: '{OPJ+:s} ~ được ~ {OP:by} (?:{OP:by2} )?~ @give ~ {A:a}',
    facts: [
      { s: 's', p: 'WON', o: 'a', c: 0.9, when: notOwnerOfSubject },
      { s: 'a', p: 'AWARDED_BY', o: 'by', c: 0.85 },
      { s: 'a', p: 'AWARDED_BY', o: 'by2', c: 0.8 },
    ],
  },
  // "⟨X⟩ vinh dự được Thủ tướng trao tặng ⟨A⟩" (the giver is no entity here)
  { id: 'won-passive', pattern: '{OPJ+:s} ~ được ~~ @give ~ {A:a}', facts: [{ s: 's', p: 'WON', o: 'a', c: 0.75, when: wonBySubject }] },
  // "⟨FutureGov⟩ trao giải thưởng ⟨A⟩ cho ⟨Sở X⟩ / cho dự án ⟨P⟩" (only adverbs between giver
  // and verb: "⟨Sở X⟩ vừa được tổ chức IDC trao …" is passive, the Sở is no giver)
  {
    id: 'give-award-to',
    pattern: '{OP:by} (?:đã |vừa |sẽ |chính thức |long trọng |cũng |đã chính thức )*@give ~ {A:a} ~ (?:cho|tới|đến) ~ {OPJ+:w}',
    facts: [
      { s: 'a', p: 'AWARDED_BY', o: 'by', c: 0.85 },
      { s: 'w', p: 'WON', o: 'a', c: 0.85, sTypes: 'OP' },
      { s: 'a', p: 'AWARDED_FOR', o: 'w', c: 0.85, oTypes: 'J' },
    ],
  },
  // "⟨VINASA⟩ tổ chức lễ kỷ niệm … và vinh danh, trao ⟨A⟩": the organiser gives the award (active
  // voice only: no "được/do/bởi" between them, no other slot)
  {
    id: 'org-gives-award',
    pattern: '{O:by} (?:(?!(?:được|do|bởi|cho|tổ\\schức)\\s)[^\uE000;]){0,100}?(?:, )?@give {A:a}(?! ~ (?:cho|tới|đến) )',
    facts: [{ s: 'a', p: 'AWARDED_BY', o: 'by', c: 0.7 }],
  },
  // "⟨Hội Khuyến học⟩ tổ chức (lễ) trao học bổng ⟨A⟩": who holds the ceremony organises the award
  // (the giver may be someone else: "… học bổng do ⟨Ngân hàng X⟩ tài trợ")
  {
    id: 'org-holds-award',
    pattern: '{O:by} (?:(?!(?:được|do|bởi|cho)\\s)[^\uE000;]){0,60}?@organize (?:(?!(?:được|do|bởi|cho)\\s)[^\uE000;]){0,60}?@give ~s {A:a}',
    facts: [{ s: 'a', p: 'ORGANIZED_BY', o: 'by', c: 0.65 }],
  },
  // "⟨A⟩ cho dự án ⟨P⟩", "giải ⟨A⟩ với dự án ⟨P⟩"
  {
    id: 'award-for',
    pattern: '{A:a} (?:cho|với|dành cho) (?:@project_noun )?{J+:f}',
    facts: [{ s: 'a', p: 'AWARDED_FOR', o: 'f', c: 0.8 }],
  },
  // "⟨X⟩ được trao ⟨A⟩ với dự án ⟨P⟩": the recipient's project
  {
    id: 'won-with-project',
    pattern: '{OP:s} ~ @won ~ {A:a} ~ (?:với|nhờ|cho) (?:@project_noun )?{J+:f}',
    facts: [{ s: 'a', p: 'AWARDED_FOR', o: 'f', c: 0.75 }],
  },
  // "⟨A⟩ do ⟨UNESCO⟩ trao tặng", "⟨A⟩ của (tổ chức) ⟨FutureGov⟩"
  {
    id: 'award-given-by',
    pattern: '{A:a} ~ (?:do|bởi) ~ {OP:by} ~ @give',
    facts: [{ s: 'a', p: 'AWARDED_BY', o: 'by', c: 0.85 }],
  },
  { id: 'award-do', pattern: '{A:a} (?:do|của tổ chức) {O:by}', facts: [{ s: 'a', p: 'AWARDED_BY', o: 'by', c: 0.65 }] },
  // "Bằng khen của ⟨Bộ Y tế⟩" names the giver; "Giải Nhất của ⟨Trường X⟩" the winner: only authorities give
  {
    id: 'award-of-authority',
    pattern: '{A:a} của {O:by}',
    facts: [{ s: 'a', p: 'AWARDED_BY', o: 'by', c: 0.6, when: (_c, _a, by) => isParent(by) }],
  },
  // "⟨A⟩ (năm nay) đã thuộc về ⟨X⟩", "⟨A⟩ được trao cho ⟨X⟩"
  {
    id: 'award-goes-to',
    pattern: '{A:a} ~ (?:thuộc về|được trao cho|được trao tặng cho|đã trao cho|trao cho|về tay) {OPJ+:w}',
    facts: [
      { s: 'w', p: 'WON', o: 'a', c: 0.8, sTypes: 'OP' },
      { s: 'a', p: 'AWARDED_FOR', o: 'w', c: 0.75, oTypes: 'J' },
    ],
  },
  // "⟨X⟩ tổ chức lễ trao giải ⟨A⟩", "⟨A⟩ do ⟨X⟩ tổ chức"
  {
    id: 'award-organized',
    pattern: '{O+:o} ~ @organize ~ @event_noun ~ {A:a}',
    facts: [{ s: 'a', p: 'ORGANIZED_BY', o: 'o', c: 0.8 }],
  },
  // "⟨Sở Y tế⟩ vừa tổ chức lễ đón nhận ⟨A⟩": the host receives the award
  {
    id: 'receive-ceremony',
    pattern: '{O+:o} (?:đã |sẽ |vừa |long trọng )*@organize @receive_ceremony ~ {A:a}',
    facts: [{ s: 'o', p: 'WON', o: 'a', c: 0.6 }],
  },
  // "⟨P⟩ được đề cử ⟨A⟩", "⟨P⟩ lọt vào vòng chung kết ⟨A⟩"
  { id: 'nominated', pattern: '{OJP+:s} ~ @nominate ~ {A:a}', facts: [{ s: 's', p: 'NOMINATED_FOR', o: 'a', c: 0.8 }] },
  {
    id: 'finalist',
    pattern: '{OJP+:s} ~ @finalist ~ {A:a}',
    facts: [{ s: 's', p: 'NOMINATED_FOR', o: 'a', c: 0.8, q: { finalist: true } }],
  },
];
