// FUNDED_BY: "được tài trợ bởi", "do … tài trợ", "vốn vay của", "X tài trợ … cho Y",
// "với sự hỗ trợ của X", "nhà tài trợ X". Amount, currency and `via` are added by the engine.
import { hasQuantity, isDonor, isLender, isSubProject, lastKindOfList, opensSentence } from '../heads.ts';
import type { RuleDef } from '../rule-types.ts';

// "cấp" funds ("cấp 5 triệu USD cho …") but also licenses: "cấp giấy phép", "cấp văn bằng bảo hộ",
// "cấp phép niêm yết", "cấp giấy xác nhận" are no funding.
const NOT_LICENCE = '(?! (?:giấy|phép|văn bằng|chứng nhận|chứng chỉ|visa|thị thực|thẻ|mã số|sổ|đất|quyết định|biển số|bằng|quyền))';

export const FUNDING_RULES: RuleDef[] = [
  // "Dự án trên được tài trợ bởi ⟨WB⟩ thông qua ⟨tiểu dự án …⟩"
  {
    id: 'funded-by-passive',
    pattern: '{JOE+:t} ~ @fund_passive {O+:f}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.9 }],
  },
  // "… thông qua tiểu dự án ⟨S⟩": the sub-project is part of the project and shares its funder
  {
    id: 'funded-via-subproject',
    pattern: '{J:t} ~ @fund_passive {O+:f} ~ thông qua {J:via}',
    facts: [
      { s: 'via', p: 'PART_OF', o: 't', c: 0.6, when: (_c, sub) => isSubProject(sub) },
      { s: 'via', p: 'FUNDED_BY', o: 'f', c: 0.6, when: (_c, sub) => isSubProject(sub) },
    ],
  },
  // "⟨Sở Y tế⟩ được ⟨WB⟩ tài trợ 2 triệu USD"
  {
    id: 'funded-agent-before-verb',
    pattern: `{JOE+:t} ~ được {O+:f} (?:đồng )?@fund_verb${NOT_LICENCE}`,
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.85 }],
  },
  // "⟨Bệnh viện X⟩ nhận khoản viện trợ 1 triệu USD từ ⟨KOICA⟩"
  {
    id: 'receives-funding-from',
    pattern: '{JOE+:t} (?:đã |vừa |sẽ )?(?:nhận|nhận được|tiếp nhận) ~ @funding_noun ~ (?:từ|của) {O+:f}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.8 }],
  },
  // "⟨Samsung⟩ là nhà tài trợ chính của ⟨Giải chạy X⟩"
  {
    id: 'is-funder-of',
    pattern: '{O+:f} (?:là|làm|trở thành) @funder_noun (?:của|cho) {JEOA+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.8 }],
  },
  // "Dự án ⟨P⟩ do ⟨ADB⟩ tài trợ", "… bằng vốn vay của ⟨JICA⟩"
  {
    id: 'funded-do',
    pattern: `{JOE+:t} ~ (?:do|bởi) {O+:f} (?:đồng )?@fund_verb${NOT_LICENCE}`,
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.85, when: lastKindOfList }],
  },
  {
    id: 'funded-of',
    pattern: '{JOE+:t} ~~ @fund_of {O+:f}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.75 }],
  },
  // "⟨WB⟩ sẽ tài trợ 50 triệu USD cho dự án ⟨P⟩", "⟨KOICA⟩ viện trợ không hoàn lại cho ⟨Bộ Y tế⟩"
  {
    id: 'funds-active',
    pattern: `{O+:f} (?:đã |sẽ |vừa |cam kết |quyết định |đồng ý )?@fund_verb${NOT_LICENCE} ~ (?:cho|để) (?:@project_noun )?{JOE+:t}`,
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.8 }],
  },
  // "⟨WB⟩ tài trợ dự án ⟨P⟩"
  {
    id: 'funds-project',
    pattern: '{O+:f} (?:đã |sẽ |vừa )?(?:tài trợ|viện trợ|cấp vốn cho|đầu tư vào|rót vốn vào) (?:@project_noun )?{J+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.8 }],
  },
  // "⟨Bộ KH&ĐT⟩ và ⟨WB⟩ ký Hiệp định tài trợ cho dự án ⟨P⟩": the donor of the signing parties funds
  {
    id: 'funding-deal-for',
    pattern: '@funding_deal ~ (?:cho|để) (?:@project_noun )?{J+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'all:O', c: 0.7, when: isDonor }],
  },
  // "⟨Quỹ X⟩ rót 10 triệu USD vào ⟨Công ty Y⟩": money put into a company or project
  {
    id: 'invests-in',
    pattern: '{O+:f} (?:đã |vừa |sẽ |quyết định |cam kết )*@invest_verb ~ vào {OJ+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.7 }],
    when: hasQuantity,
  },
  // "⟨Intel⟩ sẽ chi 1 tỷ USD cho chương trình ⟨World Ahead⟩"
  {
    id: 'spends-on',
    pattern: '{O+:f} (?:đã |vừa |sẽ |dự kiến |cam kết )*@spend_verb ~ (?:cho|để|vào) (?:@project_noun )?{JE+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.7 }],
    when: hasQuantity,
  },
  // "⟨WB⟩ vừa phê duyệt khoản tín dụng 200 triệu USD cho dự án ⟨P⟩"
  {
    id: 'lender-grants-for',
    // "… để hỗ trợ nhân rộng ⟨Chương trình X⟩": a few syllables may say what the money does
    pattern: '{O+:f} ~ @funding_noun ~~ (?:cho|để) (?:[^\uE000\\s,;.]+\\s){0,5}?(?:@project_noun )?{JOE+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.7, when: isLender }],
  },
  // "⟨Dự án X⟩ có tổng mức đầu tư …, trong đó vốn vay ⟨WB⟩ (IBRD) là 5.354 tỷ đồng"
  {
    id: 'loan-share-of',
    pattern: '{J:t} ~~ (?:vốn vay|vốn ODA|vốn tài trợ|vốn viện trợ) (?:ưu đãi )?{O:f}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.7, when: isLender }],
  },
  // "⟨Dự án⟩ có tổng kinh phí 1,82 triệu USD, trong đó vốn ODA là 1,68 triệu USD từ ⟨Chính phủ X⟩,
  // vốn đối ứng là 138.800 USD từ ⟨Bộ Y⟩": each share of the project's money names who pays it
  {
    id: 'share-from',
    pattern: '@funding_share [^\uE000;]{0,60}?[0-9][^\uE000;]{0,24}? từ (?:@parent_head )?{O:f}',
    facts: [{ s: 'first:J', p: 'FUNDED_BY', o: 'f', c: 0.65, when: opensSentence }],
  },
  // "⟨UBND tỉnh⟩ bố trí 12 tỷ đồng vốn đối ứng cho ⟨dự án⟩"
  {
    id: 'provides-funds-for',
    pattern: '{O+:f} ~a (?:cung cấp|bố trí|cấp|dành) ~ (?:vốn|kinh phí|ngân sách) ~ cho (?:@project_noun )?{J+:t}',
    facts: [{ s: 't', p: 'FUNDED_BY', o: 'f', c: 0.65 }],
    when: hasQuantity,
  },
  // "⟨Quỹ Toàn cầu⟩ viện trợ 50 triệu USD cho ⟨Việt Nam⟩": a grant to a country or province
  {
    id: 'aid-to-place',
    pattern: '{O+:f} (?:đã |vừa |sẽ |cam kết )*@aid_verb ~ (?:cho) {L+:t}',
    facts: [{ s: 'f', p: 'DONATED_TO', o: 't', c: 0.7 }],
    when: hasQuantity,
  },
  // "… và nhà tài trợ ⟨LG⟩ khởi động chương trình ⟨Olympia⟩"
  {
    id: 'funder-noun',
    pattern: '(?<!là |làm )@funder_noun (?:là )?{O+:f}',
    facts: [{ s: 'first:JE', p: 'FUNDED_BY', o: 'f', c: 0.6 }],
  },
];
